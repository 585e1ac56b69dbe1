import Foundation

/// A count several threads add to (`CityStore.writesMade`).
final class WriteCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count: UInt64 = 0

    func add() { lock.withLock { count &+= 1 } }

    var value: UInt64 { lock.withLock { count } }
}
