import Foundation
import IOCDomain

/// A small flood scenario for the run machine's tests: a first stage "watch" (a counted report due in 30 minutes, an
/// optional note, a decision leading to "evacuate" or standing down) and a second stage "evacuate" (a counted,
/// required step due at 18:00). Runs start at 2026-01-01 09:00 Vietnam time.
enum ScenarioFixture {
    static let t0 = Date(timeIntervalSince1970: 1_767_232_800)  // 2026-01-01 09:00 +07:00
    static let op = Actor(name: "lan", role: .operator)
    static let supervisor = Actor(name: "hung", role: .supervisor)
    static let viewer = Actor(name: "pct", role: .viewer)

    static let template = ScenarioTemplate(
        id: "flood-test", version: 3, approval: ScenarioApproval(by: "BCH PTDS", on: "2025-07-01", document: "QĐ 1/QĐ-UBND"),
        title: BilingualText(vi: "Lũ sông thử", en: "Test river flood"), hazard: "flood",
        triggers: [.alarmRule("water-*"), .waterLevel(gauge: "water.level.*", level: 2)], start: .proposed,
        stages: [
            ScenarioStage(id: "watch", title: BilingualText(vi: "Theo dõi", en: "Watch"), steps: [
                ScenarioStep(id: "report", title: BilingualText(vi: "Báo cáo mực nước", en: "Report the level"), owner: "KTTV",
                             required: true, due: .after(1800),
                             evidence: .number(label: BilingualText(vi: "mực nước", en: "water level"), unit: "m")),
                ScenarioStep(id: "inform", title: BilingualText(vi: "Thông báo xã", en: "Inform communes"), owner: "UBND",
                             required: false, evidence: .note),
                ScenarioStep(id: "decide", title: BilingualText(vi: "Quyết định sơ tán", en: "Decide on evacuation"),
                             owner: "trưởng ca", required: true,
                             decision: ScenarioDecision(question: BilingualText(vi: "Sơ tán?", en: "Evacuate?"), branches: [
                                ScenarioBranch(id: "evacuate", label: BilingualText(vi: "Sơ tán", en: "Evacuate"),
                                               when: ScenarioCondition(series: "water.level.a", comparison: .atOrAbove,
                                                                       limit: .alarmLevel(2)), goTo: "evacuate"),
                                ScenarioBranch(id: "stand-down", label: BilingualText(vi: "Không sơ tán", en: "Stand down")),
                             ])),
            ]),
            ScenarioStage(id: "evacuate", title: BilingualText(vi: "Sơ tán", en: "Evacuate"), steps: [
                ScenarioStep(id: "move-people", title: BilingualText(vi: "Sơ tán dân", en: "Move people"), owner: "CA",
                             required: true, due: .at(hour: 18, minute: 0),
                             evidence: .number(label: BilingualText(vi: "số người đã sơ tán", en: "people evacuated"), unit: "người")),
            ]),
        ])

    static func minutes(_ m: Double) -> Date { t0 + m * 60 }

    static var proposed: ScenarioRun {
        ScenarioRunMachine.start(template, id: "R1", at: t0, by: .system, alarmID: "water-high|a", exercise: false, byHand: false).0
    }

    static var active: ScenarioRun { after([.accept(by: op, at: minutes(1))], from: proposed) }

    static func after(_ inputs: [RunInput], from run: ScenarioRun) -> ScenarioRun {
        var run = run
        for input in inputs {
            guard let next = ScenarioRunMachine.apply(input, to: run).run else {
                fatalError("fixture input \(input.name) refused: \(ScenarioRunMachine.apply(input, to: run).refusal!)")
            }
            run = next
        }
        return run
    }

    static var closed: ScenarioRun {
        after([.completeStep("report", by: op, at: minutes(5), evidence: RunEvidence(number: 9.8)),
               .decide("decide", branch: "stand-down", by: supervisor, at: minutes(6), note: nil),
               .close(by: supervisor, at: minutes(7), note: "Nước rút")], from: active)
    }

    static var byState: [RunState: ScenarioRun] {
        [.proposed: proposed, .active: active, .closed: closed,
         .declined: after([.decline(by: op, at: minutes(1), reason: "Đã có kịch bản khác")], from: proposed),
         .cancelled: after([.cancel(by: supervisor, at: minutes(2), reason: "Báo động nhầm")], from: active)]
    }

    /// One input of every kind, at 31 minutes (past the report's due time), by an operator (a supervisor cancels).
    static var everyInput: [RunInput] {
        let at = minutes(31)
        return [
            .accept(by: op, at: at),
            .decline(by: op, at: at, reason: "Trùng"),
            .startStep("report", by: op, at: at),
            .completeStep("inform", by: op, at: at, evidence: RunEvidence(note: "Đã gọi 5 xã")),
            .skipStep("inform", by: op, at: at, reason: "Xã đã biết"),
            .decide("decide", branch: "evacuate", by: op, at: at, note: "Mực nước 10,6 m"),
            .enterStage("evacuate", by: op, at: at),
            .note(by: op, at: at, text: "Đã gọi BCH"),
            .tick(at: at),
            .close(by: op, at: at, note: nil),
            .cancel(by: supervisor, at: at, reason: "Diễn tập kết thúc"),
        ]
    }
}
