extension Buffer {
    /// Copies every cell of `source` into this buffer with its top-left corner at (x, y), clipped to this buffer.
    ///
    /// The cells go as they are (a wide grapheme with its continuation), so pasting a buffer rendered on its own
    /// gives the cells that rendering the same thing here would have given, as long as the source was rendered
    /// over a cleared area. A wide grapheme cut by either edge of the paste (this buffer's or the source's)
    /// becomes a space.
    public mutating func paste(_ source: Buffer, x: Int, y: Int) {
        let target = Rect(x: x, y: y, width: source.width, height: source.height)
        let clip = target.intersection(area)
        guard !clip.isEmpty else { return }
        for row in clip.y..<clip.maxY {
            let sourceRow = row - y
            // The row in one copy, then the two edges made whole.
            replaceCells(row: row, from: clip.x, with: source.rowCells(sourceRow, from: clip.x - x, count: clip.width))
            let first = self[clip.x, row]
            if first.width == 0 {
                self[clip.x, row] = Cell(grapheme: " ", width: 1, style: first.style)
            }
            let last = self[clip.maxX - 1, row]
            if last.width == 2 {
                self[clip.maxX - 1, row] = Cell(grapheme: " ", width: 1, style: last.style)
            }
        }
    }
}
