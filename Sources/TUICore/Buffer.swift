/// A grid of cells that widgets draw into; the backend diffs two buffers and draws only the changes.
///
/// Invariant kept by every mutating method: a cell of width 2 is always followed by a continuation cell
/// (width 0), and a continuation cell always follows a cell of width 2. Overwriting half of a wide grapheme
/// blanks the other half.
public struct Buffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    private(set) var cells: [Cell]

    /// A buffer of blank cells; negative sizes are clamped to zero.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y). Out of range: get returns `.blank`, set is ignored.
    ///
    /// Setting a wide cell also writes its continuation (or a blank when it would not fit); setting over
    /// half of a wide grapheme blanks the other half.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < width, y < height else { return .blank }
            return cells[y * width + x]
        }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            if newValue.width == 2 {
                if x + 1 < width {
                    put(newValue, x: x, y: y)
                    put(.continuation(style: newValue.style), x: x + 1, y: y)
                } else {
                    put(Cell(grapheme: " ", width: 1, style: newValue.style), x: x, y: y)
                }
            } else if newValue.width == 0 {
                // A lone continuation is only valid right after a wide head.
                if x > 0, cells[y * width + x - 1].width == 2 {
                    cells[y * width + x] = newValue
                } else {
                    put(Cell(grapheme: " ", width: 1, style: newValue.style), x: x, y: y)
                }
            } else {
                put(newValue, x: x, y: y)
            }
        }
    }

    /// Stores one cell, blanking any half of a wide grapheme it breaks. (x, y) must be in range.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let i = y * width + x
        let old = cells[i]
        if old.width == 0, x > 0, cell.width != 0 {
            let head = i - 1
            if cells[head].width == 2 {
                cells[head] = Cell(grapheme: " ", width: 1, style: cells[head].style)
            }
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            let tail = i + 1
            if cells[tail].width == 0 {
                cells[tail] = Cell(grapheme: " ", width: 1, style: cells[tail].style)
            }
        }
        cells[i] = cell
    }

    /// Writes text at (x,y) clipped to `maxWidth` columns (default: to the right edge), sanitising it first
    /// (TextWidth.sanitize), never splitting a wide grapheme (pad with a space instead). Returns columns written.
    ///
    /// Columns left of 0 are skipped (a wide grapheme cut by the left edge shows as a space); the return value
    /// counts only columns written inside the buffer.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit: Int
        if let maxWidth {
            guard maxWidth > 0 else { return 0 }
            limit = min(width, x + maxWidth)
        } else {
            limit = width
        }
        guard limit > 0 else { return 0 }
        let (clean, simple) = TextWidth.sanitizeClassified(text)
        if simple {
            // Every scalar is its own grapheme: no grapheme breaking, no Character allocation.
            var cx = x
            var written = 0
            for scalar in clean.unicodeScalars {
                if cx >= limit { break }
                let w = TextWidth.scalarWidth(scalar)
                if w == 0 { continue }
                if !place(String(Character(scalar)), width: w, y: y, style: style, cx: &cx, written: &written,
                          limit: limit) { break }
            }
            return written
        }
        var cx = x
        var written = 0
        for g in clean {
            if cx >= limit { break }
            let w = TextWidth.width(of: g)
            if w == 0 { continue }
            if !place(String(g), width: w, y: y, style: style, cx: &cx, written: &written, limit: limit) { break }
        }
        return written
    }

    /// Places one grapheme of display width `w` (1 or 2) at column `cx` of row `y` for `write`, advancing `cx` and
    /// `written`. Returns false when writing must stop: a wide grapheme that does not fit before `limit` becomes a
    /// space. One cut by the left edge shows its right half as a space.
    @inline(__always)
    private mutating func place(_ g: String, width w: Int, y: Int, style: Style, cx: inout Int, written: inout Int,
                                limit: Int) -> Bool {
        if cx + w > limit {
            // A wide grapheme that does not fit: pad with a space instead of splitting it.
            if cx >= 0 {
                put(Cell(grapheme: " ", width: 1, style: style), x: cx, y: y)
                written += 1
            }
            return false
        }
        if cx < 0 {
            if cx + w > 0 {
                // The right half of a wide grapheme cut by the left edge.
                put(Cell(grapheme: " ", width: 1, style: style), x: 0, y: y)
                written += 1
            }
            cx += w
            return true
        }
        if w == 2 {
            put(Cell(grapheme: g, width: 2, style: style), x: cx, y: y)
            put(.continuation(style: style), x: cx + 1, y: y)
        } else {
            put(Cell(grapheme: g, width: 1, style: style), x: cx, y: y)
        }
        cx += w
        written += w
        return true
    }

    /// Fills `rect` (clipped to the buffer) with `grapheme` in `style`; a wide grapheme is laid in pairs and
    /// an odd last column gets a space.
    public mutating func fill(_ rect: Rect, style: Style, grapheme: String = " ") {
        let clip = rect.intersection(area)
        guard !clip.isEmpty else { return }
        let clean = TextWidth.sanitize(grapheme)
        var g = clean.first.map(String.init) ?? " "
        var w = clean.first.map(TextWidth.width(of:)) ?? 1
        if w == 0 { g = " "; w = 1 }
        if w == 1 {
            // Narrow grapheme: assign the row's cells directly; only the edges can break a wide grapheme.
            let cell = Cell(grapheme: g, width: 1, style: style)
            let width = self.width
            // One uniqueness check for the whole fill, not one per cell (a frame fills tens of thousands of cells).
            cells.withUnsafeMutableBufferPointer { cells in
                for row in clip.y..<clip.maxY {
                    let base = row * width
                    if clip.x > 0, cells[base + clip.x].width == 0, cells[base + clip.x - 1].width == 2 {
                        cells[base + clip.x - 1] = Cell(grapheme: " ", width: 1, style: cells[base + clip.x - 1].style)
                    }
                    if clip.maxX < width, cells[base + clip.maxX - 1].width == 2, cells[base + clip.maxX].width == 0 {
                        cells[base + clip.maxX] = Cell(grapheme: " ", width: 1, style: cells[base + clip.maxX].style)
                    }
                    UnsafeMutableBufferPointer(rebasing: cells[(base + clip.x)..<(base + clip.maxX)]).update(repeating: cell)
                }
            }
            return
        }
        for row in clip.y..<clip.maxY {
            var cx = clip.x
            while cx < clip.maxX {
                if w == 2 && cx + 1 < clip.maxX {
                    put(Cell(grapheme: g, width: 2, style: style), x: cx, y: row)
                    put(.continuation(style: style), x: cx + 1, y: row)
                    cx += 2
                } else {
                    put(Cell(grapheme: w == 2 ? " " : g, width: 1, style: style), x: cx, y: row)
                    cx += 1
                }
            }
        }
    }

    /// Changes only the style (keeps graphemes) in rect, e.g. to highlight a selected row.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let clip = rect.intersection(area)
        guard !clip.isEmpty else { return }
        for row in clip.y..<clip.maxY {
            for col in clip.x..<clip.maxX {
                cells[row * width + col].style = style
            }
        }
    }

    /// Patches the style of every cell in rect with `style` (see `Style.patched(with:)`), keeping graphemes.
    public mutating func patchStyle(_ rect: Rect, _ style: Style) {
        let clip = rect.intersection(area)
        guard !clip.isEmpty else { return }
        for row in clip.y..<clip.maxY {
            for col in clip.x..<clip.maxX {
                cells[row * width + col].style = cells[row * width + col].style.patched(with: style)
            }
        }
    }

    /// `count` cells of row `y` from column `x`, as stored (for `paste`). The range must be inside the buffer.
    func rowCells(_ y: Int, from x: Int, count: Int) -> ArraySlice<Cell> {
        cells[(y * width + x)..<(y * width + x + count)]
    }

    /// Stores `new` as they are in row `y` from column `x` (for `paste`), blanking this buffer's wide graphemes that
    /// the run cuts at its edges. The run must fit inside the row.
    mutating func replaceCells(row y: Int, from x: Int, with new: ArraySlice<Cell>) {
        let base = y * width
        let end = x + new.count
        if x > 0, cells[base + x].width == 0, cells[base + x - 1].width == 2 {
            cells[base + x - 1] = Cell(grapheme: " ", width: 1, style: cells[base + x - 1].style)
        }
        cells.replaceSubrange((base + x)..<(base + end), with: new)
        if end < width, cells[base + end].width == 0, cells[base + end - 1].width != 2 {
            cells[base + end] = Cell(grapheme: " ", width: 1, style: cells[base + end].style)
        }
    }

    /// The row's text, wide chars once, trailing spaces kept ("" when out of range).
    public func rowText(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var out = ""
        out.reserveCapacity(width)
        for col in 0..<width {
            out += cells[y * width + col].grapheme
        }
        return out
    }
}
