/// The scheduler's memory of one source between polls.
struct SourceRunState: Sendable {
    /// A poll of this source has started and its connector call has not returned yet (even after a timeout).
    var inFlight = false
    /// The source was registered with the recorder and its stored cursor was read.
    var prepared = false
    var consecutiveFailures = 0
    var cursor: String?
}
