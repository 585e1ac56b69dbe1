import Foundation

/// When a screen that wakes every second for its clock draws a whole frame, and when only its clock.
///
/// A whole frame when the model changed (its `revision`: keys, data, a message that expired, a slide that turned),
/// when the size changed, and at least every `clockBoundEvery` seconds for the text that moves with the clock alone
/// (data ages, deadline classes, staleness: all shown to the minute, so a 10-second step is not seen). In the other
/// seconds only the clock's row is drawn again over the last frame: an idle console or wall spent most of each
/// second laying out panels whose text had not changed (Decision 35).
public struct FrameSchedule: Sendable {
    /// The longest time between two whole frames.
    public static let clockBoundEvery: TimeInterval = 10

    private var drawn: (revision: Int, at: Date, width: Int, height: Int)?

    public init() {}

    /// Whether the frame for this model must be drawn whole (else only the clock's row over the last frame).
    public func needsWholeFrame(revision: Int, now: Date, width: Int, height: Int) -> Bool {
        guard let drawn else { return true }
        return drawn.revision != revision || drawn.width != width || drawn.height != height
            || now < drawn.at || now.timeIntervalSince(drawn.at) >= Self.clockBoundEvery
    }

    /// Records a whole frame drawn for this model.
    public mutating func drewWholeFrame(revision: Int, now: Date, width: Int, height: Int) {
        drawn = (revision, now, width, height)
    }

    /// Forgets the last frame: the next one is whole (the terminal was cleared or redrawn).
    public mutating func reset() {
        drawn = nil
    }
}
