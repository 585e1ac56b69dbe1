import Foundation
import IOCConsole
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// Operating scenarios from the keyboard (issue 18), as (state, keys) → effects: `p` from an alarm to its run or its
/// procedure, the step keys asking for the evidence a step needs, figures typed the Vietnamese way, and the run's
/// screen as text.
final class RunKeysTests: XCTestCase {
    typealias F = ConsoleFixture
    let actor = Actor(name: "Trần Thị Bình", role: .operator)

    private func send(_ m: inout ConsoleModel, _ keys: KeyEvent...) -> [ConsoleEffect] {
        keys.flatMap { ConsoleUpdate.update(&m, .key($0)) }
    }

    private func type(_ m: inout ConsoleModel, _ text: String) -> [ConsoleEffect] {
        text.flatMap { ConsoleUpdate.update(&m, .key(.character($0))) }
    }

    static let template = ScenarioTemplate(
        id: "air-quality", version: 1, approval: ScenarioApproval(by: "IOC", on: "2026-12-07"),
        title: BilingualText(vi: "Không khí rất xấu", en: "Very unhealthy air"), hazard: "air", triggers: [.alarmRule("aqi-high")],
        start: .automatic,
        procedure: AlarmResponseProcedure(causes: BilingualText(vi: "Nghịch nhiệt, đốt rơm rạ", en: "Inversion, straw burning"),
                                          consequence: BilingualText(vi: "Hại sức khỏe", en: "Harm to health"),
                                          action: BilingualText(vi: "Báo Sở Y tế", en: "Tell the health department"), responseTime: 1800),
        stages: [
            ScenarioStage(id: "respond", title: BilingualText(vi: "Ứng phó"), steps: [
                ScenarioStep(id: "schools", title: BilingualText(vi: "Báo các trường", en: "Tell the schools"), owner: "SGDDT",
                             due: .after(3600), evidence: .number(label: BilingualText(vi: "số trường", en: "schools"), unit: "trường"),
                             reportBack: BilingualText(vi: "Số trường đã nhận tin", en: "Schools told")),
                ScenarioStep(id: "advise", title: BilingualText(vi: "Khuyến cáo người dân", en: "Advise the public"), owner: "SYT",
                             required: false, due: .after(600), evidence: .note),
                ScenarioStep(id: "escalate", title: BilingualText(vi: "Nâng mức ứng phó?", en: "Escalate?"), owner: "trưởng ca",
                             decision: ScenarioDecision(question: BilingualText(vi: "Nâng mức?"), branches: [
                                ScenarioBranch(id: "hold", label: BilingualText(vi: "Giữ mức", en: "Hold")),
                                ScenarioBranch(id: "raise", label: BilingualText(vi: "Nâng mức", en: "Raise"), goTo: "more"),
                             ])),
            ]),
            ScenarioStage(id: "more", title: BilingualText(vi: "Tăng cường"), steps: [
                ScenarioStep(id: "stop-burning", title: BilingualText(vi: "Xử lý đốt rơm rạ"), owner: "SXD", due: .at(hour: 22, minute: 0)),
            ]),
        ])

    /// The alarm-list model with the template in force, and (`withRun`) its run open for the first alarm.
    func model(withRun: Bool, role: OperatorRole = .operator, language: Language = .vi, width: Int = 160,
               height: Int = 48) -> ConsoleModel {
        var m = F.modelWithAlarms(width: width, height: height, role: role)
        m.language = language
        m.scenarios = [Self.template]
        if withRun, var d = m.dashboard {
            d.runs = [ScenarioRunMachine.start(Self.template, id: "KB1", at: F.now.addingTimeInterval(-900), by: .system,
                                               alarmID: "aqi-high|s", exercise: false, byHand: false).0]
            _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        }
        return m
    }

    func testPFromAnAlarmOpensItsProcedureAndEnterStartsARun() {
        var m = model(withRun: false)
        XCTAssertEqual(send(&m, .character("p")), [])
        guard case .procedure(let s)? = m.screens.last else { return XCTFail("\(m.screens)") }
        XCTAssertEqual(s.template.id, "air-quality")
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("Nếu không xử lý: Hại sức khỏe"), text)
        XCTAssertTrue(text.contains("Hành động: Báo Sở Y tế (trong 30 phút)"), text)
        XCTAssertTrue(text.contains("• Báo các trường — SGDDT · hạn 1h"), text)
        XCTAssertEqual(send(&m, .enter), [.startRun(templateID: "air-quality", alarmID: "aqi-high|s", exercise: false, by: actor, at: F.now)])
        _ = send(&m, .escape, .escape)
        _ = send(&m, .down)   // the second alarm (flood): no scenario names it
        XCTAssertEqual(send(&m, .character("p")), [])
        XCTAssertEqual(m.flash, "Cảnh báo này chưa có kịch bản điều hành")
        XCTAssertTrue(m.flashIsError)
    }

    func testPFromAnAlarmWithARunOpensTheRun() {
        var m = model(withRun: true)
        XCTAssertEqual(send(&m, .character("p")), [.loadRunTimeline("KB1")])
        guard case .runDetail(let s)? = m.screens.last else { return XCTFail("\(m.screens)") }
        XCTAssertEqual(s.runID, "KB1")
        XCTAssertEqual(m.keyContext, .runs)
    }

    func testDoneAsksForTheFigureAndReadsItTheVietnameseWay() {
        var m = model(withRun: true)
        _ = send(&m, .character("p"))
        XCTAssertEqual(send(&m, .character("d")), [])
        XCTAssertEqual(m.prompt?.purpose, .runEvidence(runID: "KB1", stepID: "schools",
                                                      evidence: .number(label: BilingualText(vi: "số trường", en: "schools"), unit: "trường")))
        _ = type(&m, "nhiều")
        XCTAssertEqual(send(&m, .enter), [], "no figure: the question stays open")
        XCTAssertTrue(m.flashIsError)
        XCTAssertEqual(m.flash, "Bước này cần báo cáo số liệu: số trường")
        _ = send(&m, .control("u"))
        _ = type(&m, "1.250 trường nội thành")
        XCTAssertEqual(send(&m, .enter), [.applyRunInput(runID: "KB1", input: .completeStep(
            "schools", by: actor, at: F.now, evidence: RunEvidence(note: "trường nội thành", number: 1250)))])
        // The readings of typed figures, both languages.
        let cases: [(String, Language, Double?)] = [("10,6", .vi, 10.6), ("10.6", .vi, 10.6), ("1.250", .vi, 1250),
                                                    ("1,250", .en, 1250), ("10.6", .en, 10.6), ("abc", .en, nil), ("-3", .vi, -3),
                                                    ("1,250.5", .en, 1250.5), ("1,0001", .en, nil), ("1,234.5,678", .en, nil)]
        for (typed, language, expected) in cases {
            m.language = language
            _ = send(&m, .character("d"))
            _ = type(&m, typed)
            let effects = send(&m, .enter)
            if let expected {
                guard case .applyRunInput(_, .completeStep(_, _, _, let evidence))? = effects.first else {
                    XCTFail("\(typed) (\(language)): \(effects)"); continue
                }
                XCTAssertEqual(evidence.number, expected, "\(typed) (\(language))")
            } else {
                XCTAssertEqual(effects, [], typed)
                _ = send(&m, .escape)
            }
        }
    }

    func testTheStepKeysActOnTheSelectedStep() {
        var m = model(withRun: true)
        _ = send(&m, .character("p"))
        XCTAssertEqual(send(&m, .character("b")), [.applyRunInput(runID: "KB1", input: .startStep("schools", by: actor, at: F.now))])
        _ = send(&m, .down)
        XCTAssertEqual(send(&m, .character("d")), [])
        XCTAssertEqual(send(&m, .enter), [], "a step that asks for a note refuses an empty one")
        XCTAssertEqual(m.flash, "Bước advise cần ghi chú kết quả")
        _ = send(&m, .escape)
        XCTAssertEqual(send(&m, .character("c")), [])
        XCTAssertEqual(m.flash, "Bước advise không phải bước quyết định")
        _ = send(&m, .character("x"))
        _ = type(&m, "Đã có thông cáo")
        XCTAssertEqual(send(&m, .enter), [.applyRunInput(runID: "KB1", input: .skipStep("advise", by: actor, at: F.now, reason: "Đã có thông cáo"))])
        _ = send(&m, .down)
        _ = send(&m, .character("d"))
        guard case .runBranch(_, "escalate", let branches)? = m.prompt?.purpose else { return XCTFail("\(String(describing: m.prompt))") }
        XCTAssertEqual(branches.map(\.id), ["hold", "raise"])
        XCTAssertTrue(SnapshotText.render(ConsoleView.render(m)).contains("escalate — chọn: 1 Giữ mức, 2 Nâng mức:"))
        _ = type(&m, "3")
        XCTAssertEqual(send(&m, .enter), [])
        XCTAssertEqual(m.flash, "Chọn số 1–2")
        _ = send(&m, .control("u"))
        _ = type(&m, "2 VN_AQI 312 ở Lê Chân")
        XCTAssertEqual(send(&m, .enter), [.applyRunInput(runID: "KB1", input: .decide("escalate", branch: "raise", by: actor, at: F.now,
                                                                                         note: "VN_AQI 312 ở Lê Chân"))])
        _ = send(&m, .character("C"))
        XCTAssertEqual(send(&m, .enter), [.applyRunInput(runID: "KB1", input: .close(by: actor, at: F.now, note: nil))])
    }

    func testAViewerIsRefusedAndTheRefusalAudited() {
        var m = model(withRun: true, role: .viewer)
        _ = send(&m, .character("p"))
        let effects = send(&m, .character("d"))
        XCTAssertEqual(effects, [.recordRefusal(action: .run("runDone"), by: Actor(name: "Trần Thị Bình", role: .viewer), target: "KB1",
                                                reason: "A viewer may not act on scenario runs", at: F.now)])
        XCTAssertNil(m.prompt)
    }

    func testTheRunScreenAsText() {
        var m = model(withRun: true, width: 120, height: 40)
        _ = send(&m, .character("p"))
        let (run, _) = (m.dashboard!.runs[0], 0)
        let entries = [RunTimelineEntry(runID: "KB1", at: run.startedAt, actor: "system", role: nil, action: "started",
                                        stageID: "respond", note: "aqi-high|s", exercise: false)]
        _ = ConsoleUpdate.update(&m, .runTimelineLoaded(id: "KB1", run: run, timeline: entries))
        assertSnapshot(ConsoleView.render(m))
        let text = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(text.contains("SGDDT: 0/1 việc xong · báo cáo: Số trường đã nhận tin · đang chờ báo cáo"), text)
        XCTAssertTrue(text.contains("còn 45 ph"), "the schools' countdown: due 60 min after a start 15 min ago")
        XCTAssertTrue(text.contains("trễ 5 ph"), "advise was due 10 min after the start")
        m.language = .en
        let english = SnapshotText.render(ConsoleView.render(m))
        XCTAssertTrue(english.contains("SGDDT: 0/1 tasks done · reports: Schools told · awaiting report"), english)
        XCTAssertTrue(english.contains("5 min late"), english)
        // An answer from the store: said, and the timeline read again.
        let decision = ScenarioRunMachine.apply(.startStep("schools", by: actor, at: F.now), to: run)
        XCTAssertEqual(ConsoleUpdate.update(&m, .runApplied(decision)), [.loadRunTimeline("KB1")])
        XCTAssertEqual(m.flash, "KB1: began schools")
    }

    func testADrillIsMarkedOnTheRunsScreen() {
        var m = model(withRun: false, width: 120, height: 30)
        var d = m.dashboard!
        d.runs = [ScenarioRunMachine.start(Self.template, id: "DT2", at: F.now, by: actor, alarmID: nil, exercise: true, byHand: true).0]
        _ = ConsoleUpdate.update(&m, .dashboardLoaded(d))
        _ = send(&m, .function(7))
        let rows = SnapshotText.render(ConsoleView.render(m)).split(separator: "\n").map(String.init)
        let row = rows.first { $0.contains("DT2") } ?? ""
        for part in ["đang chạy", "0/3", "còn 10 ph", "[DIỄN TẬP] Không khí rất xấu"] {
            XCTAssertTrue(row.contains(part), "the drill's row has \(part): \(row)")
        }
        XCTAssertEqual(send(&m, .enter), [.loadRunTimeline("DT2")])
        XCTAssertTrue(SnapshotText.render(ConsoleView.render(m)).contains("[DIỄN TẬP] DT2 · đang chạy"))
    }
}
