/// A key press as the console sees it, decoded by a backend from terminal input.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (already a full grapheme, e.g. "ệ" typed with a Vietnamese input method).
    case character(Character)
    /// Ctrl + a letter, lower-case (Ctrl-C = `.control("c")`).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// F1…F12.
    case function(Int)
    /// The terminal changed size; the backend has the new size.
    case resize
    /// Text pasted in one piece (bracketed paste), as the terminal sent it: never read as keys.
    case paste(String)

    /// A short name for help bars and logs: "↑", "Enter", "F1", "q", "Ctrl-C".
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .paste: return "paste"
        }
    }
}
