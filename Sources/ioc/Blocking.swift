import Dispatch

/// Runs async work to completion from synchronous code (the command entry points are synchronous so that the
/// console loop owns the main thread, which ncurses needs).
/// With a `timeout` (seconds), gives up waiting after it and throws `CancellationError`.
func runBlocking<T: Sendable>(timeout: Double? = nil, _ work: @escaping @Sendable () async throws -> T) throws -> T {
    let semaphore = DispatchSemaphore(value: 0)
    let box = ResultBox<T>()
    Task.detached {
        do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
        semaphore.signal()
    }
    if let timeout {
        if semaphore.wait(timeout: .now() + timeout) == .timedOut { throw CancellationError() }
    } else {
        semaphore.wait()
    }
    return try box.get()
}
