import TUICore

/// The dashboard panels' bodies as last drawn, one per panel, kept between frames by the loop that draws them.
///
/// An idle console draws a frame a second for its clock and the data ages, but a panel's table changes only when
/// its data does: a body equal to the one drawn last time (`PanelBody`: same rows, state, size and styles) is
/// pasted instead of laid out again. The frame is the one drawing without it gives (`PanelBodiesTests`).
/// Not thread-safe: one per drawing loop.
public final class PanelBodies {
    private var drawn: [String: (body: PanelBody, cells: Buffer)] = [:]

    public init() {}

    /// Draws `body` into `inner` of `b`, pasting the cells drawn for panel `id` last time when the body is the same.
    func draw(_ body: PanelBody, id: String, into b: inout Buffer, inner: Rect) {
        if let last = drawn[id], last.body == body {
            b.paste(last.cells, x: inner.x, y: inner.y)
            return
        }
        // Drawn on its own over a cleared area, as `Panel` leaves the inner area of the frame.
        var cells = Buffer(width: inner.width, height: inner.height)
        cells.fill(cells.area, style: body.styles.text)
        body.render(into: &cells, inner: cells.area)
        b.paste(cells, x: inner.x, y: inner.y)
        drawn[id] = (body, cells)
    }

    /// Forgets the panels not in `ids` (a layout with other panels was loaded).
    func keep(only ids: Set<String>) {
        drawn = drawn.filter { ids.contains($0.key) }
    }
}
