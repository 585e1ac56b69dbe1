import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCPresentation

/// What a slide of one kind draws from the data (`DashboardInputs`). When a new read leaves the shown slide's inputs
/// and the stale banner as they were, the wall draws no whole frame for it: new speeds every poll redraw the
/// public-order slide, not the other seven. `SlideInputsTests` changes every other part of the data and checks that
/// each kind's slide stays the same.
struct SlideInputs: Equatable {
    var kind: SlideKind
    var data: DashboardInputs

    init(_ kind: SlideKind, _ d: DashboardSnapshot) {
        self.kind = kind
        data = DashboardInputs(d, showing: Self.parts(kind))
    }

    /// The parts a slide of `kind` shows.
    static func parts(_ kind: SlideKind) -> ShownParts {
        switch kind {
        // Every slide's headline: dossiers, feedback, two socio-economic figures, the worst VN_AQI, alarms,
        // directives, incidents.
        case .overview: return [.socioEconomic, .environment, .sources, .agencyNames, .alarms, .directives, .incidentCounts]
        case .socioEconomic: return [.socioEconomic, .sources]
        case .government, .feedback: return .agencyNames
        case .publicOrder: return [.traffic, .incidentCounts, .recentIncidents, .sources]
        case .environment: return [.environment, .sources]
        case .alarms: return [.alarms, .agencyNames]
        case .directives: return [.directives, .agencyNames]
        case .runs: return [.runs, .alarms]
        }
    }
}
