import Synchronization

/// A thread-safe slot for one result, handed from a task back to synchronous code.
final class ResultBox<T: Sendable>: Sendable {
    private let value = Mutex<Result<T, any Error>?>(nil)

    func set(_ result: Result<T, any Error>) { value.withLock { $0 = result } }

    func get() throws -> T {
        guard let result = value.withLock({ $0 }) else { throw CancellationError() }
        return try result.get()
    }
}
