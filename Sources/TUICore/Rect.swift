/// A rectangle of terminal cells: origin at the top-left, sizes never negative.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rectangle at the origin with no cells.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }

    /// The row just below the rectangle.
    public var maxY: Int { y + height }

    /// The rectangle shrunk by `n` cells on every side; sizes never go below zero.
    public func inset(_ n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }

    /// The cells both rectangles share (an empty rectangle when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = Swift.max(x, other.x)
        let top = Swift.max(y, other.y)
        let right = Swift.min(maxX, other.maxX)
        let bottom = Swift.min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// True when the cell at (px, py) lies inside the rectangle.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// A rectangle of the given size centred in this one (clipped to it).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = Swift.min(Swift.max(0, w), width)
        let ch = Swift.min(Swift.max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// The single row `dy` rows below the top (empty when outside the rectangle).
    public func row(_ dy: Int) -> Rect {
        guard dy >= 0, dy < height else { return Rect(x: x, y: y + Swift.max(0, dy), width: 0, height: 0) }
        return Rect(x: x, y: y + dy, width: width, height: 1)
    }
}
