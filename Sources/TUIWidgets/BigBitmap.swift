/// A one-bit picture in font pixels: what `BigText` scales into block characters.
struct BigBitmap: Sendable, Hashable {
    /// Width in pixels.
    var width: Int
    /// Rows of pixels, top to bottom; every row has `width` entries.
    var rows: [[Bool]]
    /// The row where the letters' bodies start: 2 when some glyph has a mark above, else 0.
    var bodyTop: Int

    /// Whether the pixel at (row, column) is set; false outside the bitmap.
    func isSet(row: Int, column: Int) -> Bool {
        guard row >= 0, row < rows.count, column >= 0, column < width else { return false }
        return rows[row][column]
    }
}
