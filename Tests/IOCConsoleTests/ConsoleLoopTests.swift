import Foundation
import IOCConsole
import IOCDomain
import IOCTestSupport
import TUICore
import XCTest

/// The console through the one program loop on the test backend, as the runner drives it: keys in, frames out,
/// effects carried out by an interpreter, without tmux.
final class ConsoleLoopTests: XCTestCase {
    private func screenText(_ terminal: RecordingTerminal) -> String {
        (0..<terminal.screen.height).map { terminal.screen.rowText($0) }.joined(separator: "\n")
    }

    func testAnAcknowledgementFromTheAlarmScreenIsCarriedOutAndDrawn() {
        var clockNow = ConsoleFixture.now
        let terminal = RecordingTerminal(width: 160, height: 48)
        terminal.onWait = { clockNow += Double($0) / 1000 }
        let loop = ProgramLoop(program: ConsoleProgram(model: ConsoleFixture.modelWithAlarms()), terminal: terminal,
                               clock: { clockNow })
        var carried: [ConsoleEffect] = []
        let interpret: (ConsoleEffect, ConsoleProgram) -> [ConsoleMessage] = { effect, program in
            carried.append(effect)
            guard case .applyAlarmCommands(let commands) = effect else { return [] }
            // The store's answer, as the runner gives it: the machine's decisions on the alarms shown.
            let decisions = commands.map { command in
                let alarm = program.model.dashboard!.alarms.first { $0.id == command.alarmID }!
                return AlarmStateMachine.apply(command.input, to: alarm)
            }
            return [.alarmCommandsApplied(decisions)]
        }
        loop.wake(everySecond: { _, _ in [] }, interpret: interpret)
        XCTAssertTrue(screenText(terminal).contains("VN_AQI Trạm Lê Chân 183"), screenText(terminal))

        terminal.keys = [.function(2)]
        loop.wake(everySecond: { _, _ in [] }, interpret: interpret)
        XCTAssertTrue(screenText(terminal).contains("Cảnh báo — toàn màn hình"), screenText(terminal))

        terminal.keys = [.character("a")]
        loop.wake(everySecond: { _, _ in [] }, interpret: interpret)
        guard case .applyAlarmCommands(let commands)? = carried.last else { return XCTFail("\(carried)") }
        XCTAssertEqual(commands.first?.input.name, "acknowledge")
        if case .acknowledge(_, let at, _)? = commands.first?.input {
            XCTAssertEqual(at, loop.program.model.now, "stamped with the time of the wake that read the key")
        }
        XCTAssertNotNil(loop.program.model.flash, "the decision is said on the status line")
        XCTAssertTrue(screenText(terminal).contains(loop.program.model.flash ?? "—"), screenText(terminal))

        terminal.keys = [.escape, .character("q")]
        loop.wake(everySecond: { _, _ in [] }, interpret: interpret)
        XCTAssertTrue(loop.hasQuit)
    }
}
