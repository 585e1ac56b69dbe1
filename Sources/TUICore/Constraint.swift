/// How much of the available length (width or height) a layout slot takes.
public enum Constraint: Hashable, Sendable { case fixed(Int), percent(Int), fill(Int), min(Int) }
