import TUICore

extension Buffer {
    /// A blank buffer of the given size with `draw` applied to it, for compact tests.
    static func drawn(width: Int, height: Int, _ draw: (inout Buffer, Rect) -> Void) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        draw(&buffer, buffer.area)
        return buffer
    }
}
