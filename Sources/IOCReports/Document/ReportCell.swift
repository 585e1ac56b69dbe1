/// A cell: the text a person reads ("85,0%", "4 ph 05 s") and the value a program reads (85.0, 245 seconds).
public struct ReportCell: Sendable, Hashable {
    public var text: String
    public var value: ReportValue

    public init(_ text: String, _ value: ReportValue) {
        self.text = text; self.value = value
    }

    /// A whole number, read as it is.
    public static func count(_ n: Int) -> ReportCell { ReportCell("\(n)", .integer(n)) }

    /// Text, the same for people and programs.
    public static func text(_ s: String) -> ReportCell { ReportCell(s, .text(s)) }
}
