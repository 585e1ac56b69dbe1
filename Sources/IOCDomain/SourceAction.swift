/// What an operator asks of a source (the sources screen, `ioc sources pause|resume|poll`); each is written to the
/// logbook with who asked.
public enum SourceAction: String, Sendable, Hashable, CaseIterable {
    case pause, resume, pollNow = "poll_now"

    /// What was done, in the reader's words, for the status line ("Đã tạm dừng nguồn PAKN").
    public func done(_ name: String, _ lang: Language) -> String {
        switch self {
        case .pause: return lang.pick("⏸ Đã tạm dừng nguồn \(name)", "⏸ Paused source \(name)")
        case .resume: return lang.pick("▶ Đã cho chạy lại nguồn \(name)", "▶ Resumed source \(name)")
        case .pollNow: return lang.pick("↻ Đã yêu cầu thu thập ngay nguồn \(name)", "↻ Asked to poll source \(name) now")
        }
    }
}
