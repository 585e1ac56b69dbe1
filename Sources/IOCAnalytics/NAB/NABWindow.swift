import Foundation

/// One labelled anomaly window of a NAB data file: the closed time interval `[start, end]` in which a detection
/// counts as a true positive (from `labels/combined_windows.json`).
public struct NABWindow: Sendable, Hashable {
    /// The first timestamp of the window (inclusive).
    public var start: Date
    /// The last timestamp of the window (inclusive).
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }
}
