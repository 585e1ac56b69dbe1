import Foundation

/// When a step is due: a time after its stage began — the run's start for the first stage ("30m", "2h") — or a clock
/// time in Vietnam ("18:00": the first 18:00 at or after that — the storm plans' hard deadlines, "sơ tán xong trước
/// 18:00").
public enum ScenarioDue: Sendable, Hashable, Codable {
    case after(Double)
    case at(hour: Int, minute: Int)

    /// The moment the step is due for a run started at `start`.
    public func date(start: Date) -> Date {
        switch self {
        case .after(let seconds):
            return start.addingTimeInterval(seconds)
        case .at(let hour, let minute):
            let day = VietnamTime.startOfDay(start)
            let same = day.addingTimeInterval(Double(hour * 3600 + minute * 60))
            return same >= start ? same : same.addingTimeInterval(86_400)
        }
    }

    /// As written in a scenario file: "30m", "2h", "90m", "18:00".
    public var written: String {
        switch self {
        case .after(let seconds):
            let minutes = Int(seconds / 60)
            return minutes >= 60 && minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes)m"
        case .at(let hour, let minute):
            return String(format: "%02d:%02d", hour, minute)
        }
    }
}
