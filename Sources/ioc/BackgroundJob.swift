import IOCDomain

/// The background jobs of a console or wall whose failures are shown on its bottom line.
enum BackgroundJob: Sendable, Equatable {
    /// The alarm cycle (or a `--no-poll` console's watch that some process polls).
    case alarmCycle
    /// The hourly rollups and pruning.
    case housekeeping

    /// What the bottom line says before the error.
    func failed(_ language: Language) -> String {
        switch self {
        case .alarmCycle: return language.pick("Lỗi chu trình cảnh báo: ", "Alarm cycle failed: ")
        case .housekeeping: return language.pick("Lỗi dọn dữ liệu định kỳ: ", "Housekeeping failed: ")
        }
    }
}
