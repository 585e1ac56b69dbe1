import Foundation
import IOCDomain
import Yams

/// Reads and validates an operating scenario file (`Scenarios/<id>.yaml`, one scenario per file; issue 18). Every
/// problem is reported as `file:line: key: message`; unknown keys are errors.
///
/// ```yaml
/// scenario:
///   id: flood-red-river                    # letters, digits, - and _; the file's name
///   version: 2
///   approved: { by: "Ban Chỉ huy PTDS thành phố", on: 2025-06-15, document: "QĐ 1869/QĐ-UBND" }
///   title: "Lũ sông Hồng"                  # title_en: the English UI's text (optional, as every *_en)
///   hazard: flood                          # storm, flood, waterlogging, air, traffic, feedback, dossier, directive, …
///   city: ha-noi                           # hai-phong or ha-noi; absent: both
///   start: proposed                        # automatic, or proposed (an operator accepts or declines)
///   triggers:                              # any of them starts the run
///     - water_level: { gauge: "water.level.long_bien", level: 2 }   # báo động I, II or III
///     - alarm_rule: "water-*"              # rule-id pattern
///     - alarm_kind: threshold
///     - cap_event: "Lũ*"
///     - risk_level: { hazard: flood, at_least: 3 }                  # QĐ 18/2021: 1…5
///     - manual
///   procedure: { causes: …, consequence: …, action: …, response_time: 15m }   # ISA-18.2's response procedure
///   stages:
///     - id: watch
///       title: "Theo dõi"
///       steps:
///         - id: report-level
///           title: "Báo cáo mực nước"
///           owner: KTTV                    # an agency's code, or a role in words (then owner_en: its English)
///           required: true                 # the default
///           due: 30m                       # after the start, or a clock time "18:00" (Vietnam)
///           evidence: note                 # or { number: "số tàu thuyền", unit: "chiếc" }
///           report_back: "Mực nước mỗi giờ"
///         - id: decide
///           title: "Quyết định sơ tán"
///           owner: trưởng ca
///           decision:
///             question: "Sơ tán khu bãi sông?"
///             branches:
///               - { id: evacuate, label: "Sơ tán", when: { series: water.level.long_bien, at_or_above: level_2 }, go_to: evacuate }
///               - { id: stand-down, label: "Chưa sơ tán" }
/// ```
public enum ScenariosFile {
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> ScenarioTemplate {
        let reader = ConfigReader(file: file)
        let scenario = read(text, reader: reader)
        try reader.throwIfFailed()
        guard let scenario else { throw ConfigErrors([ConfigError(file: file, line: 0, key: "scenario", message: "not read")]) }
        return scenario
    }

    public static func load(path: String) throws(ConfigErrors) -> ScenarioTemplate {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    /// Every file's scenario, and every file's errors: a scenario's id is its file's name (as a layout's), and an id used
    /// by two files (in two configuration folders) is an error of the second.
    public static func loadAll(paths: [String]) -> (scenarios: [ScenarioTemplate], errors: [ConfigError]) {
        var scenarios: [ScenarioTemplate] = [], errors: [ConfigError] = []
        var seen: [String: String] = [:]
        for path in paths {
            do {
                let scenario = try load(path: path)
                let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                if scenario.id != stem {
                    errors.append(ConfigError(file: path, line: line(of: "id:", in: path), key: "scenario.id",
                                              message: "id '\(scenario.id)' differs from the file name '\(stem)'; rename one of them"))
                    continue
                }
                if let first = seen[scenario.id] {
                    errors.append(ConfigError(file: path, line: line(of: "id:", in: path), key: "scenario.id",
                                              message: "'\(scenario.id)' is already the id of \(first)"))
                    continue
                }
                seen[scenario.id] = path
                scenarios.append(scenario)
            } catch {
                errors += error.errors
            }
        }
        return (scenarios, errors)
    }

    /// Alarm rules of priority 1 or 2 that no scenario's trigger names (by rule id or kind): an urgent alarm with no
    /// procedure behind it, which `ioc check` warns about.
    public static func rulesWithoutScenario(_ rules: [AlarmRule], scenarios: [ScenarioTemplate]) -> [AlarmRule] {
        rules.filter { rule in
            rule.priority <= 2 && !scenarios.contains { $0.isTriggered(ruleID: rule.id, kind: rule.kind.rawValue) }
        }
    }

    static let hazards = ["storm", "flood", "waterlogging", "air", "traffic", "feedback", "dossier", "directive", "fire",
                          "public-order", "health", "other"]
    static let cities = ["hai-phong", "ha-noi"]
    /// The longest due time or response time a scenario may give (longer ones are a typo, and would not fit a clock).
    static let maxDuration: Double = 30 * 86_400

    private static func read(_ source: String, reader: ConfigReader) -> ScenarioTemplate? {
        guard let root = reader.root(source),
              let top = reader.fields(root, key: "", allowed: ["scenario"], required: ["scenario"]),
              let node = top["scenario"],
              let f = reader.fields(node, key: "scenario", allowed: [
                "id", "version", "approved", "title", "title_en", "hazard", "city", "start", "triggers", "procedure", "stages",
              ], required: ["id", "version", "approved", "title", "hazard", "start", "triggers", "stages"])
        else { return nil }
        let before = reader.errors.count
        let id = f["id"].flatMap { identifier($0, key: "scenario.id", reader: reader) }
        let version = f["version"].flatMap { reader.int($0, key: "scenario.version", range: 1...100_000) }
        let approval = f["approved"].flatMap { self.approval($0, reader: reader) }
        let title = text(f, "title", key: "scenario", reader: reader)
        let hazard = f["hazard"].flatMap { reader.choice($0, key: "scenario.hazard", among: hazards.map { ($0, $0) }) }
        let city = f["city"].flatMap { reader.choice($0, key: "scenario.city", among: cities.map { ($0, $0) }) }
        let start = f["start"].flatMap { reader.choice($0, key: "scenario.start", as: ScenarioStart.self) }
        let triggers = f["triggers"].flatMap { self.triggers($0, reader: reader) }
        let procedure = f["procedure"].flatMap { self.procedure($0, reader: reader) }
        let stages = f["stages"].flatMap { self.stages($0, reader: reader) }
        guard reader.errors.count == before, let id, let version, let approval, let title, let hazard, let start,
              let triggers, let stages
        else { return nil }
        return ScenarioTemplate(id: id, version: version, approval: approval, title: title, hazard: hazard, city: city,
                                triggers: triggers, start: start, procedure: procedure, stages: stages)
    }

    private static func identifier(_ node: Node, key: String, reader: ConfigReader) -> String? {
        guard let name = reader.string(node, key: key) else { return nil }
        if case .failure(let error) = ConfigNames.identifier(name) {
            reader.fail(node, key, error.message)
            return nil
        }
        return name
    }

    /// `name` (Vietnamese) and `name_en` of a mapping's fields; nil when `name` is absent.
    private static func text(_ f: [String: Node], _ name: String, key: String, reader: ConfigReader) -> BilingualText? {
        guard let node = f[name] else { return nil }  // a required one missing was reported by `fields`
        guard let vi = reader.string(node, key: reader.join(key, name)) else { return nil }
        let en = f[name + "_en"].flatMap { reader.string($0, key: reader.join(key, name + "_en")) }
        return BilingualText(vi: vi, en: en)
    }

    private static func approval(_ node: Node, reader: ConfigReader) -> ScenarioApproval? {
        let key = "scenario.approved"
        guard let f = reader.fields(node, key: key, allowed: ["by", "on", "document"], required: ["by", "on"]) else { return nil }
        let by = f["by"].flatMap { reader.string($0, key: "\(key).by") }
        let on = f["on"].flatMap { n -> String? in
            guard let day = reader.string(n, key: "\(key).on") else { return nil }
            let parts = day.split(separator: "-").map { Int($0) }
            guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], (2000...2100).contains(y),
                  (1...12).contains(m), (1...31).contains(d), day.count == 10 else {
                reader.fail(n, "\(key).on", "expected a day like 2025-06-15, found '\(day)'")
                return nil
            }
            return day
        }
        let document = f["document"].flatMap { reader.string($0, key: "\(key).document") }
        guard let by, let on else { return nil }
        return ScenarioApproval(by: by, on: on, document: document)
    }

    private static func triggers(_ node: Node, reader: ConfigReader) -> [ScenarioTrigger]? {
        guard let items = reader.sequence(node, key: "scenario.triggers") else { return nil }
        var result: [ScenarioTrigger] = []
        for (i, item) in items.enumerated() {
            let key = "scenario.triggers[\(i)]"
            if case .scalar(let s) = item, s.string == "manual" { result.append(.manual); continue }
            guard let entries = reader.mapping(item, key: key, allowed: ["alarm_rule", "alarm_kind", "cap_event", "water_level", "risk_level"])
            else { continue }
            guard entries.count == 1, let entry = entries.first else {
                reader.fail(item, key, "one trigger per list item: alarm_rule, alarm_kind, cap_event, water_level, risk_level or manual")
                continue
            }
            let k = "\(key).\(entry.name)"
            switch entry.name {
            case "alarm_rule":
                if let p = pattern(entry.value, key: k, reader: reader) { result.append(.alarmRule(p)) }
            case "alarm_kind":
                let kinds = AlarmRule.Kind.allCases.map { ($0.rawValue, $0.rawValue) }
                if let kind = reader.choice(entry.value, key: k, among: kinds) { result.append(.alarmKind(kind)) }
            case "cap_event":
                if let p = reader.string(entry.value, key: k) { result.append(.capEvent(p)) }
            case "water_level":
                guard let f = reader.fields(entry.value, key: k, allowed: ["gauge", "level"], required: ["gauge", "level"]) else { continue }
                let gauge = f["gauge"].flatMap { pattern($0, key: "\(k).gauge", reader: reader) }
                let level = f["level"].flatMap { reader.int($0, key: "\(k).level", range: 1...3) }
                if let gauge, let level { result.append(.waterLevel(gauge: gauge, level: level)) }
            default:  // risk_level
                guard let f = reader.fields(entry.value, key: k, allowed: ["hazard", "at_least"], required: ["hazard", "at_least"]) else { continue }
                let hazard = f["hazard"].flatMap { reader.choice($0, key: "\(k).hazard", among: hazards.map { ($0, $0) }) }
                let level = f["at_least"].flatMap { reader.int($0, key: "\(k).at_least", range: 1...5) }
                if let hazard, let level { result.append(.riskLevel(hazard: hazard, atLeast: level)) }
            }
        }
        return result
    }

    private static func pattern(_ node: Node, key: String, reader: ConfigReader) -> String? {
        guard let text = reader.string(node, key: key) else { return nil }
        if let problem = RuleGlob.problem(text) {
            reader.fail(node, key, problem)
            return nil
        }
        return text
    }

    private static func procedure(_ node: Node, reader: ConfigReader) -> AlarmResponseProcedure? {
        let key = "scenario.procedure"
        guard let f = reader.fields(node, key: key, allowed: [
            "causes", "causes_en", "consequence", "consequence_en", "action", "action_en", "response_time",
        ], required: ["causes", "consequence", "action", "response_time"]) else { return nil }
        let causes = text(f, "causes", key: key, reader: reader)
        let consequence = text(f, "consequence", key: key, reader: reader)
        let action = text(f, "action", key: key, reader: reader)
        var time = f["response_time"].flatMap { reader.value($0, key: "\(key).response_time", ValueSyntax.duration) }
        if let t = time, t > maxDuration {
            reader.fail(f["response_time"], "\(key).response_time", "longer than 30 days; an alarm's response time is minutes or hours")
            time = nil
        }
        guard let causes, let consequence, let action, let time else { return nil }
        return AlarmResponseProcedure(causes: causes, consequence: consequence, action: action, responseTime: time)
    }

    private static func stages(_ node: Node, reader: ConfigReader) -> [ScenarioStage]? {
        guard let items = reader.sequence(node, key: "scenario.stages") else { return nil }
        var stages: [ScenarioStage] = []
        var stageIDs: Set<String> = [], stepIDs: Set<String> = []
        var goTos: [(stage: String, node: Node, key: String)] = []
        for (i, item) in items.enumerated() {
            let key = "scenario.stages[\(i)]"
            guard let f = reader.fields(item, key: key, allowed: ["id", "title", "title_en", "steps"],
                                        required: ["id", "title", "steps"]) else { continue }
            let id = f["id"].flatMap { identifier($0, key: "\(key).id", reader: reader) }
            if let id, !stageIDs.insert(id).inserted { reader.fail(f["id"], "\(key).id", "stage '\(id)' is defined twice") }
            let title = text(f, "title", key: key, reader: reader)
            var steps: [ScenarioStep] = []
            if let list = f["steps"].flatMap({ reader.sequence($0, key: "\(key).steps") }) {
                for (j, stepNode) in list.enumerated() {
                    let stepKey = "\(key).steps[\(j)]"
                    guard let step = self.step(stepNode, key: stepKey, reader: reader, goTos: &goTos) else { continue }
                    if !stepIDs.insert(step.id).inserted {
                        reader.fail(stepNode, "\(stepKey).id", "step '\(step.id)' is defined twice (step ids are unique in a scenario)")
                    }
                    steps.append(step)
                }
            }
            if let id, let title { stages.append(ScenarioStage(id: id, title: title, steps: steps)) }
        }
        for target in goTos where !stageIDs.contains(target.stage) {
            reader.fail(target.node, target.key, "no stage '\(target.stage)'; stages: \(stages.map(\.id).joined(separator: ", "))")
        }
        return stages
    }

    private static func step(_ node: Node, key: String, reader: ConfigReader,
                             goTos: inout [(stage: String, node: Node, key: String)]) -> ScenarioStep? {
        guard let f = reader.fields(node, key: key, allowed: [
            "id", "title", "title_en", "owner", "owner_en", "required", "due", "evidence", "report_back", "report_back_en", "decision",
        ], required: ["id", "title", "owner"]) else { return nil }
        let before = reader.errors.count
        let id = f["id"].flatMap { identifier($0, key: "\(key).id", reader: reader) }
        let title = text(f, "title", key: key, reader: reader)
        let owner = f["owner"].flatMap { reader.string($0, key: "\(key).owner") }
        let ownerEN = f["owner_en"].flatMap { reader.string($0, key: "\(key).owner_en") }
        let required = f["required"].flatMap { reader.choice($0, key: "\(key).required", among: [("true", true), ("false", false)]) } ?? true
        let due = f["due"].flatMap { self.due($0, key: "\(key).due", reader: reader) }
        let evidence = f["evidence"].flatMap { self.evidence($0, key: "\(key).evidence", reader: reader) }
        let reportBack = text(f, "report_back", key: key, reader: reader)
        let decision = f["decision"].flatMap { self.decision($0, key: "\(key).decision", reader: reader, goTos: &goTos) }
        if f["decision"] != nil, f["evidence"] != nil {
            reader.fail(f["evidence"], "\(key).evidence", "a decision step is answered with a branch; it takes no evidence")
        }
        guard reader.errors.count == before, let id, let title, let owner else { return nil }
        return ScenarioStep(id: id, title: title, owner: owner, required: required, due: due, evidence: evidence,
                            reportBack: reportBack, decision: decision, ownerEN: ownerEN)
    }

    /// "30m", "2h" after the start, or "18:00" (Vietnam).
    private static func due(_ node: Node, key: String, reader: ConfigReader) -> ScenarioDue? {
        guard let text = reader.string(node, key: key) else { return nil }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
                  (0...23).contains(h), (0...59).contains(m) else {
                reader.fail(node, key, "expected a clock time like 18:00, found '\(text)'")
                return nil
            }
            return .at(hour: h, minute: m)
        }
        switch ValueSyntax.duration(text) {
        case .success(let seconds) where seconds > maxDuration:
            reader.fail(node, key, "\(text) is longer than 30 days; a scenario's steps are due within a month of their stage")
            return nil
        case .success(let seconds): return .after(seconds)
        case .failure:
            reader.fail(node, key, "expected a time after the start like 30m or 2h, or a clock time like 18:00, found '\(text)'")
            return nil
        }
    }

    private static func evidence(_ node: Node, key: String, reader: ConfigReader) -> ScenarioEvidence? {
        if case .scalar(let s) = node {
            guard s.string == "note" else {
                reader.fail(node, key, "expected note, or a mapping { number: \"what is counted\", unit: … }, found '\(s.string)'")
                return nil
            }
            return .note
        }
        guard let f = reader.fields(node, key: key, allowed: ["number", "number_en", "unit"], required: ["number"]) else { return nil }
        guard let label = text(f, "number", key: key, reader: reader) else { return nil }
        let unit = f["unit"].flatMap { reader.string($0, key: "\(key).unit") }
        return .number(label: label, unit: unit)
    }

    private static func decision(_ node: Node, key: String, reader: ConfigReader,
                                 goTos: inout [(stage: String, node: Node, key: String)]) -> ScenarioDecision? {
        guard let f = reader.fields(node, key: key, allowed: ["question", "question_en", "branches"],
                                    required: ["question", "branches"]) else { return nil }
        let question = text(f, "question", key: key, reader: reader)
        var branches: [ScenarioBranch] = []
        if let items = f["branches"].flatMap({ reader.sequence($0, key: "\(key).branches") }) {
            if items.count < 2 { reader.fail(f["branches"], "\(key).branches", "a decision needs at least two branches") }
            var ids: Set<String> = []
            for (i, item) in items.enumerated() {
                let k = "\(key).branches[\(i)]"
                guard let b = reader.fields(item, key: k, allowed: ["id", "label", "label_en", "when", "go_to"],
                                            required: ["id", "label"]) else { continue }
                let id = b["id"].flatMap { identifier($0, key: "\(k).id", reader: reader) }
                if let id, !ids.insert(id).inserted { reader.fail(b["id"], "\(k).id", "branch '\(id)' is defined twice") }
                let label = text(b, "label", key: k, reader: reader)
                let when = b["when"].flatMap { condition($0, key: "\(k).when", reader: reader) }
                let goTo = b["go_to"].flatMap { identifier($0, key: "\(k).go_to", reader: reader) }
                if let goTo, let node = b["go_to"] { goTos.append((goTo, node, "\(k).go_to")) }
                if let id, let label { branches.append(ScenarioBranch(id: id, label: label, when: when, goTo: goTo)) }
            }
        }
        guard let question else { return nil }
        return ScenarioDecision(question: question, branches: branches)
    }

    /// `{ series: KEY, at_or_above: 10.5 }` or `{ series: KEY, at_or_above: level_2 }`.
    private static func condition(_ node: Node, key: String, reader: ConfigReader) -> ScenarioCondition? {
        let comparisons = ScenarioCondition.Comparison.allCases.map(\.rawValue)
        guard let f = reader.fields(node, key: key, allowed: ["series"] + comparisons, required: ["series"]) else { return nil }
        let series = f["series"].flatMap { reader.string($0, key: "\(key).series") }
        let given = comparisons.filter { f[$0] != nil }
        guard given.count == 1, let name = given.first, let comparison = ScenarioCondition.Comparison(rawValue: name),
              let limitNode = f[name] else {
            reader.fail(node, key, "expected exactly one of \(comparisons.joined(separator: ", "))")
            return nil
        }
        guard let limitText = reader.string(limitNode, key: "\(key).\(name)") else { return nil }
        let limit: ScenarioCondition.Limit
        if limitText.hasPrefix("level_"), let level = Int(limitText.dropFirst(6)), (1...3).contains(level) {
            limit = .alarmLevel(level)
        } else if let number = Double(limitText), number.isFinite {
            limit = .number(number)
        } else {
            reader.fail(limitNode, "\(key).\(name)", "expected a number or level_1, level_2, level_3 (báo động I, II, III), found '\(limitText)'")
            return nil
        }
        guard let series else { return nil }
        return ScenarioCondition(series: series, comparison: comparison, limit: limit)
    }

    private static func line(of prefix: String, in path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) }).map { $0 + 1 } ?? 0
    }
}
