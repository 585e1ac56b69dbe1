import IOCConsole
import TUICore
import XCTest

/// The console loop renders each frame into the buffer of the frame before last: the result must be the frame a new
/// buffer gives, whatever that buffer held.
final class RecycledFrameTests: XCTestCase {
    func testRenderingIntoAUsedBufferGivesTheFreshFrame() {
        let screens: [ConsoleModel] = [
            ConsoleFixture.model(width: 160, height: 48),
            ConsoleFixture.modelWithAlarms(width: 160, height: 48),
            { var m = ConsoleFixture.model(width: 160, height: 48); m.showHelp = true; return m }(),
            ConsoleFixture.model(width: 160, height: 48, language: .en),
        ]
        for (index, model) in screens.enumerated() {
            for (otherIndex, other) in screens.enumerated() where otherIndex != index {
                var buffer = ConsoleView.render(other)
                ConsoleView.render(model, into: &buffer)
                XCTAssertEqual(buffer, ConsoleView.render(model), "screen \(index) drawn over screen \(otherIndex)")
            }
        }
    }
}
