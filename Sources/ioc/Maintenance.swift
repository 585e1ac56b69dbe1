import Foundation
import IOCStore

/// The store's housekeeping for whichever process polls: hourly rollups of raw observations older than the raw
/// retention, and pruning, once at start and then every hour, in a detached task that stops when cancelled. A
/// failure is reported through `onError` (the status bar of a console or wall, standard error for `ioc poll`).
enum Maintenance {
    static let period: Duration = .seconds(3600)

    static func start(store: CityStore, policy: RetentionPolicy = .standard,
                      onError: @escaping @Sendable (String) -> Void) -> Task<Void, Never> {
        Repeating.every(period, priority: .background, onError: onError) {
            _ = try store.rollupAndPrune(now: Date(), policy: policy)
        }
    }

    /// For a process with no screen (`ioc poll`): housekeeping errors go to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data("ioc poll: housekeeping: \(text)\n".utf8))
    }
}
