/// The direction along which `Layout` splits a rectangle.
public enum Axis: Sendable, Hashable {
    case horizontal, vertical
}
