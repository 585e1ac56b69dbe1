/// Why an operator's action on a source was refused (nothing changed).
public enum SourceActionRefusal: Error, Sendable, Hashable {
    /// No source has this id in the database.
    case unknownSource(String)
}
