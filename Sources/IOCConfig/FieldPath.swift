import Foundation

/// A dotted path into a JSON record, e.g. `data.items`, `properties.aqi` or `readings.0.value` (a number indexes a list).
/// The empty path is the record itself.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
    public var components: [String]

    public init(components: [String]) { self.components = components }

    /// Splits on dots; nil when a component is empty (`a..b`, `.a`, `a.`).
    public init?(_ text: String) {
        if text.isEmpty { self.components = []; return }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty) else { return nil }
        self.components = parts
    }

    public var description: String { components.joined(separator: ".") }

    /// The value at this path in a `JSONSerialization` tree, or nil when a step is missing or of the wrong shape.
    /// JSON `null` counts as missing.
    public func lookup(in json: Any) -> Any? {
        var current: Any = json
        for component in components {
            if let object = current as? [String: Any], let next = object[component] {
                current = next
            } else if let array = current as? [Any], let index = Int(component), array.indices.contains(index) {
                current = array[index]
            } else {
                return nil
            }
        }
        if current is NSNull { return nil }
        return current
    }
}
