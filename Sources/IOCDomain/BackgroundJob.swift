/// The background jobs whose failures a console or wall shows as state on its status bar (the poller's are the
/// sources' health), and `ioc poll` on standard error.
public enum BackgroundJob: String, Sendable, Hashable, CaseIterable {
    /// The alarm cycle (or a `--no-poll` console's watch that some process polls).
    case alarmCycle = "alarm_cycle"
    /// The hourly rollups and pruning.
    case housekeeping
    /// Sending the audit trail to the SOC collector.
    case auditForwarding = "audit_forwarding"

    /// The job's name.
    public func name(_ language: Language) -> String {
        switch self {
        case .alarmCycle: return language.pick("chu trình cảnh báo", "alarm cycle")
        case .housekeeping: return language.pick("dọn dữ liệu định kỳ", "housekeeping")
        case .auditForwarding: return language.pick("gửi nhật ký kiểm toán tới SOC", "audit forwarding to the SOC")
        }
    }

    /// What the bottom line says before the error.
    public func failed(_ language: Language) -> String {
        switch self {
        case .alarmCycle: return language.pick("Lỗi chu trình cảnh báo: ", "Alarm cycle failed: ")
        case .housekeeping: return language.pick("Lỗi dọn dữ liệu định kỳ: ", "Housekeeping failed: ")
        case .auditForwarding: return language.pick("Chưa gửi được nhật ký kiểm toán tới SOC: ", "Audit forwarding to the SOC failed: ")
        }
    }
}
