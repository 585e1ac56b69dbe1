import Foundation

/// A report's figures of air quality: for each station, the days of the period in each VN_AQI band and the days
/// without enough data, and each day's band for the calendar. A day's VN_AQI is the mean of its hourly values
/// (each hour the mean of its readings) when at least `hoursForADay` hours have one — 75 %, as a daily mean
/// needs (QCVN 05:2023/BTNMT's data-completeness rule); else the day has no figure.
public struct AirQualityReport: Sendable, Hashable {
    public struct Day: Sendable, Hashable {
        /// The day's midnight, Vietnam time.
        public var start: Date
        public var aqi: Double?

        public init(start: Date, aqi: Double?) {
            self.start = start; self.aqi = aqi
        }

        public var band: AQICategory? { aqi.map(AQICategory.init(aqi:)) }
    }

    public struct Station: Sendable, Hashable {
        public var key: String
        public var name: String
        public var nameEN: String
        /// Every day of the period (to the time of reading), in order.
        public var days: [Day]

        public init(key: String, name: String, nameEN: String, days: [Day]) {
            self.key = key; self.name = name; self.nameEN = nameEN; self.days = days
        }

        /// Days in `band`.
        public func days(in band: AQICategory) -> Int { days.filter { $0.band == band }.count }

        public var daysWithoutData: Int { days.filter { $0.aqi == nil }.count }

        /// Days in Poor or a worse band (the days residents are told to take care).
        public var poorOrWorseDays: Int { days.filter { ($0.band?.rawValue ?? -1) >= AQICategory.poor.rawValue }.count }
    }

    public static let hoursForADay = 18

    /// One station's days from its hourly means (hour start, mean), and from days already summed (their midnight,
    /// the sum of their hourly means and how many hours: the daily rollups of days whose hours were pruned), for the
    /// days from `start` to `end`.
    public static func days(hourly: [(hour: Date, mean: Double)], daily: [(day: Date, meanSum: Double, hours: Int)] = [],
                            start: Date, end: Date) -> [Day] {
        var byDay: [Int: (sum: Double, hours: Int)] = [:]
        for h in hourly where h.hour >= start && h.hour < end {
            let day = VietnamTime.localDayNumber(h.hour)
            byDay[day, default: (0, 0)].sum += h.mean
            byDay[day, default: (0, 0)].hours += 1
        }
        for d in daily where d.day >= start && d.day < end {
            let day = VietnamTime.localDayNumber(d.day)
            byDay[day, default: (0, 0)].sum += d.meanSum
            byDay[day, default: (0, 0)].hours += d.hours
        }
        var out: [Day] = []
        var day = VietnamTime.startOfDay(start)
        while day < end {
            let figures = byDay[VietnamTime.localDayNumber(day)]
            let aqi = figures.flatMap { $0.hours >= hoursForADay ? $0.sum / Double($0.hours) : nil }
            out.append(Day(start: day, aqi: aqi))
            day = VietnamTime.startOfDay(day.addingTimeInterval(86_400 + 3_600))
        }
        return out
    }
}
