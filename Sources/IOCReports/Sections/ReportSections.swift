import IOCDomain

/// The report's document from its figures: its sections in order, numbered here (one place for the order).
public enum ReportSections {
    public static func document(_ f: ReportFigures, _ lang: Language) -> ReportDocument {
        let sections = [SourceSection.make(f, lang), AlarmSection.make(f, lang), ShiftSection.make(f, lang),
                        IndicatorSection.make(f, lang), DossierSection.make(f, lang), FeedbackSection.make(f, lang),
                        IncidentSection.make(f, lang), AirQualitySection.make(f, lang), DirectiveSection.make(f, lang)]
        return ReportDocument(
            title: ReportText.title(f, lang),
            preamble: [ReportText.readAt(f, lang)] + [ReportText.hidden(f, lang)].compactMap { $0 },
            sections: sections.enumerated().map { i, s in
                var s = s
                s.title = "\(i + 1). " + s.title
                s.tables = s.tables.map { grouped($0, lang) }
                return s
            })
    }

    /// Whole numbers as people read them: "864.000" / "864,000" (the value for programs stays as it is).
    static func grouped(_ t: ReportTable, _ lang: Language) -> ReportTable {
        var t = t
        t.rows = t.rows.map { row in
            row.map { cell in
                guard case .integer(let n) = cell.value, cell.text == String(n), abs(n) >= 1000 else { return cell }
                return ReportCell(lang.numberStyle.format(n), cell.value)
            }
        }
        return t
    }
}
