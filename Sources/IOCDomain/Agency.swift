/// A department (Sở), board or agency of the city that owns data, dossiers, feedback and directives.
public struct Agency: Sendable, Codable, Hashable {
    /// Short stable code, e.g. `SXD` (Sở Xây dựng).
    public var code: String
    /// Full Vietnamese name, e.g. "Sở Xây dựng".
    public var name: String
    /// English name.
    public var nameEN: String

    public init(code: String, name: String, nameEN: String) {
        self.code = code; self.name = name; self.nameEN = nameEN
    }
}
