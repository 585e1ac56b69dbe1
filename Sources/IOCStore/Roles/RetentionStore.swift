import Foundation
import IOCDomain

/// The store as housekeeping keeps it bounded: raw observations rolled up into hours and days and pruned past their
/// windows, old closed events pruned.
public protocol RetentionStore: AnyObject, Sendable {
    func rollupAndPrune(now: Date, policy: RetentionPolicy) throws -> PruneReport
}
