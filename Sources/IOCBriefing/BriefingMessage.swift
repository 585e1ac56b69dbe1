import Foundation
import IOCDomain
import TUICore

/// Everything that can happen to the briefing: keys, the clock, new data, a new terminal size, a failure.
public enum BriefingMessage: Sendable {
    case key(KeyEvent)
    /// The clock's second (drives the rotation and the clock in the header).
    case tick(Date)
    case dashboardLoaded(DashboardSnapshot)
    case resized(width: Int, height: Int)
    /// The background jobs failing now (sent when that changes): on the footer until they recover.
    case backgroundHealth([BackgroundFailure])
    /// A problem to show on the footer (e.g. the database could not be read); the last data stays up.
    case failed(String)
}
