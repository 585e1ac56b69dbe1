import Foundation
import IOCConfig
import IOCScreenConfig
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest
@testable import IOCBriefing

/// The wall draws no whole frame for a read that leaves the shown slide's inputs as they were (`SlideInputs`): so
/// whatever a slide shows must come from its inputs. Each part of the data is changed in turn; for every slide whose
/// inputs and the stale banner stay the same, the slide must look the same. Each data change must also change some slide, or it would
/// prove nothing; the poll times change none.
final class SlideInputsTests: XCTestCase {
    private func slide(_ m: BriefingModel) -> [String] {
        let frame = BriefingView.render(m)
        return (1..<(frame.height - 1)).map { frame.rowText($0) }
    }

    func testEverySlideComesFromItsInputs() {
        let slides = BriefingFixture.model().layout.slides
        for (name, mutate) in DashboardChanges.data + DashboardChanges.pollTimes {
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
            let isPollTime = DashboardChanges.pollTimes.contains { $0.name == name }
            // The wall shows no alarm load.
            if name != "the alarm load" { XCTAssertEqual(changed.isEmpty, isPollTime, "\(name): changes the slides \(changed)") }
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
