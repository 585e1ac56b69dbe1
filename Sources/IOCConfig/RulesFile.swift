import Foundation
import IOCDomain
import Yams

/// Reads and validates the alarm rules file (`rules.yaml`, else the shipped `Rules/alarms.yaml`). Every problem is
/// reported as `file:line: key: message`; unknown keys are errors, and which keys are known depends on the kind.
///
/// ```yaml
/// rules:
///   aqi_bad:                               # rule id (letters, digits, - and _)
///     kind: threshold                      # threshold, rate, stale, source_down, deadline, anomaly, alert, water_level, forecast, surge
///     priority: 2                          # 1 Khẩn cấp, 2 Cao, 3 Trung bình, 4 Thấp
///     series: "aqi.station.*"              # series-key pattern (* and ?)
///     above: 150                           # or at_or_above, below, at_or_below; a number, warn_above or warn_below
///     deadband: 10                         # clears only at 140 or below
///     on_delay: 10m                        # raised only after 10 minutes beyond the limit
///     message: "{name} {value} ({aqi}) vượt ngưỡng {limit}"
///     message_en: "{name} {value} ({aqi}) above {limit}"   # optional: the English UI's text, same placeholders
///   speed_drop:   { kind: rate, series: "traffic.speed.*", fall: 20, per: hour, window: 15m, … }
///   aqi_silent:   { kind: stale, series: "aqi.*", stale_after: 20m, … }
///   feed_down:    { kind: source_down, sources: "*", … }
///   dossiers_due: { kind: deadline, events: dossier, when: due_soon, warning_window: 24h, group: agency,
///                   at_least: 10, … }
///   rain_odd:     { kind: anomaly, series: "weather.rainfall", percent: 200, direction: above, … }
///   cap:          { kind: alert, sources: "*", … }   # the alert's own priority (CAP severity × urgency × certainty)
/// projections:                             # optional: series projected ahead on the screens
///   series: "traffic.*|aqi.station.*"
///   ahead: 6h                              # at most 6h
/// ```
public enum RulesFile {
    public static func parse(_ text: String, file: String) throws(ConfigErrors) -> [AlarmRule] {
        try parseContents(text, file: file).rules
    }

    public static func load(path: String) throws(ConfigErrors) -> [AlarmRule] {
        try parse(try ConfigFileText.read(path: path), file: path)
    }

    /// The rules and the `projections:` section.
    public static func parseContents(_ text: String, file: String) throws(ConfigErrors) -> RulesFileContents {
        let reader = ConfigReader(file: file)
        let contents = read(text, reader: reader)
        try reader.throwIfFailed()
        return contents
    }

    public static func loadContents(path: String) throws(ConfigErrors) -> RulesFileContents {
        try parseContents(try ConfigFileText.read(path: path), file: path)
    }

    static let commonKeys = ["kind", "priority", "message", "message_en"]

    /// The keys each kind accepts besides `kind`, `priority`, `message` and `message_en`.
    static func keys(for kind: AlarmRule.Kind) -> [String] {
        switch kind {
        case .threshold: return ["series", "above", "at_or_above", "below", "at_or_below", "deadband", "on_delay"]
        case .rateOfChange: return ["series", "rise", "fall", "per", "window", "deadband", "on_delay"]
        case .stale: return ["series", "stale_after"]
        case .sourceDown, .alert: return ["sources"]
        case .deadline: return ["events", "when", "warning_window", "group", "at_least", "probability"]
        case .surge: return ["events", "within", "group", "at_least"]
        case .anomaly: return ["series", "percent", "sigma", "score", "direction", "deadband", "on_delay"]
        case .waterLevel: return ["series", "deadband", "on_delay"]
        case .forecast: return ["series", "above", "within", "watch", "warning"]
        }
    }

    private static func read(_ text: String, reader: ConfigReader) -> RulesFileContents {
        guard let root = reader.root(text),
              let top = reader.fields(root, key: "", allowed: ["rules", "projections"], required: ["rules"]),
              let rulesNode = top["rules"],
              let entries = reader.mapping(rulesNode, key: "rules", allowed: nil)
        else { return RulesFileContents(rules: []) }
        let projections = top["projections"].flatMap { readProjections($0, reader: reader) }
        if entries.isEmpty { reader.fail(rulesNode, "rules", "no rules are defined") }
        var result: [AlarmRule] = []
        for entry in entries {
            let key = "rules.\(entry.name)"
            if case .failure(let error) = ConfigNames.identifier(entry.name) {
                reader.fail(line: entry.line, key, error.message)
                continue
            }
            if let rule = rule(id: entry.name, node: entry.value, key: key, reader: reader) { result.append(rule) }
        }
        return RulesFileContents(rules: result, projections: projections)
    }

    /// `projections:` — `series` (a pattern, required) and `ahead` (a duration up to 6h, default 6h).
    private static func readProjections(_ node: Node, reader: ConfigReader) -> ProjectionSettings? {
        guard let f = reader.fields(node, key: "projections", allowed: ["series", "ahead"], required: ["series"]),
              let series = pattern(f["series"], key: "projections.series", reader: reader) else { return nil }
        var settings = ProjectionSettings(series: series)
        if let aheadNode = f["ahead"] {
            guard let ahead = reader.value(aheadNode, key: "projections.ahead", ValueSyntax.duration) else { return nil }
            guard ahead >= 900, ahead <= ProjectionSettings.longestAhead else {
                reader.fail(aheadNode, "projections.ahead",
                            "a projection reaches 15m to 6h ahead, found \(Int(ahead / 60)) minutes")
                return nil
            }
            settings.ahead = ahead
        }
        return settings
    }

    private static func rule(id: String, node: Node, key: String, reader: ConfigReader) -> AlarmRule? {
        guard case .mapping(let map) = node else {
            reader.fail(node, key, "expected a mapping (key: value lines) describing the rule")
            return nil
        }
        guard let kindNode = map.first(where: { $0.key.string == "kind" })?.value else {
            reader.fail(node, "\(key).kind", "required key is missing")
            return nil
        }
        guard let kind = reader.choice(kindNode, key: "\(key).kind", as: AlarmRule.Kind.self) else { return nil }
        let allowed = commonKeys + keys(for: kind)
        let required = ["priority", "message"] + (kind.readsSeries ? ["series"] : [])
            + (kind == .stale ? ["stale_after"] : []) + (kind == .deadline ? ["events", "when"] : []) + (kind == .surge ? ["events"] : [])
        guard let f = reader.fields(node, key: key, allowed: allowed, required: required) else { return nil }
        let errorsBefore = reader.errors.count
        let priority = f["priority"].flatMap { reader.int($0, key: "\(key).priority", range: 1...4) }
        if kind == .forecast, priority == 4, let node = f["priority"] {
            reader.fail(node, "\(key).priority", "a forecast rule's priority is its warning's, and its watch is one less urgent: 1, 2 or 3")
        }
        var parameters = RuleParameters()
        var selector: String?
        switch kind {
        case .threshold:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            readThreshold(f, node: node, key: key, reader: reader, into: &parameters)
            readDeadbandAndDelay(f, key: key, reader: reader, into: &parameters)
        case .rateOfChange:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            readRate(f, node: node, key: key, reader: reader, into: &parameters)
            readDeadbandAndDelay(f, key: key, reader: reader, into: &parameters)
        case .stale:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            if let after = f["stale_after"].flatMap({ reader.value($0, key: "\(key).stale_after", ValueSyntax.duration) }) {
                parameters.staleAfter = after
            }
        case .sourceDown, .alert:
            selector = f["sources"].map { pattern($0, key: "\(key).sources", reader: reader) } ?? "*"
        case .deadline:
            selector = readDeadline(f, key: key, reader: reader, into: &parameters)
        case .surge:
            selector = readSurge(f, key: key, reader: reader, into: &parameters)
        case .waterLevel:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            readDeadbandAndDelay(f, key: key, reader: reader, into: &parameters)
        case .forecast:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            readForecast(f, node: node, key: key, reader: reader, into: &parameters)
        case .anomaly:
            selector = pattern(f["series"], key: "\(key).series", reader: reader)
            readAnomaly(f, node: node, key: key, reader: reader, into: &parameters)
            readDeadbandAndDelay(f, key: key, reader: reader, into: &parameters)
        }
        let message = f["message"].flatMap { self.message($0, key: "\(key).message", kind: kind,
                                                          grouping: parameters.grouping, reader: reader) }
        let messageEN = f["message_en"].flatMap { self.message($0, key: "\(key).message_en", kind: kind,
                                                               grouping: parameters.grouping, reader: reader) }
        guard reader.errors.count == errorsBefore, let priority, let selector, let message else { return nil }
        return AlarmRule(id: id, kind: kind, priority: priority, selector: selector, parameters: parameters,
                         message: message, messageEN: messageEN)
    }

    private static func pattern(_ node: Node?, key: String, reader: ConfigReader) -> String? {
        guard let node, let text = reader.string(node, key: key) else { return nil }
        if let problem = RuleGlob.problem(text) {
            reader.fail(node, key, problem)
            return nil
        }
        return text
    }

    /// Exactly one of `names` among the fields: its name and node, or nil after an error.
    private static func one(of names: [String], in f: [String: Node], node: Node, key: String,
                            reader: ConfigReader) -> (name: String, node: Node)? {
        let present = names.compactMap { name in f[name].map { (name: name, node: $0) } }
            .sorted { ($0.node.mark?.line ?? 0) < ($1.node.mark?.line ?? 0) }
        switch present.count {
        case 1: return present[0]
        case 0:
            reader.fail(node, key, "one of \(names.joined(separator: ", ")) is required")
        default:
            reader.fail(present[1].node, "\(key).\(present[1].name)",
                        "use only one of \(names.joined(separator: ", ")) (\(present[0].name) is already set)")
        }
        return nil
    }

    private static func readThreshold(_ f: [String: Node], node: Node, key: String, reader: ConfigReader,
                                      into parameters: inout RuleParameters) {
        guard let limit = one(of: RuleComparison.allCases.map(\.rawValue), in: f, node: node, key: key,
                              reader: reader),
              let comparison = RuleComparison(rawValue: limit.name),
              let text = reader.string(limit.node, key: "\(key).\(limit.name)")
        else { return }
        switch text.trimmingCharacters(in: .whitespaces) {
        case "warn_above": parameters.limit = .seriesWarnAbove
        case "warn_below": parameters.limit = .seriesWarnBelow
        case let number:
            guard let value = Double(number), value.isFinite else {
                reader.fail(limit.node, "\(key).\(limit.name)",
                            "expected a number, warn_above or warn_below, found '\(text)'")
                return
            }
            parameters.limit = .value(value)
        }
        parameters.comparison = comparison
    }

    private static func readRate(_ f: [String: Node], node: Node, key: String, reader: ConfigReader,
                                 into parameters: inout RuleParameters) {
        if let rate = one(of: ["rise", "fall"], in: f, node: node, key: key, reader: reader),
           let value = positive(rate.node, key: "\(key).\(rate.name)", reader: reader) {
            parameters.direction = rate.name == "rise" ? .up : .down
            parameters.limit = .value(value)
        }
        if let perNode = f["per"], let per = reader.choice(perNode, key: "\(key).per",
                                                           among: [("minute", 60.0), ("hour", 3600.0)]) {
            parameters.ratePer = per
        }
        if let window = f["window"].flatMap({ reader.value($0, key: "\(key).window", ValueSyntax.duration) }) {
            parameters.rateWindow = window
        }
    }

    private static func readAnomaly(_ f: [String: Node], node: Node, key: String, reader: ConfigReader,
                                    into parameters: inout RuleParameters) {
        if let measure = one(of: ["percent", "sigma", "score"], in: f, node: node, key: key, reader: reader),
           let value = positive(measure.node, key: "\(key).\(measure.name)", reader: reader) {
            parameters.anomalyMeasure = RuleAnomalyMeasure(rawValue: measure.name) ?? .percent
            if parameters.anomalyMeasure == .score && value >= 1 {
                reader.fail(measure.node, "\(key).score", "a score is between 0 and 1 (0.9: well beyond the series' usual), found '\(number(value))'")
            }
            parameters.limit = .value(value)
        }
        if let node = f["direction"],
           let direction = reader.choice(node, key: "\(key).direction", as: RuleDirection.self) {
            parameters.direction = direction
        }
    }

    /// `above` (a number), `within` (a duration up to 6 h), `watch` and `warning` (probabilities, watch below warning).
    private static func readForecast(_ f: [String: Node], node: Node, key: String, reader: ConfigReader,
                                     into parameters: inout RuleParameters) {
        if let limitNode = f["above"] {
            if let value = reader.double(limitNode, key: "\(key).above") { parameters.limit = .value(value) }
        } else {
            reader.fail(node, "\(key).above", "required key is missing (the limit the forecast is compared with)")
        }
        if let within = f["within"].flatMap({ reader.value($0, key: "\(key).within", ValueSyntax.duration) }) {
            if within > 6 * 3600 {
                reader.fail(f["within"], "\(key).within", "a forecast looks at most 6h ahead, found \(Int(within / 60)) minutes")
            } else {
                parameters.forecastWithin = within
            }
        }
        for (name, path) in [("watch", \RuleParameters.watchProbability), ("warning", \RuleParameters.warningProbability)] {
            guard let node = f[name], let value = reader.double(node, key: "\(key).\(name)") else { continue }
            if value > 0 && value < 1 {
                parameters[keyPath: path] = value
            } else {
                reader.fail(node, "\(key).\(name)", "a probability between 0 and 1, found '\(number(value))'")
            }
        }
        if parameters.watchProbability >= parameters.warningProbability {
            reader.fail(f["watch"] ?? node, "\(key).watch",
                        "the watch (\(number(parameters.watchProbability))) must be below the warning (\(number(parameters.warningProbability)))")
        }
    }

    private static func readDeadbandAndDelay(_ f: [String: Node], key: String, reader: ConfigReader,
                                             into parameters: inout RuleParameters) {
        if let node = f["deadband"], let value = reader.double(node, key: "\(key).deadband") {
            if value < 0 {
                reader.fail(node, "\(key).deadband", "a deadband must not be negative, found '\(number(value))'")
            } else {
                parameters.deadband = value
            }
        }
        if let delay = f["on_delay"].flatMap({
            reader.value($0, key: "\(key).on_delay", { ValueSyntax.duration($0, allowZero: true) })
        }) {
            parameters.onDelay = delay
        }
    }

    private static func readDeadline(_ f: [String: Node], key: String, reader: ConfigReader,
                                     into parameters: inout RuleParameters) -> String? {
        let events = f["events"].flatMap {
            reader.choice($0, key: "\(key).events", among: ["dossier", "feedback", "directive"].map { ($0, $0) })
        }
        if let node = f["when"], let when = reader.choice(node, key: "\(key).when", as: RuleDeadline.self) {
            parameters.deadline = when
        }
        if let node = f["group"], let group = reader.choice(node, key: "\(key).group", as: RuleGrouping.self) {
            if group == .topic {
                reader.fail(node, "\(key).group", "a deadline rule counts per item or per agency; 'topic' is a surge rule's")
            } else {
                parameters.grouping = group
            }
        }
        if let node = f["warning_window"] {
            if parameters.deadline != .dueSoon {
                reader.fail(node, "\(key).warning_window", "only a 'when: due_soon' rule has a warning window")
            } else if let window = reader.value(node, key: "\(key).warning_window", ValueSyntax.duration) {
                parameters.warningWindow = window
            }
        }
        if let node = f["probability"] {
            if parameters.deadline != .atRisk {
                reader.fail(node, "\(key).probability", "only a 'when: at_risk' rule has a probability")
            } else if let value = reader.double(node, key: "\(key).probability") {
                if value > 0 && value < 1 {
                    parameters.warningProbability = value
                } else {
                    reader.fail(node, "\(key).probability", "a probability between 0 and 1, found '\(number(value))'")
                }
            }
        }
        if parameters.deadline == .atRisk, let events, events != "dossier", let node = f["when"] {
            reader.fail(node, "\(key).when", "only dossiers have a lateness estimate: 'when: at_risk' needs 'events: dossier'")
        }
        if let node = f["at_least"] {
            if parameters.grouping != .agency {
                reader.fail(node, "\(key).at_least", "only a 'group: agency' rule counts items; remove at_least")
            } else if let count = reader.int(node, key: "\(key).at_least", range: 1...1_000_000) {
                parameters.minimumCount = count
            }
        }
        return events
    }

    /// `events` (feedback, dossier, incident), `within` (a duration, 10 minutes to a day, default 1h), `group` (topic,
    /// the default, or agency) and `at_least` (the count that raises, default 10).
    private static func readSurge(_ f: [String: Node], key: String, reader: ConfigReader,
                                  into parameters: inout RuleParameters) -> String? {
        let events = f["events"].flatMap {
            reader.choice($0, key: "\(key).events", among: ["feedback", "dossier", "incident"].map { ($0, $0) })
        }
        parameters.grouping = .topic
        parameters.minimumCount = 10
        parameters.surgeWindow = 3600
        if let node = f["group"], let group = reader.choice(node, key: "\(key).group", as: RuleGrouping.self) {
            if group == .item {
                reader.fail(node, "\(key).group", "a surge is counted per topic or per agency, not per item")
            } else {
                parameters.grouping = group
            }
        }
        if let node = f["within"], let within = reader.value(node, key: "\(key).within", ValueSyntax.duration) {
            if within < 600 || within > 86_400 {
                reader.fail(node, "\(key).within", "a surge is counted over 10m to 24h, found \(Int(within / 60)) minutes")
            } else {
                parameters.surgeWindow = within
            }
        }
        if let node = f["at_least"], let count = reader.int(node, key: "\(key).at_least", range: 2...1_000_000) {
            parameters.minimumCount = count
        }
        return events
    }

    /// Whole numbers without a fraction ("150"), others as Swift prints them ("0.5").
    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func positive(_ node: Node, key: String, reader: ConfigReader) -> Double? {
        guard let value = reader.double(node, key: key) else { return nil }
        guard value > 0 else {
            reader.fail(node, key, "must be greater than zero, found '\(number(value))'")
            return nil
        }
        return value
    }

    private static func message(_ node: Node, key: String, kind: AlarmRule.Kind, grouping: RuleGrouping,
                                reader: ConfigReader) -> RuleMessage? {
        guard let text = reader.string(node, key: key) else { return nil }
        let available = RulePlaceholder.available(for: kind, grouping: grouping)
        let names = available.map { "{\($0.rawValue)}" }.joined(separator: " ")
        switch RuleMessage.parse(text) {
        case .failure(.unbalancedBraces):
            reader.fail(node, key, "braces do not pair up; write placeholders like {name}")
            return nil
        case .failure(.unknownPlaceholder(let word)):
            reader.fail(node, key, "unknown placeholder {\(word)}; this rule can use \(names)")
            return nil
        case .success(let message):
            if let unavailable = message.placeholders.first(where: { !available.contains($0) }) {
                let what = kind == .deadline ? "a \(kind.rawValue) rule grouped by \(grouping.rawValue)"
                    : "a \(kind.rawValue) rule"
                reader.fail(node, key, "{\(unavailable.rawValue)} is not available in \(what); it can use \(names)")
                return nil
            }
            return message
        }
    }
}
