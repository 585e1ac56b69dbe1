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
        for y in 0..<new.height {
            for x in 0..<new.width {
                let cell = new[x, y]
                guard cell.width != 0 else { continue }
                if cell != old[x, y] {
                    out.append(CellChange(x: x, y: y, cell: cell))
                } else if cell.width == 2, x + 1 < new.width, old[x + 1, y] != new[x + 1, y] {
                    // Same head, but its right half changed style: redraw the head.
                    out.append(CellChange(x: x, y: y, cell: cell))
                }
            }
        }
        return out
    }
}
