import IOCDomain

/// The forms a report is written in: Markdown with tables (to read or paste), HTML with charts (to read, print on
/// A4 or send), JSON and CSV (the figures, for other programs and spreadsheets).
public enum ReportFormat: String, Sendable, CaseIterable {
    case md
    case json
    case csv
    case html

    /// The report of `figures` in this form, in `lang`.
    public func render(_ figures: ReportFigures, _ lang: Language) throws -> String {
        switch self {
        case .md: return ReportMarkdown.render(figures, lang)
        case .json: return try ReportJSON.render(figures, lang)
        case .csv: return ReportCSV.render(figures, lang)
        case .html: return ReportHTML.render(figures, lang)
        }
    }
}
