import Foundation

/// The store's housekeeping for whichever process polls: hourly rollups of raw observations older than the raw
/// retention, and pruning, once at start and then every hour (a `RepeatingService` of the background services).
enum Maintenance {
    static let period: Duration = .seconds(3600)
}
