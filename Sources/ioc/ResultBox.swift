import Foundation

/// A thread-safe slot for one result, handed from a task back to synchronous code.
final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<T, any Error>?

    func set(_ result: Result<T, any Error>) { lock.withLock { value = result } }

    func get() throws -> T {
        guard let result = lock.withLock({ value }) else { throw CancellationError() }
        return try result.get()
    }
}
