import IOCConfig
/// A terminal size in cells, e.g. the threshold below which a layout switches to its compact rows.
public struct TerminalSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) { self.width = width; self.height = height }
}
