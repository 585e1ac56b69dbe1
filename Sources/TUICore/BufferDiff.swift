/// Compares two frames and lists the cells the terminal must redraw.
public enum BufferDiff {
    /// Changed cells only (all cells when `old` is nil or sizes differ); wide chars handled at edges.
    ///
    /// Continuation cells (the right half of a wide grapheme) are never listed: drawing the wide grapheme
    /// covers them. A wide grapheme replaced by narrow ones lists both narrow cells, since both differ.
    public static func changes(from old: Buffer?, to new: Buffer) -> [CellChange] {
        var out: [CellChange] = []
        guard let old, old.width == new.width, old.height == new.height else {
            out.reserveCapacity(new.width * new.height)
            for y in 0..<new.height {
                for x in 0..<new.width {
                    let cell = new[x, y]
                    if cell.width != 0 { out.append(CellChange(x: x, y: y, cell: cell)) }
                }
            }
            return out
        }
        // Through the two cell arrays directly: this compares every cell of every whole frame.
        let width = new.width
        old.cells.withUnsafeBufferPointer { before in
            new.cells.withUnsafeBufferPointer { after in
                for y in 0..<new.height {
                    let base = y * width
                    for x in 0..<width {
                        let i = base + x
                        guard after[i].width != 0 else { continue }
                        if !Self.same(after[i], before[i]) {
                            out.append(CellChange(x: x, y: y, cell: after[i]))
                        } else if after[i].width == 2, x + 1 < width, !Self.same(before[i + 1], after[i + 1]) {
                            // Same head, but its right half changed style: redraw the head.
                            out.append(CellChange(x: x, y: y, cell: after[i]))
                        }
                    }
                }
            }
        }
        return out
    }

    /// Whether two cells draw the same: the cheap fields first, the grapheme last.
    @inline(__always)
    static func same(_ a: Cell, _ b: Cell) -> Bool {
        a.width == b.width && a.style == b.style && a.grapheme == b.grapheme
    }
}
