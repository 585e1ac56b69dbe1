import Foundation
import IOCConfig
import IOCDomain
import TUICore
import XCTest
@testable import IOCBriefing

/// The wall draws no whole frame for a read that leaves the shown slide's inputs as they were (`SlideInputs`): so
/// whatever a slide shows must come from its inputs. Each part of the data is changed in turn; for every slide whose
/// inputs and the stale banner stay the same, the slide must look the same. Each data change must also change some slide, or it would
/// prove nothing; the poll times change none.
final class SlideInputsTests: XCTestCase {
    private static let mutations: [(String, @Sendable (inout DashboardSnapshot) -> Void)] = [
        ("socio-economic value", { $0.socioEconomic[0].latest = ($0.socioEconomic[0].latest ?? 0) * 1.5 + 1 }),
        ("a traffic value", { d in
            let i = d.publicOrder.firstIndex { $0.definition.key.hasPrefix("traffic.congestion.") }!
            d.publicOrder[i].latest = (d.publicOrder[i].latest ?? 0) + 3
        }),
        ("a VN_AQI value", { d in
            let i = d.publicOrder.firstIndex { $0.definition.unit == "VN_AQI" }!
            d.publicOrder[i].latest = 260
        }),
        ("open incidents", { $0.openIncidentsByCategory["fire", default: 0] += 3 }),
        ("recent incidents", { d in
            var e = d.recentIncidents[0]
            e.event.title = "Cháy kho hàng"; e.event.externalID = "SC-99"
            d.recentIncidents.insert(e, at: 0)
        }),
        ("dossier figures", { $0.government[0].lateInProgress += 50 }),
        ("an agency's name", { $0.government[0].agencyName = "Sở Tư pháp mới"; $0.feedback[0].agencyName = "Sở Tư pháp mới" }),
        ("feedback figures", { $0.feedback[0].overdue += 40 }),
        ("a directive", { $0.directives[0].event.progress = 99 }),
        ("directive counts", { $0.directiveCounts = EventCounts(total: 60, open: 40, overdue: 9, dueSoon: 3) }),
        ("a source's state", { $0.sources[0].status = .down; $0.sources[0].lastError = "HTTP 503" }),
        ("an alarm", { $0.alarms.removeFirst() }),
    ]
    private static let pollTimes: [(String, @Sendable (inout DashboardSnapshot) -> Void)] = [
        ("read time", { $0.readAt += 1 }),
        ("last write", { $0.lastWriteAt = ($0.lastWriteAt ?? $0.readAt) + 1 }),
        ("poll times", { d in
            for i in d.sources.indices {
                d.sources[i].lastAttemptAt = d.sources[i].lastAttemptAt.map { $0 + 1 }
                d.sources[i].lastDurationMs = 12
                d.sources[i].nextPollAt = d.readAt + 3
            }
        }),
    ]

    private func slide(_ m: BriefingModel) -> [String] {
        let frame = BriefingView.render(m)
        return (1..<(frame.height - 1)).map { frame.rowText($0) }
    }

    func testEverySlideComesFromItsInputs() {
        let slides = BriefingFixture.model().layout.slides
        for (name, mutate) in Self.mutations + Self.pollTimes {
            var changed: [SlideKind] = []
            for index in slides.indices {
                let base = BriefingFixture.model(width: 200, height: 60, slide: index)
                var d = base.live!
                mutate(&d)
                var m = base
                BriefingUpdate.update(&m, .dashboardLoaded(d))
                let kind = slides[index].kind
                // The stale banner spans every slide: a change of it is a whole frame whatever the slide reads.
                if SlideInputs(kind, d) == SlideInputs(kind, base.live!) && StaleBanner.of(m) == StaleBanner.of(base) {
                    XCTAssertEqual(m.revision, base.revision, "\(name), \(kind): no whole frame")
                    XCTAssertEqual(slide(m), slide(base), "\(name) changed the \(kind) slide, not its inputs")
                } else {
                    XCTAssertNotEqual(m.revision, base.revision, "\(name), \(kind): a whole frame")
                    if slide(m) != slide(base) { changed.append(kind) }
                }
            }
            let isPollTime = Self.pollTimes.contains { $0.0 == name }
            XCTAssertEqual(changed.isEmpty, isPollTime, "\(name): changes the slides \(changed)")
        }
    }

    func testOnlyThePublicOrderSlideReadsTheTraffic() {
        var d = BriefingFixture.dashboard
        let i = d.publicOrder.firstIndex { $0.definition.key.hasPrefix("traffic.speed.") }!
        d.publicOrder[i].latest = (d.publicOrder[i].latest ?? 0) + 1
        let readers = SlideKind.allCases.filter { SlideInputs($0, d) != SlideInputs($0, BriefingFixture.dashboard) }
        XCTAssertEqual(readers, [.publicOrder])
    }
}
