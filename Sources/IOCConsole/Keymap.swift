import TUICore
import TUIWidgets

/// The console's key bindings. Arrows and vi-style hjkl both move.
public struct Keymap: Sendable, Hashable {
    public var bindings: [KeyBinding]

    public init(bindings: [KeyBinding]) { self.bindings = bindings }

    /// The action bound to `key`, if any.
    public func action(for key: KeyEvent) -> ConsoleAction? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Hints for the help bar, in order, for the given language.
    public func hints(_ language: Language) -> [KeyHint] {
        bindings.filter(\.inHelpBar).map { KeyHint(key: $0.keysText, label: language.pick($0.labelVI, $0.labelEN)) }
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
    ])
}
