import Foundation
import TUICore

/// The pixel font of `BigText`: glyphs 5 pixels high on a 9-row grid (rows 0–1 for marks above, 2–6 the body,
/// 7 blank, 8 for the dot below), and the composition of Vietnamese marks onto upper-case letters. The blank row keeps
/// the dot below (Ạ Ệ Ị Ộ Ự Ỵ) apart from the letter at every scale: at scale 1 two pixel rows share a cell, and a
/// dot right under the body would merge into the letter's last row ("Ị" would read as a longer stem).
enum BigFont {
    /// Rows of one glyph on the 9-row grid; `#` is a set pixel.
    typealias Glyph = (width: Int, rows: [[Bool]])

    static let gridHeight = 9
    static let bodyTop = 2

    /// Body patterns (5 rows), `#` set and `.` clear.
    static let bodies: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"], "3": ["###", "..#", ".##", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"], "7": ["###", "..#", "..#", "..#", "..#"],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "###"],
        ".": [".", ".", ".", ".", "#"], ",": ["..", "..", "..", ".#", "#."], ":": [".", "#", ".", "#", "."],
        "%": ["#.#", "..#", ".#.", "#..", "#.#"], "-": ["...", "...", "###", "...", "..."],
        "–": ["....", "....", "####", "....", "...."], "—": [".....", ".....", "#####", ".....", "....."],
        "/": ["..#", "..#", ".#.", "#..", "#.."], "+": ["...", ".#.", "###", ".#.", "..."],
        ">": ["#..", ".#.", "..#", ".#.", "#.."], "<": ["..#", ".#.", "#..", ".#.", "..#"],
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
        "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
        "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
        "O": [".##.", "#..#", "#..#", "#..#", ".##."], "P": ["##.", "#.#", "##.", "#..", "#.."],
        "Q": [".##.", "#..#", "#..#", "#.##", ".###"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
        "Đ": [".###.", ".#..#", "###.#", ".#..#", ".###."],
    ]

    /// Marks above, two rows each: modifiers (circumflex, breve) and tones (acute, grave, hook, tilde).
    static let circumflex = [".#.", "#.#"]
    static let breve = ["#.#", ".#."]
    static let tones: [UInt32: [String]] = [
        0x301: [".#", "#."], 0x300: ["#.", ".#"], 0x309: ["##", ".#"], 0x303: [".##", "##."],
    ]
    static let horn: UInt32 = 0x31B
    static let dotBelow: UInt32 = 0x323

    /// The whole text as one bitmap: glyphs separated by one blank column, with only the mark rows some glyph uses
    /// (`bodyTop` of the result says where the letters' bodies start).
    static func bitmap(for text: String) -> BigBitmap {
        BigTextCache.shared.bitmap(text) { compose(text) }
    }

    /// `bitmap(for:)` without the cache.
    static func compose(_ text: String) -> BigBitmap {
        let glyphs = Array(TextWidth.sanitize(text)).map(glyph(for:))
        guard !glyphs.isEmpty else { return BigBitmap(width: 0, rows: [], bodyTop: 0) }
        let used = (0..<gridHeight).map { r in glyphs.contains { g in g.rows[r].contains(true) } }
        let first = used[0] || used[1] ? 0 : bodyTop
        let last = used[gridHeight - 1] ? gridHeight - 1 : bodyTop + 4
        let width = glyphs.reduce(0) { $0 + $1.width } + glyphs.count - 1
        var rows: [[Bool]] = []
        for r in first...last {
            var row: [Bool] = []
            row.reserveCapacity(width)
            for (i, g) in glyphs.enumerated() {
                if i > 0 { row.append(false) }
                row += g.rows[r]
            }
            rows.append(row)
        }
        return BigBitmap(width: width, rows: rows, bodyTop: bodyTop - first)
    }

    /// One character on the 9-row grid: its upper-case body with its Vietnamese marks; a space (2 pixels) for
    /// anything the font lacks.
    static func glyph(for character: Character) -> Glyph {
        let upper = character == "đ" ? "Đ" : (String(character).uppercased().first ?? character)
        if let body = bodies[upper] { return place(body) }
        let scalars = Array(String(upper).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = scalars.first, let body = bodies[Character(base)] else { return blank(2) }
        var g = place(body)
        let marks = scalars.dropFirst().map(\.value)
        let letterWidth = g.width
        let modifier = marks.contains(0x302) ? circumflex : (marks.contains(0x306) ? breve : nil)
        let modifierX = (letterWidth - 3) / 2
        if let modifier { stamp(modifier, at: modifierX, row: 0, into: &g) }
        if marks.contains(horn) {
            widen(&g, to: letterWidth + 1)
            g.rows[1][letterWidth] = true
            g.rows[2][letterWidth] = true
        }
        if let tone = marks.lazy.compactMap({ tones[$0] }).first {
            let toneWidth = tone[0].count
            // With a circumflex or breve the tone sits to its right, as Vietnamese type sets "ấ", one pixel apart: at
            // scale 1 the two mark rows share a cell row, and touching marks ran together (Ầ read "▄▀▄▀▄").
            let x = modifier == nil ? max(0, (letterWidth - toneWidth) / 2) : modifierX + 3 + 1
            stamp(tone, at: x, row: 0, into: &g)
        }
        if marks.contains(dotBelow) { stamp(["#"], at: letterWidth / 2, row: gridHeight - 1, into: &g) }
        return g
    }

    private static func place(_ body: [String]) -> Glyph {
        let width = body.map(\.count).max() ?? 0
        var g = blank(width)
        stamp(body, at: 0, row: bodyTop, into: &g)
        return g
    }

    private static func blank(_ width: Int) -> Glyph {
        (width, Array(repeating: Array(repeating: false, count: width), count: gridHeight))
    }

    private static func widen(_ g: inout Glyph, to width: Int) {
        guard width > g.width else { return }
        for r in 0..<gridHeight { g.rows[r] += Array(repeating: false, count: width - g.width) }
        g.width = width
    }

    /// Sets the `#` pixels of `pattern` with its top-left at (row, x), widening the glyph when needed.
    private static func stamp(_ pattern: [String], at x: Int, row: Int, into g: inout Glyph) {
        widen(&g, to: x + (pattern.map(\.count).max() ?? 0))
        for (dy, line) in pattern.enumerated() {
            for (dx, ch) in line.enumerated() where ch == "#" { g.rows[row + dy][x + dx] = true }
        }
    }
}
