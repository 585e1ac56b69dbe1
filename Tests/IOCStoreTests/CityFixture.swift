import Foundation
import IOCDomain

/// Builders for hand-made store fixtures: fixed times, short constructors for events and series.
enum CityFixture {
    /// 2026-01-01T00:00:00Z, a whole second so millisecond storage round-trips exactly.
    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86400

    static func source(_ id: String = "sim", name: String = "Simulator", kind: String = "simulator") -> SourceHealth {
        SourceHealth(sourceID: id, name: name, kind: kind, intervalSeconds: 5)
    }

    static let agencies = [
        Agency(code: "SXD", name: "Sở Xây dựng", nameEN: "Department of Construction"),
        Agency(code: "STNMT", name: "Sở Tài nguyên và Môi trường", nameEN: "Department of Natural Resources"),
    ]

    static let wards = [
        Ward(code: "00070", name: "Phường Hoàn Kiếm", type: "phường", provinceCode: "1"),
        Ward(code: "00004", name: "Phường Ba Đình", type: "phường", provinceCode: "1"),
    ]

    static func series(_ key: String, pillar: Pillar, name: String = "Chỉ số", unit: String = "") -> SeriesDefinition {
        SeriesDefinition(key: key, pillar: pillar, name: name, nameEN: key, unit: unit, target: 100,
                         direction: .higherIsBetter)
    }

    /// An event opened `openedAgo` before `now`; `due` and `closed` are offsets from `now` (negative = past).
    static func event(_ kind: EventKind, _ id: String, status: EventStatus, agency: String? = "SXD",
                      ward: String? = nil, category: String = "", now: Date = t0, openedAgo: TimeInterval,
                      due: TimeInterval? = nil, closed: TimeInterval? = nil, updated: Date? = nil,
                      title: String? = nil) -> CityEvent {
        CityEvent(kind: kind, externalID: id, title: title ?? "\(kind.rawValue) \(id)", status: status,
                  category: category, agencyCode: agency, wardCode: ward,
                  openedAt: now.addingTimeInterval(-openedAgo), dueAt: due.map { now.addingTimeInterval($0) },
                  closedAt: closed.map { now.addingTimeInterval($0) }, updatedAt: updated ?? now)
    }

    /// `count` observations of `key`, one per `step`, ending at `end`, valued `value(i)` (i = 0 oldest).
    static func observations(_ key: String, count: Int, step: TimeInterval, end: Date,
                             value: (Int) -> Double) -> [Observation] {
        (0..<count).map { i in
            Observation(seriesKey: key, time: end.addingTimeInterval(-Double(count - 1 - i) * step), value: value(i))
        }
    }
}
