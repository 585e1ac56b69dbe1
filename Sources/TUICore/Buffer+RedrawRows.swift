extension Buffer {
    /// Lets `draw` change `rows` of this buffer in place and returns the cells that changed in them, as
    /// `BufferDiff.changes` would list them: for a frame in which only these rows can move (the clock's), so that
    /// the other rows are neither copied nor compared. `draw` must not touch any other row.
    public mutating func redrawRows(_ rows: [Int], _ draw: (inout Buffer) -> Void) -> [CellChange] {
        let kept = rows.filter { $0 >= 0 && $0 < height }
        let before = kept.map { y in (0..<width).map { self[$0, y] } }
        draw(&self)
        var out: [CellChange] = []
        for (index, y) in kept.enumerated() {
            let old = before[index]
            for x in 0..<width {
                let cell = self[x, y]
                guard cell.width != 0 else { continue }
                if cell != old[x] || (cell.width == 2 && x + 1 < width && old[x + 1] != self[x + 1, y]) {
                    out.append(CellChange(x: x, y: y, cell: cell))
                }
            }
        }
        return out
    }
}
