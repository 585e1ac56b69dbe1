import Foundation
import IOCStore

/// The store's housekeeping for whichever process polls: hourly rollups of raw observations older than the raw
/// retention, and pruning, once at start and then every hour, in a detached task that stops when cancelled.
enum Maintenance {
    static let period: Duration = .seconds(3600)

    static func start(store: CityStore, policy: RetentionPolicy = .standard) -> Task<Void, Never> {
        Task.detached(priority: .background) {
            while !Task.isCancelled {
                _ = try? store.rollupAndPrune(now: Date(), policy: policy)
                try? await Task.sleep(for: period)
            }
        }
    }
}
