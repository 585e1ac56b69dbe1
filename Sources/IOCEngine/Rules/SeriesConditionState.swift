import Foundation
import IOCDomain

/// What the evaluator remembers about one (series rule, series) pair between calls.
struct SeriesConditionState {
    /// The condition is raised.
    var active = false
    /// When the value first went beyond the limit while not yet raised (the on-delay's start).
    var beyondSince: Date?
    /// The message the raise carried, repeated (with a prefix) when it clears.
    var raisedMessage = ""
    /// The English message the raise carried, if its rule has one.
    var raisedMessageEN: String?
    /// Water level: the official level the raised alarm stands for.
    var level: WaterAlarmLevel?
}
