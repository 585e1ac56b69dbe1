import Foundation

/// The process's CPU time (user + system, all threads), read with `getrusage`, as laps in milliseconds.
struct ProcessCPU {
    private var last = ProcessCPU.now()

    static func now() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) * 1000 + Double(usage.ru_utime.tv_usec) / 1000
        let system = Double(usage.ru_stime.tv_sec) * 1000 + Double(usage.ru_stime.tv_usec) / 1000
        return user + system
    }

    /// Milliseconds of CPU since the last lap (or since this value was made).
    mutating func lap() -> Double {
        let current = ProcessCPU.now()
        defer { last = current }
        return current - last
    }
}
