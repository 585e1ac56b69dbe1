import IOCDomain

/// A calendar heat map: for each row (an air-quality station) a grid of days, a column per week and a row per
/// weekday, each day filled with its VN_AQI band's official colour and its band's initial written in it (never by
/// colour alone); a day without enough data is left blank.
public struct ReportCalendarChart: Sendable {
    public struct Day: Sendable, Hashable {
        /// Days since the first day shown (0 …).
        public var index: Int
        /// 0 Monday … 6 Sunday.
        public var weekday: Int
        public var band: AQICategory?
        public var tooltip: String

        public init(index: Int, weekday: Int, band: AQICategory?, tooltip: String) {
            self.index = index; self.weekday = weekday; self.band = band; self.tooltip = tooltip
        }
    }

    public struct Row: Sendable {
        public var label: String
        public var days: [Day]

        public init(label: String, days: [Day]) {
            self.label = label; self.days = days
        }
    }

    public var title: String
    public var rows: [Row]
    /// The weekday of the first day shown (0 Monday … 6 Sunday).
    public var firstWeekday: Int
    /// A label over the first week of each month (index of the day, text).
    public var monthStarts: [(day: Int, label: String)]
    public var weekdayLabels: [String]
    public var bandLabels: [(band: AQICategory, label: String)]
    public var noDataLabel: String

    public init(title: String, rows: [Row], firstWeekday: Int, monthStarts: [(day: Int, label: String)],
                weekdayLabels: [String], bandLabels: [(band: AQICategory, label: String)], noDataLabel: String) {
        self.title = title; self.rows = rows; self.firstWeekday = firstWeekday; self.monthStarts = monthStarts
        self.weekdayLabels = weekdayLabels; self.bandLabels = bandLabels; self.noDataLabel = noDataLabel
    }
}
