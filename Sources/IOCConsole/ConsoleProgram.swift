import Foundation
import TUICore

/// The console as `ProgramLoop` runs it: the model, `ConsoleUpdate` and `ConsoleView`, with the panels' tables as
/// last drawn (a second whose data did not change pastes them, Decision 34).
public struct ConsoleProgram: TerminalProgram {
    public var model: ConsoleModel
    public let bodies: PanelBodies

    public init(model: ConsoleModel, bodies: PanelBodies = PanelBodies()) {
        self.model = model
        self.bodies = bodies
    }

    public var revision: Int { model.revision }
    public var now: Date { model.now }
    public var width: Int { model.width }
    public var height: Int { model.height }

    public mutating func update(_ message: ConsoleMessage) -> [ConsoleEffect] {
        ConsoleUpdate.update(&model, message)
    }

    public static func control(_ effect: ConsoleEffect) -> LoopControl? {
        switch effect {
        case .quit: return .quit
        case .redraw: return .redraw
        default: return nil
        }
    }

    public static func key(_ key: KeyEvent) -> ConsoleMessage { .key(key) }
    public static func resized(width: Int, height: Int) -> ConsoleMessage { .resized(width: width, height: height) }
    public static func tick(_ now: Date) -> ConsoleMessage { .tick(now) }

    public var clockRows: [Int] { ConsoleView.clockRows(model) }
    public func renderClock(into buffer: inout Buffer) { ConsoleView.renderClock(model, into: &buffer) }
    public func render(into buffer: inout Buffer) { ConsoleView.render(model, into: &buffer, bodies: bodies) }
}
