import Foundation

/// How old a value is, formatted compactly for panels: "<1m", "12m", "3h", "2d".
///
/// Never finer than a minute: data polled every few seconds read "0s", "1s", "0s" on every panel, a flicker that
/// says nothing (ISA-101: no needless motion); an age starts to matter from minutes (a source is late after 2 minutes
/// at the soonest, Decision 29). It also lets the screens draw the panels again only every 10 s when nothing else
/// changed (`FrameSchedule`).
public enum DataAge {
    public static func format(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds.rounded(.down)))
        if s < 60 { return "<1m" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86400 { return "\(s / 3600)h" }
        return "\(s / 86400)d"
    }
}
