import Foundation
import IOCDomain
import IOCStore
import IOCTestSupport
import XCTest

/// The console's reads: dashboard figures against the official formulas, drill-down ordering.
extension CityStoreTests {
    /// Dossiers of SXD covering every deadline class, one STNMT dossier, one old closed SXD dossier out of period.
    static let dossiers: [CityEvent] = [
        F.event(.dossier, "d1", status: .done, openedAgo: 10 * F.day, due: -5 * F.day, closed: -7 * F.day),
        F.event(.dossier, "d2", status: .done, openedAgo: 10 * F.day, due: -3 * F.day, closed: -3 * F.day - F.hour),
        F.event(.dossier, "d3", status: .done, openedAgo: 10 * F.day, due: -5 * F.day, closed: -4 * F.day),
        F.event(.dossier, "d4", status: .inProgress, openedAgo: 9 * F.day, due: -2 * F.day),
        F.event(.dossier, "d5", status: .received, openedAgo: 2 * F.day, due: 12 * F.hour),
        F.event(.dossier, "d6", status: .inProgress, openedAgo: 1 * F.day, due: 3 * F.day),
        F.event(.dossier, "d7", status: .inProgress, openedAgo: 60 * F.day, due: -40 * F.day),
        F.event(.dossier, "d8", status: .done, openedAgo: 60 * F.day, due: -50 * F.day, closed: -45 * F.day),
        F.event(.dossier, "d9", status: .done, agency: "STNMT", openedAgo: 5 * F.day, due: -1 * F.day,
                closed: -1 * F.day - 2 * F.hour),
    ]

    static let feedback: [CityEvent] = [
        F.event(.feedback, "f1", status: .new, agency: "STNMT", openedAgo: 2 * F.hour, due: 20 * F.hour),
        F.event(.feedback, "f2", status: .routed, agency: "STNMT", openedAgo: 3 * F.day, due: 2 * F.day),
        F.event(.feedback, "f3", status: .inProgress, agency: "STNMT", openedAgo: 10 * F.day, due: -1 * F.day),
        F.event(.feedback, "f4", status: .resolved, agency: "STNMT", openedAgo: 8 * F.day, due: -5 * F.day,
                closed: -6 * F.day),
        F.event(.feedback, "f5", status: .rated, agency: "STNMT", openedAgo: 40 * F.day, due: -35 * F.day,
                closed: -36 * F.day),
        F.event(.feedback, "f6", status: .inProgress, agency: "STNMT", openedAgo: 45 * F.day, due: -30 * F.day),
    ]

    func makeCityStore(_ temp: TemporaryDatabase) throws -> CityStore {
        let store = try temp.openStore()
        try store.registerSource(F.source())
        let incidents = [
            F.event(.incident, "i1", status: .open, agency: nil, ward: "00070", category: "fire", openedAgo: 300),
            F.event(.incident, "i2", status: .open, agency: nil, category: "traffic_accident", openedAgo: 100),
            F.event(.incident, "i3", status: .closed, agency: nil, category: "traffic_accident", openedAgo: 900,
                    closed: -60),
            F.event(.incident, "i4", status: .open, agency: nil, category: "traffic_accident", openedAgo: 50),
        ]
        let directives = [
            F.event(.directive, "cd1", status: .open, openedAgo: 30 * F.day, due: 10 * F.day),
            F.event(.directive, "cd2", status: .open, openedAgo: 30 * F.day, due: -2 * F.day),
            F.event(.directive, "cd3", status: .closed, openedAgo: 30 * F.day, due: -20 * F.day, closed: -21 * F.day),
            F.event(.directive, "cd4", status: .open, openedAgo: 30 * F.day),
        ]
        let series = [F.series("kt.grdp", pillar: .socioEconomic, name: "Tăng trưởng GRDP", unit: "%"),
                      F.series("aqi.hk", pillar: .publicOrder, name: "VN_AQI Hoàn Kiếm"),
                      F.series("traffic.c1", pillar: .publicOrder, name: "Tốc độ trục 1", unit: "km/h")]
        let observations = F.observations("aqi.hk", count: 100, step: 60, end: F.t0) { Double($0) }
            + F.observations("kt.grdp", count: 3, step: 30 * F.day, end: F.t0 - F.day) { 7 + Double($0) / 2 }
        try store.recordSuccess(sourceID: "sim", batch: Batch(
            seriesDefinitions: series, observations: observations,
            events: Self.dossiers + Self.feedback + incidents + directives, agencies: F.agencies, wards: F.wards),
            at: F.t0, durationMs: 4)
        return store
    }

    func testDossierFiguresFollowTheOfficialFormula() throws {
        let temp = temporaryDatabase()
        let snapshot = try makeCityStore(temp).dashboard(now: F.t0, periodDays: 30)
        XCTAssertEqual(snapshot.government.map(\.agencyCode), ["STNMT", "SXD"])
        let sxd = try XCTUnwrap(snapshot.government.first { $0.agencyCode == "SXD" })
        XCTAssertEqual(sxd.agencyName, "Sở Xây dựng")
        XCTAssertEqual(sxd, AgencyPerformance(agencyCode: "SXD", agencyName: "Sở Xây dựng", workload: 7,
                                               inProgress: 4, doneEarly: 1, doneOnTime: 1, doneLate: 1,
                                               lateInProgress: 2, dueSoon: 1,
                                               agencyNameEN: "Department of Construction"))
        XCTAssertEqual(try XCTUnwrap(sxd.lateRate), 3.0 / 7.0 * 100, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(sxd.onTimeRate), 100 - 300.0 / 7.0, accuracy: 1e-9)

        // Cross-check every agency against DeadlineStatus.classify over the same workload set.
        let periodStart = F.t0 - 30 * F.day
        for performance in snapshot.government {
            let workload = Self.dossiers.filter {
                $0.agencyCode == performance.agencyCode && ($0.openedAt >= periodStart || $0.status.isOpen)
            }
            let classes = workload.map { DeadlineStatus.classify($0, now: F.t0) }
            XCTAssertEqual(performance.workload, workload.count)
            XCTAssertEqual(performance.inProgress, workload.filter(\.status.isOpen).count)
            XCTAssertEqual(performance.doneEarly, classes.filter { $0 == .doneEarly }.count)
            XCTAssertEqual(performance.doneOnTime, classes.filter { $0 == .doneOnTime }.count)
            XCTAssertEqual(performance.doneLate, classes.filter { $0 == .doneLate }.count)
            XCTAssertEqual(performance.lateInProgress, classes.filter { $0 == .overdue }.count)
            XCTAssertEqual(performance.dueSoon, classes.filter { $0 == .dueSoon }.count)
        }
        XCTAssertEqual(snapshot.governmentTotal.workload, 8)
        XCTAssertEqual(snapshot.governmentTotal.doneOnTime, 2)
    }

    func testFeedbackFiguresPerAgency() throws {
        let temp = temporaryDatabase()
        let snapshot = try makeCityStore(temp).dashboard(now: F.t0, periodDays: 30)
        XCTAssertEqual(snapshot.feedback, [FeedbackSummary(
            agencyCode: "STNMT", agencyName: "Sở Tài nguyên và Môi trường", received: 4, routed: 3, inProgress: 2,
            resolved: 1, overdue: 2, dueSoon: 1, agencyNameEN: "Department of Natural Resources")])
        XCTAssertEqual(try XCTUnwrap(snapshot.feedback.first?.routedRate), 75, accuracy: 1e-9)
    }

    func testIncidentsDirectivesKPIsAndSources() throws {
        let temp = temporaryDatabase()
        let snapshot = try makeCityStore(temp).dashboard(now: F.t0, historyPoints: 48)
        XCTAssertEqual(snapshot.readAt, F.t0)
        XCTAssertEqual(snapshot.lastWriteAt, F.t0)
        XCTAssertEqual(snapshot.openIncidentsByCategory, ["fire": 1, "traffic_accident": 2])
        XCTAssertEqual(snapshot.recentIncidents.map(\.event.externalID), ["i4", "i2", "i1", "i3"])
        XCTAssertEqual(snapshot.recentIncidents.first { $0.event.externalID == "i1" }?.wardName, "Phường Hoàn Kiếm")
        XCTAssertEqual(snapshot.directives.map(\.event.externalID), ["cd2", "cd1", "cd4", "cd3"])
        XCTAssertEqual(snapshot.directives.first?.agencyName, "Sở Xây dựng")

        XCTAssertEqual(snapshot.publicOrder.map(\.definition.key), ["aqi.hk", "traffic.c1"])
        let aqi = snapshot.publicOrder[0]
        XCTAssertEqual(aqi.definition.name, "VN_AQI Hoàn Kiếm")
        XCTAssertEqual(aqi.latest, 99)
        XCTAssertEqual(aqi.latestAt, F.t0)
        XCTAssertEqual(aqi.sourceID, "sim")
        XCTAssertEqual(aqi.history, stride(from: 9.0, through: 99, by: 10).map { $0 },
                       "one value per 10 minutes back from the newest, oldest first: a trend, not the last seconds")
        XCTAssertNil(snapshot.publicOrder[1].latest)
        XCTAssertEqual(snapshot.publicOrder[1].history, [])

        let grdp = try XCTUnwrap(snapshot.socioEconomic.first)
        XCTAssertEqual(grdp.definition.unit, "%")
        XCTAssertEqual(grdp.history, [7, 7.5, 8])
        XCTAssertEqual(grdp.latestAt, F.t0 - F.day)

        XCTAssertEqual(snapshot.sources.map(\.sourceID), ["sim"])
        XCTAssertEqual(snapshot.sources.first?.status, .ok)
    }

    func testDashboardCapsDirectivesAndRecentIncidents() throws {
        let temp = temporaryDatabase()
        let store = try temp.openStore()
        let many = (0..<70).map { F.event(.incident, "i\($0)", status: .open, category: "fire", openedAgo: Double($0)) }
            + (0..<70).map { F.event(.directive, "d\($0)", status: .open, openedAgo: F.day, due: Double($0) * F.hour) }
        try store.recordSuccess(sourceID: "sim", batch: Batch(events: many), at: F.t0, durationMs: 1)
        let snapshot = try store.dashboard(now: F.t0)
        XCTAssertEqual(snapshot.recentIncidents.map(\.event.externalID), (0..<20).map { "i\($0)" })
        XCTAssertEqual(snapshot.directives.map(\.event.externalID), (0..<50).map { "d\($0)" })
        XCTAssertEqual(snapshot.openIncidentsByCategory, ["fire": 70])
    }

    func testEventsPutOpenFirstThenEarliestDueThenNoDeadline() throws {
        let temp = temporaryDatabase()
        let store = try makeCityStore(temp)
        let open = try store.events(kind: .dossier, agencyCode: "SXD", openOnly: true, limit: 10, now: F.t0)
        XCTAssertEqual(open.map(\.event.externalID), ["d7", "d4", "d5", "d6"])
        XCTAssertEqual(open.map { DeadlineStatus.classify($0.event, now: F.t0) },
                       [.overdue, .overdue, .dueSoon, .inTime])
        XCTAssertEqual(open.first?.agencyName, "Sở Xây dựng")
        XCTAssertEqual(open.first?.sourceID, "sim")

        let all = try store.events(kind: .dossier, agencyCode: nil, openOnly: false, limit: 100, now: F.t0)
        XCTAssertEqual(all.map(\.event.externalID), ["d7", "d4", "d5", "d6", "d8", "d1", "d3", "d2", "d9"])
        XCTAssertEqual(try store.events(kind: .dossier, agencyCode: nil, openOnly: false, limit: 2, now: F.t0).count, 2)
        XCTAssertEqual(try store.events(kind: .dossier, agencyCode: "STNMT", openOnly: false, limit: 9, now: F.t0)
            .map(\.event.externalID), ["d9"])
        XCTAssertEqual(try store.events(kind: .directive, agencyCode: nil, openOnly: true, limit: 9, now: F.t0)
            .map(\.event.externalID), ["cd2", "cd1", "cd4"])
        XCTAssertEqual(try store.events(kind: .alert, agencyCode: nil, openOnly: false, limit: 9, now: F.t0), [])
    }
}
