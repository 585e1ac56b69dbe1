extension TextAttributes {
    /// Each attribute with its theme-file name, in a fixed order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
        ("blink", .blink),
    ]

    /// The attributes as names joined by `+` (`"bold+reverse"`), or `"-"` when empty.
    public var names: String {
        let parts = TextAttributes.named.filter { contains($0.attribute) }.map(\.name)
        return parts.isEmpty ? "-" : parts.joined(separator: "+")
    }
}
