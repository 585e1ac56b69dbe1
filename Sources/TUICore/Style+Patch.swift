extension Style {
    /// This style with `other` laid over it: `other`'s non-default colours win, attributes are combined.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }

    /// True for the style of an untouched cell: default colours and no attributes.
    public var isPlain: Bool { self == .plain }
}
