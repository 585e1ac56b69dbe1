import Foundation

/// A full-screen program as `ProgramLoop` runs it (the Elm architecture): a model changed only by messages, whose
/// update gives back effects, drawn whole or, when only the clock moved, its clock rows alone. The console and the
/// wall are two of them; the loop is the same.
public protocol TerminalProgram {
    associatedtype Message
    associatedtype Effect

    /// Moves whenever the model changes: a whole frame is drawn when it does (`FrameSchedule`).
    var revision: Int { get }
    /// The model's time (the last tick).
    var now: Date { get }
    var width: Int { get }
    var height: Int { get }

    mutating func update(_ message: Message) -> [Effect]

    /// What the loop does itself with an effect (quit, redraw); nil: the program's interpreter carries it out.
    static func control(_ effect: Effect) -> LoopControl?
    static func key(_ key: KeyEvent) -> Message
    static func resized(width: Int, height: Int) -> Message
    static func tick(_ now: Date) -> Message

    /// The rows the clock alone changes (drawn again over the last frame in the seconds nothing else moved).
    var clockRows: [Int] { get }
    func renderClock(into buffer: inout Buffer)
    func render(into buffer: inout Buffer)
}

/// Effects the loop carries out itself.
public enum LoopControl: Sendable, Hashable {
    case quit
    /// Clear the terminal and draw the next frame whole.
    case redraw
}
