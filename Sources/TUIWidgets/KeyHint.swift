/// A key and what it does, as shown in the help bar ("q" "Thoát").
public struct KeyHint: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}
