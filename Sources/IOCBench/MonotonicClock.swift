import Dispatch

/// Elapsed wall time from the monotonic clock, in milliseconds or seconds.
struct MonotonicClock {
    private let start = DispatchTime.now().uptimeNanoseconds

    var elapsedMilliseconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000 }
    var elapsedSeconds: Double { elapsedMilliseconds / 1000 }
}
