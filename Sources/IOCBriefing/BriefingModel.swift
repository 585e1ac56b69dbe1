import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain

/// The briefing's whole state: which slide is up, whether the rotation runs, frozen or blank, and the data.
public struct BriefingModel: Sendable {
    public var layout: BriefingLayout
    public var theme: Theme
    public var language: Language
    public var cityName: String
    public var width: Int
    public var height: Int
    /// The clock (header time, rotation, data ages).
    public var now: Date
    /// Counts the updates that changed what the wall shows, apart from the clock and the rotation countdown
    /// (`FrameSchedule`): every message but a tick that turns no slide.
    public internal(set) var revision = 0
    /// The newest data read.
    public var live: DashboardSnapshot?
    /// Set while the presenter holds the data (`f`): the slides show `freeze.data`, not `live`.
    public var freeze: BriefingFreeze?
    /// Index of the slide on screen.
    public var slide: Int
    /// The automatic rotation is paused (`p`).
    public var paused: Bool
    /// The screen is blank (`b`); the rotation waits meanwhile.
    public var blanked: Bool
    /// When the current slide came up (or the rotation resumed): the rotation counts from here.
    public var slideSince: Date
    /// The background jobs failing now, on the footer until they recover.
    public var backgroundFailures: [BackgroundFailure] = []
    /// The last problem (e.g. a database read error), shown on the footer until data loads again.
    public var problem: String?

    public init(layout: BriefingLayout, theme: Theme, language: Language = .vi, cityName: String,
                width: Int, height: Int, now: Date) {
        self.layout = layout; self.theme = theme; self.language = language; self.cityName = cityName
        self.width = width; self.height = height; self.now = now
        live = nil; freeze = nil; slide = 0; paused = false; blanked = false; slideSince = now; problem = nil
    }

    /// The data the slides show: the frozen data while frozen, else the newest.
    public var shown: DashboardSnapshot? { freeze.map(\.data) ?? live }

    public var isFrozen: Bool { freeze != nil }

    /// The spec of the slide on screen, if the layout has any slides.
    public var currentSlide: SlideSpec? { layout.slides.indices.contains(slide) ? layout.slides[slide] : nil }

    /// Seconds until the rotation moves on (nil while paused, blank, or with a single slide).
    public var secondsToNextSlide: Int? {
        guard !paused, !blanked, layout.slides.count > 1 else { return nil }
        let left = layout.duration(ofSlide: slide) - now.timeIntervalSince(slideSince)
        return max(0, Int(left.rounded(.up)))
    }
}
