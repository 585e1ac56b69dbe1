/// The background jobs whose failures a console or wall shows as state on its status bar (the poller's are the
/// sources' health), and `ioc poll` on standard error.
public enum BackgroundJob: String, Sendable, Hashable, CaseIterable {
    /// The alarm cycle (or a `--no-poll` console's watch that some process polls).
    case alarmCycle = "alarm_cycle"
    /// The hourly rollups and pruning.
    case housekeeping
    /// Sending the audit trail to the SOC collector.
    case auditForwarding = "audit_forwarding"
    /// Forwarding a poller's local queue to a store that was out of reach (PostgreSQL).
    case queueForwarding = "queue_forwarding"
    /// The daily refits of the series' forecasters (projections and forecast rules), off the alarm cycle.
    case modelRefit = "model_refit"

    /// The job's name.
    public func name(_ language: Language) -> String {
        switch self {
        case .alarmCycle: return language.pick("chu trình cảnh báo", "alarm cycle")
        case .housekeeping: return language.pick("dọn dữ liệu định kỳ", "housekeeping")
        case .auditForwarding: return language.pick("gửi nhật ký kiểm toán tới SOC", "audit forwarding to the SOC")
        case .queueForwarding: return language.pick("gửi bù hàng đợi của bộ thu", "forwarding the poller's queue")
        case .modelRefit: return language.pick("hiệu chỉnh mô hình dự báo", "refitting the forecasts")
        }
    }

    /// What the bottom line says before the error.
    public func failed(_ language: Language) -> String {
        switch self {
        case .alarmCycle: return language.pick("Lỗi chu trình cảnh báo: ", "Alarm cycle failed: ")
        case .housekeeping: return language.pick("Lỗi dọn dữ liệu định kỳ: ", "Housekeeping failed: ")
        case .auditForwarding: return language.pick("Chưa gửi được nhật ký kiểm toán tới SOC: ", "Audit forwarding to the SOC failed: ")
        case .queueForwarding: return language.pick("Chưa gửi bù được hàng đợi của bộ thu: ", "Forwarding the poller's queue failed: ")
        case .modelRefit: return language.pick("Lỗi hiệu chỉnh mô hình dự báo: ", "Refitting the forecasts failed: ")
        }
    }
}
