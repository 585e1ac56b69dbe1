import TUICore
import TUIWidgets

/// The dashboard panels' bodies as last drawn, one per panel, kept between frames by the loop that draws them.
///
/// A whole frame comes with every change of the model (new traffic speeds every poll), but a panel's body changes
/// only when what it is built from does: a panel built from the same inputs as last time (`PanelInputs`: its data,
/// state, size, styles and the clock's 10-second step) is pasted without being built, and a body equal to the one
/// drawn last time (`PanelBody`) is pasted instead of laid out again. The frame is the one drawing without it gives,
/// but for what moves with the clock alone within a 10-second step (`PanelBodiesTests`).
/// Not thread-safe: one per drawing loop.
public final class PanelBodies {
    private var drawn: [String: (inputs: PanelInputs, body: PanelBody, cells: Buffer)] = [:]

    public init() {}

    /// The cells and summary severity drawn last time for panel `id`, when it was built from the same inputs: the
    /// panel is pasted without building its body.
    func kept(id: String, inputs: PanelInputs) -> (cells: Buffer, severity: Severity)? {
        guard let last = drawn[id], last.inputs == inputs else { return nil }
        return (last.cells, last.body.summarySeverity)
    }

    /// Draws `body`, built from `inputs`, into `inner` of `b`, pasting the cells drawn for panel `id` last time when
    /// the body is the same.
    func draw(_ body: PanelBody, inputs: PanelInputs, id: String, into b: inout Buffer, inner: Rect) {
        if let last = drawn[id], last.body == body {
            b.paste(last.cells, x: inner.x, y: inner.y)
            drawn[id] = (inputs, body, last.cells)
            return
        }
        // Drawn on its own over a cleared area, as `Panel` leaves the inner area of the frame.
        var cells = Buffer(width: inner.width, height: inner.height)
        cells.fill(cells.area, style: body.styles.text)
        body.render(into: &cells, inner: cells.area)
        b.paste(cells, x: inner.x, y: inner.y)
        drawn[id] = (inputs, body, cells)
    }

    /// Forgets the panels not in `ids` (a layout with other panels was loaded).
    func keep(only ids: Set<String>) {
        drawn = drawn.filter { ids.contains($0.key) }
    }
}
