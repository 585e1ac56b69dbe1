import IOCDomain
import TUICore
import TUIWidgets

/// The console's key bindings. Arrows and vi-style hjkl both move.
public struct Keymap: Sendable, Hashable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action bound to `key` in `context` (a context binding first, then a global one), if any.
    public func action(for key: KeyEvent, context: KeyContext = .global) -> ConsoleAction? {
        if context != .global, let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
            return b.action
        }
        return bindings.first { $0.context == .global && $0.keys.contains(key) }?.action
    }

    /// Hints for the help bar, in order, for the given language: the context's first, then the global ones.
    public func hints(_ language: Language, context: KeyContext = .global) -> [KeyHint] {
        let contextual = context == .global ? [] : bindings.filter { $0.context == context && $0.inHelpBar }
        let global = bindings.filter { $0.context == .global && $0.inHelpBar }
            .filter { g in !contextual.contains { !Set($0.keys).isDisjoint(with: g.keys) } }
        return (contextual + global).map { KeyHint(key: $0.keysText, label: language.pick($0.labelVI, $0.labelEN)) }
    }

    public static let standard = Keymap(bindings: [
        KeyBinding([.tab], .focusNext, vi: "Khung kế", en: "Next panel", inHelpBar: true),
        KeyBinding([.backTab], .focusPrevious, vi: "Khung trước", en: "Previous panel"),
        KeyBinding([.up, .character("k")], .up, vi: "Lên", en: "Up"),
        KeyBinding([.down, .character("j")], .down, vi: "Xuống", en: "Down", inHelpBar: false),
        KeyBinding([.left, .character("h")], .left, vi: "Trái", en: "Left"),
        KeyBinding([.right, .character("l")], .right, vi: "Phải", en: "Right"),
        KeyBinding([.pageUp], .pageUp, vi: "Trang trước", en: "Page up"),
        KeyBinding([.pageDown], .pageDown, vi: "Trang sau", en: "Page down"),
        KeyBinding([.home, .character("g")], .top, vi: "Đầu danh sách", en: "First row"),
        KeyBinding([.end, .character("G")], .bottom, vi: "Cuối danh sách", en: "Last row"),
        KeyBinding([.enter], .drillDown, vi: "Chi tiết", en: "Details", inHelpBar: true),
        KeyBinding([.escape, .backspace], .back, vi: "Quay lại", en: "Back", inHelpBar: true),
        KeyBinding([.character("s")], .sort, vi: "Sắp xếp", en: "Sort", inHelpBar: true),
        KeyBinding([.character("?"), .function(1)], .help, vi: "Trợ giúp", en: "Help", inHelpBar: true),
        KeyBinding([.character(":")], .command, vi: "Lệnh", en: "Command", inHelpBar: true),
        KeyBinding([.control("l")], .redraw, vi: "Vẽ lại", en: "Redraw"),
        KeyBinding([.character("q"), .control("c")], .quit, vi: "Thoát", en: "Quit", inHelpBar: true),
        KeyBinding([.function(2), .character("!")], .alarmScreen, vi: "Cảnh báo toàn màn hình", en: "Alarm screen", inHelpBar: true),
        KeyBinding([.function(3)], .alarmLoadScreen, vi: "Tải cảnh báo (giám sát)", en: "Alarm load (supervisor)"),
        // Alarm keys (issue 3): apply where alarms are in front of the operator, and win over the global ones.
        KeyBinding([.character("a")], .acknowledge, vi: "Xác nhận", en: "Acknowledge", inHelpBar: true, context: .alarms),
        KeyBinding([.character("A")], .acknowledgeAll, vi: "Xác nhận tất cả", en: "Acknowledge all", context: .alarms),
        KeyBinding([.character("s")], .shelve, vi: "Tạm gác", en: "Shelve", inHelpBar: true, context: .alarms),
        KeyBinding([.character("n")], .note, vi: "Ghi chú", en: "Note", inHelpBar: true, context: .alarms),
        // Assign is "o" (owner): "g" is "first row" everywhere, on the alarm list too — one meaning per key.
        KeyBinding([.character("o")], .assign, vi: "Giao cơ quan", en: "Assign to an agency", context: .alarms),
        KeyBinding([.character("e")], .escalate, vi: "Chuyển cấp trên", en: "Escalate", inHelpBar: true, context: .alarms),
        KeyBinding([.character("r")], .resolve, vi: "Giải quyết/khôi phục", en: "Resolve/return", inHelpBar: true, context: .alarms),
        KeyBinding([.character("x")], .removeFromService, vi: "Ngừng phục vụ (giám sát)", en: "Out of service (supervisor)", context: .alarms),
        KeyBinding([.character("/")], .filter, vi: "Lọc", en: "Filter", inHelpBar: true, context: .alarms),
        KeyBinding([.character("i")], .alarmItems, vi: "Danh sách hồ sơ/phản ánh/chỉ đạo của cảnh báo", en: "The items behind the alarm",
                   context: .alarms),
        // Logbook and handover (issue 4).
        KeyBinding([.function(4)], .logbookScreen, vi: "Nhật ký ca", en: "Shift log", inHelpBar: true),
        KeyBinding([.function(5)], .handoverScreen, vi: "Giao ca", en: "Handover", inHelpBar: true),
        KeyBinding([.character("L")], .logSelection, vi: "Ghi nhật ký về mục chọn", en: "Log about the selection"),
        KeyBinding([.function(6)], .sourcesScreen, vi: "Nguồn dữ liệu", en: "Data sources", inHelpBar: true),
        KeyBinding([.character("p")], .toggleSourcePause, vi: "Tạm dừng/chạy lại", en: "Pause/resume", inHelpBar: true, context: .source),
        KeyBinding([.character("n")], .pollSourceNow, vi: "Thu thập ngay", en: "Poll now", inHelpBar: true, context: .source),
        KeyBinding([.character("n")], .newLogEntry, vi: "Ghi mới", en: "New entry", inHelpBar: true, context: .logbook),
        KeyBinding([.character("c")], .correctLogEntry, vi: "Sửa (mục mới)", en: "Correct (new entry)", inHelpBar: true, context: .logbook),
        KeyBinding([.character("/")], .logSearch, vi: "Tìm", en: "Search", inHelpBar: true, context: .logbook),
        KeyBinding([.character("f")], .logCategoryFilter, vi: "Lọc loại", en: "Category", inHelpBar: true, context: .logbook),
        KeyBinding([.character("t")], .logShiftFilter, vi: "Lọc ca (này, trước…)", en: "Shift (this, previous…)", inHelpBar: true, context: .logbook),
        KeyBinding([.character("b")], .startHandover, vi: "Bắt đầu giao ca", en: "Start handover", inHelpBar: true, context: .handover),
        KeyBinding([.character("a")], .acceptHandover, vi: "Tiếp nhận", en: "Accept", inHelpBar: true, context: .handover),
        // Operating scenarios (issue 18): one key from an alarm to its procedure and run.
        KeyBinding([.function(7)], .runsScreen, vi: "Kịch bản điều hành", en: "Scenario runs", inHelpBar: true),
        KeyBinding([.character("p")], .openProcedure, vi: "Quy trình/kịch bản", en: "Procedure/run", inHelpBar: true, context: .alarms),
        KeyBinding([.character("b")], .runBegin, vi: "Bắt đầu bước", en: "Begin step", inHelpBar: true, context: .runs),
        KeyBinding([.character("d")], .runDone, vi: "Xong bước", en: "Step done", inHelpBar: true, context: .runs),
        KeyBinding([.character("x")], .runSkip, vi: "Bỏ qua bước", en: "Skip step", context: .runs),
        KeyBinding([.character("c")], .runChoose, vi: "Chọn nhánh", en: "Choose branch", inHelpBar: true, context: .runs),
        KeyBinding([.character("y")], .runAccept, vi: "Chấp nhận đề xuất", en: "Accept proposal", context: .runs),
        KeyBinding([.character("N")], .runDecline, vi: "Không kích hoạt", en: "Decline", context: .runs),
        KeyBinding([.character("n")], .runNote, vi: "Ghi chú", en: "Note", context: .runs),
        KeyBinding([.character("C")], .runClose, vi: "Đóng kịch bản", en: "Close run", context: .runs),
        KeyBinding([.character("e")], .runEnterStage, vi: "Vào giai đoạn", en: "Enter a stage", context: .runs),
        KeyBinding([.character("R")], .acceptHandoverWithReservations, vi: "Tiếp nhận có bảo lưu (trưởng ca)",
                   en: "Accept with reservations (supervisor)", inHelpBar: true, context: .handover),
    ])
}
