/// What the briefing asks its runner to do. The wall never writes: there is no effect that acknowledges anything.
public enum BriefingEffect: Sendable, Hashable {
    case quit
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
}
