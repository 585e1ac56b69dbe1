extension Color {
    /// The names of the 16 ANSI colours, in index order (`bright-…` for 8–15).
    public static let ansiNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Parses a theme colour: `"#rrggbb"`, `"default"`, a name (`"red"`, `"bright-red"`, `"grey"`) or a
    /// 256-palette index (`"196"`). Returns nil for anything else.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace().lowercased()
        if t == "default" || t == "none" {
            self = .default
            return
        }
        if t.hasPrefix("#") {
            let hex = t.dropFirst()
            guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
            return
        }
        if let n = Int(t) {
            guard (0...255).contains(n) else { return nil }
            self = .indexed(UInt8(n))
            return
        }
        let aliases = ["grey": "bright-black", "gray": "bright-black", "bright-grey": "white", "bright-gray": "white"]
        let name = aliases[t] ?? t
        guard let i = Color.ansiNames.firstIndex(of: name) else { return nil }
        self = .ansi(UInt8(i))
    }

    /// The colour written as a theme file would (`"default"`, `"bright-red"`, `"196"`, `"#ff8800"`).
    public var name: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return n < 16 ? Color.ansiNames[Int(n)] : String(n)
        case .indexed(let n): return String(n)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { v in
                let s = String(v, radix: 16)
                return s.count == 1 ? "0" + s : s
            }.joined()
        }
    }
}
