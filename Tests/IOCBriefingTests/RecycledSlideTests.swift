import IOCBriefing
import TUICore
import XCTest

/// The wall's loop renders each frame into the buffer of the frame before last: the result must be the frame a new
/// buffer gives, whatever slide that buffer held.
final class RecycledSlideTests: XCTestCase {
    func testRenderingIntoAUsedBufferGivesTheFreshSlide() {
        let slides = [0, 1, 2, 6].map { BriefingFixture.model(width: 160, height: 48, slide: $0) }
            + [{ var m = BriefingFixture.model(width: 160, height: 48); m.blanked = true; return m }()]
        for (index, model) in slides.enumerated() {
            for (otherIndex, other) in slides.enumerated() where otherIndex != index {
                var buffer = BriefingView.render(other)
                BriefingView.render(model, into: &buffer)
                XCTAssertEqual(buffer, BriefingView.render(model), "slide \(index) drawn over slide \(otherIndex)")
            }
        }
    }
}
