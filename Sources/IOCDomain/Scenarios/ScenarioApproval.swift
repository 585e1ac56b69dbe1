/// Who approved a scenario template's version, when, and by which document: a scenario is a procedure the city
/// signed off ("kịch bản được phê duyệt"), not an operator's note.
public struct ScenarioApproval: Sendable, Hashable, Codable {
    /// The approving authority or person ("Ban Chỉ huy PTDS thành phố").
    public var by: String
    /// The day of approval, `YYYY-MM-DD`.
    public var on: String
    /// The approving document's number, e.g. "QĐ 1869/QĐ-UBND", when there is one.
    public var document: String?

    public init(by: String, on: String, document: String? = nil) {
        self.by = by; self.on = on; self.document = document
    }
}
