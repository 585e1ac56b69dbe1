import Foundation
import IOCDomain

/// Data held on screen by the presenter (`f`): what was shown at that moment, and when it was frozen.
public struct BriefingFreeze: Sendable, Hashable {
    /// The data shown when the freeze began (nil when nothing had loaded yet).
    public var data: DashboardSnapshot?
    public var since: Date

    public init(data: DashboardSnapshot?, since: Date) {
        self.data = data
        self.since = since
    }
}
