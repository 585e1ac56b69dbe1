import Foundation
import TUICore

/// The briefing wall as `ProgramLoop` runs it: the model, `BriefingUpdate` and `BriefingView`.
public struct BriefingProgram: TerminalProgram {
    public var model: BriefingModel

    public init(model: BriefingModel) {
        self.model = model
    }

    public var revision: Int { model.revision }
    public var now: Date { model.now }
    public var width: Int { model.width }
    public var height: Int { model.height }

    public mutating func update(_ message: BriefingMessage) -> [BriefingEffect] {
        BriefingUpdate.update(&model, message)
    }

    public static func control(_ effect: BriefingEffect) -> LoopControl? {
        switch effect {
        case .quit: return .quit
        case .redraw: return .redraw
        }
    }

    public static func key(_ key: KeyEvent) -> BriefingMessage { .key(key) }
    public static func resized(width: Int, height: Int) -> BriefingMessage { .resized(width: width, height: height) }
    public static func tick(_ now: Date) -> BriefingMessage { .tick(now) }

    public var clockRows: [Int] { BriefingView.clockRows(model) }
    public func renderClock(into buffer: inout Buffer) { BriefingView.renderClock(model, into: &buffer) }
    public func render(into buffer: inout Buffer) { BriefingView.render(model, into: &buffer) }
}
