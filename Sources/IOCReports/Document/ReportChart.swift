/// A chart in a section, drawn as inline SVG in HTML (`ReportSVG`); the forms without pictures have its figures in
/// the section's tables.
public enum ReportChart: Sendable {
    case bars(ReportBarChart)
    case trend(ReportTrendChart)
    case calendar(ReportCalendarChart)
}
