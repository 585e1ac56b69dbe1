import Foundation
import IOCDomain

/// What the sources panel and screen say of pollers that write through a local queue (issue 17, item 3): each
/// poller's backlog, since when it waits, and how old that report is when the poller has not reported for a minute
/// (it may still be cut off from the store, its queue growing).
enum PollerQueueText {
    /// " · Poller queues: vm-1 12 waiting since 12:00:05 · vm-2 empty", or "" when no poller queues.
    static func summary(_ pollers: [PollerBacklog], now: Date, _ lang: Language) -> String {
        guard !pollers.isEmpty else { return "" }
        let parts = pollers.map { p -> String in
            var text = p.host + " "
            if p.queued > 0 {
                text += lang.pick("\(lang.numberStyle.format(p.queued)) chờ gửi", "\(lang.numberStyle.format(p.queued)) waiting")
                if let oldest = p.oldestQueuedAt {
                    text += lang.pick(" từ ", " since ") + VietnamTime.clock(oldest)
                }
            } else {
                text += lang.pick("trống", "empty")
            }
            if let reported = p.reportedAt, now.timeIntervalSince(reported) >= 60 {
                text += lang.pick(" (báo lúc ", " (reported ") + VietnamTime.clock(reported) + ")"
            }
            return text
        }
        return lang.pick(" · Hàng đợi bộ thu: ", " · Poller queues: ") + parts.joined(separator: " · ")
    }

    /// Whether any poller has records waiting.
    static func anyWaiting(_ pollers: [PollerBacklog]) -> Bool {
        pollers.contains { $0.queued > 0 }
    }
}
