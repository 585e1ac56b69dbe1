import Foundation

/// A progress bar on standard error for a long run ("[██████░░░░]  60 %  240/365 ngày"), drawn only when standard
/// error is a terminal (a pipe or a log file gets nothing), redrawn at most every tenth of a second, and erased
/// when done so the result that follows starts on a clean line.
final class ProgressBar {
    private let total: Int
    private let label: String
    private let shown: Bool
    private var lastDraw = Date.distantPast

    init(total: Int, label: String, shown: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = max(1, total); self.label = label; self.shown = shown
    }

    /// `done` of `total` finished.
    func update(_ done: Int, force: Bool = false) {
        guard shown else { return }
        let now = Date()
        guard force || done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + Self.line(done, of: total, label: label)).utf8))
    }

    /// Erases the bar.
    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// The bar's text: 20 cells, the percent, the count and the label.
    static func line(_ done: Int, of total: Int, label: String) -> String {
        let fraction = min(1, max(0, Double(done) / Double(max(1, total))))
        let cells = Int((fraction * 20).rounded(.down))
        let percent = Int((fraction * 100).rounded(.down))
        return "[" + String(repeating: "█", count: cells) + String(repeating: "░", count: 20 - cells) + "] "
            + String(repeating: " ", count: 3 - String(percent).count) + "\(percent) %  \(done)/\(total) \(label)"
    }
}
