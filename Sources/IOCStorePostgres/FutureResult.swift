import Foundation

/// The result a callback on an event loop hands to the thread waiting for it (`waitAtMost`).
final class FutureResult<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func set(_ value: Result<Value, any Error>) { lock.withLock { result = value } }
    func get() -> Result<Value, any Error>? { lock.withLock { result } }
}
