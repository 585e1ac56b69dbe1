import Foundation
import TUICore

/// The presenter's keys and the rotation: `update(&model, message)` changes the model and returns effects. Pure.
///
/// Keys: Space, →, PgDn, Enter next slide; ←, PgUp, Backspace previous; 1–9 jump (0 is slide 10); `p` pauses or
/// resumes the rotation; `f` freezes the data on screen or releases it (back to the newest data at once); `b` (or
/// `.`, what presentation clickers send) blanks the screen or brings it back (Esc also brings it back; other keys
/// wait while blank); `q` or Ctrl-C quits;
/// Ctrl-L redraws. Moving to a slide restarts its time on screen.
public enum BriefingUpdate {
    /// Whether `message` may change what the wall shows beyond its clock and ages, so that the next frame is drawn
    /// whole (`FrameSchedule`): every message but the clock's tick and a data read that leaves the shown slide's
    /// inputs (`SlideInputs`) and the stale banner as they were.
    static func mayChangeFrame(_ message: BriefingMessage, _ m: BriefingModel) -> Bool {
        switch message {
        case .tick:
            return false
        case .dashboardLoaded(let snapshot):
            var next = m
            next.live = snapshot
            guard m.problem == nil, let spec = m.currentSlide, let shown = m.shown, let nextShown = next.shown
            else { return true }
            return SlideInputs(spec.kind, shown) != SlideInputs(spec.kind, nextShown)
                || StaleBanner.of(m) != StaleBanner.of(next)
        default:
            return true
        }
    }

    @discardableResult
    public static func update(_ m: inout BriefingModel, _ message: BriefingMessage) -> [BriefingEffect] {
        if mayChangeFrame(message, m) { m.revision &+= 1 }
        switch message {
        case .tick(let now):
            m.now = now
            let slide = m.slide
            rotateIfDue(&m)
            if m.slide != slide { m.revision &+= 1 }
            return []
        case .dashboardLoaded(let snapshot):
            m.live = snapshot
            m.problem = nil
            return []
        case .resized(let width, let height):
            m.width = max(0, width)
            m.height = max(0, height)
            return [.redraw]
        case .failed(let problem):
            m.problem = problem
            return []
        case .backgroundHealth(let failures):
            m.backgroundFailures = failures
            return []
        case .key(let key):
            return press(key, &m)
        }
    }

    private static func press(_ key: KeyEvent, _ m: inout BriefingModel) -> [BriefingEffect] {
        switch key {
        case .character("q"), .character("Q"), .control("c"):
            return [.quit]
        case .control("l"):
            return [.redraw]
        case .character("b"), .character("B"), .character("."):
            m.blanked.toggle()
            if !m.blanked { m.slideSince = m.now }
            return []
        case .escape where m.blanked:
            m.blanked = false
            m.slideSince = m.now
            return []
        default:
            break
        }
        guard !m.blanked else { return [] }
        switch key {
        case .character(" "), .right, .pageDown, .enter:
            go(to: m.slide + 1, &m)
        case .left, .pageUp, .backspace:
            go(to: m.slide - 1, &m)
        case .character(let c) where c.isASCII && c.isNumber:
            let n = Int(String(c)) ?? 0
            let index = n == 0 ? 9 : n - 1
            if m.layout.slides.indices.contains(index) { go(to: index, &m) }
        case .character("p"), .character("P"):
            m.paused.toggle()
            if !m.paused { m.slideSince = m.now }
        case .character("f"), .character("F"):
            m.freeze = m.freeze == nil ? BriefingFreeze(data: m.live, since: m.now) : nil
        default:
            break
        }
        return []
    }

    /// Shows slide `index`, wrapping around both ends, and restarts its time on screen.
    private static func go(to index: Int, _ m: inout BriefingModel) {
        let count = m.layout.slides.count
        guard count > 0 else { return }
        m.slide = ((index % count) + count) % count
        m.slideSince = m.now
    }

    private static func rotateIfDue(_ m: inout BriefingModel) {
        guard !m.paused, !m.blanked, m.layout.slides.count > 1 else { return }
        if m.now.timeIntervalSince(m.slideSince) >= m.layout.duration(ofSlide: m.slide) {
            go(to: m.slide + 1, &m)
        }
    }
}
