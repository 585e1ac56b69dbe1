import IOCDomain

/// A report laid out once, in one language, for every form to write: its title, the lines under it (when the
/// figures were read, what is left out), then its sections. Markdown, HTML, CSV and JSON each write this document,
/// so a figure, its label and its rule are said in one place (`ReportSections`).
public struct ReportDocument: Sendable {
    public var title: String
    /// Under the title: when the figures were read and against what; what this reader may not see.
    public var preamble: [String]
    public var sections: [ReportSection]

    public init(title: String, preamble: [String], sections: [ReportSection]) {
        self.title = title; self.preamble = preamble; self.sections = sections
    }
}
