import CNcursesw

/// Colour pairs allocated on demand with ncurses' `alloc_pair` and cached, so a theme may use any number of
/// (foreground, background) combinations without a fixed table.
struct ColorPairCache {
    private struct Key: Hashable { let fg: Int; let bg: Int }
    private var pairs: [Key: Int] = [:]

    mutating func pair(foreground: Int, background: Int) -> Int {
        let key = Key(fg: foreground, bg: background)
        if let p = pairs[key] { return p }
        let p = Int(alloc_pair(Int32(foreground), Int32(background)))
        let usable = p < 0 ? 0 : p
        pairs[key] = usable
        return usable
    }
}
