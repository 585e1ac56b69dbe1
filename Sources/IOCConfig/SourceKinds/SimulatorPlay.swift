import Foundation

/// A scenario's trigger the simulated city plays on request (`ioc --play flood-river:2`), so that a newcomer sees an
/// alarm open its scenario on day one, and a drill has something real-looking to work on: the river at the city's
/// first non-tidal station rising for three hours to the level asked for (báo động I, II or III) about a minute after
/// `at`; heavy rain flooding the streets; an air-quality episode above VN_AQI 200; a crash jamming a main corridor; a
/// storm bulletin (risk level 4); a backlog of one agency's dossiers going overdue; a chairman's directive going overdue;
/// citizens reporting one problem in one ward, sixteen an hour; the simulator's own source failing for 15 minutes.
public struct SimulatorPlay: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case floodRiver = "flood-river"
        case waterlogging
        case airQuality = "air-quality"
        case trafficAccident = "traffic-accident"
        case storm
        case dossierBacklog = "dossier-backlog"
        case directiveOverdue = "directive-overdue"
        case feedbackSurge = "feedback-surge"
        case sourceDown = "source-down"
    }

    /// Why a `--play` value was refused.
    public struct SyntaxError: Error, Hashable {
        public var message: String
        init(_ message: String) { self.message = message }
    }

    public var kind: Kind
    /// The river's alarm level for `flood-river` (1…3), else 0.
    public var level: Int
    /// When it is played (the poller's start); set by the program, nil until then.
    public var at: Date?

    public init(kind: Kind, level: Int = 0, at: Date? = nil) {
        self.kind = kind; self.level = level; self.at = at
    }

    /// `flood-river`, `flood-river:3`, `waterlogging`, `air-quality`, `traffic-accident`, `storm`, `dossier-backlog`,
    /// `directive-overdue`, `feedback-surge`, `source-down`.
    public static func parse(_ text: String) -> Result<SimulatorPlay, SyntaxError> {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let names = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = parts.first, let kind = Kind(rawValue: name) else {
            return .failure(SyntaxError("'\(text)' is not something the simulator can play; it plays: \(names) (flood-river:1, :2 or :3 for the level)"))
        }
        if parts.count == 2 {
            guard kind == .floodRiver, let level = Int(parts[1]), (1...3).contains(level) else {
                return .failure(SyntaxError("'\(text)': only flood-river takes a level, 1, 2 or 3 (alarm levels I, II, III)"))
            }
            return .success(SimulatorPlay(kind: kind, level: level))
        }
        return .success(SimulatorPlay(kind: kind, level: kind == .floodRiver ? 2 : 0))
    }
}
