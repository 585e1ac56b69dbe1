import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One connector's ephemeral URLSession: fetches a body within a byte limit and a whole-transfer deadline.
/// Invalidates its session when the connector goes away.
final class HTTPTransport: Sendable {
    private let session: URLSession
    private let delegate: HTTPSessionDelegate

    init(resourceTimeout: Double) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = HTTPTransport.backstop(resourceTimeout)
        configuration.timeoutIntervalForResource = HTTPTransport.backstop(resourceTimeout)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        delegate = HTTPSessionDelegate()
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    /// The session's own timeouts: Foundation on Linux rounds them down to whole seconds, so they are set a little
    /// past the poll's deadline and serve as a backstop; the deadline in `fetch` fires first, on time.
    static func backstop(_ timeout: Double) -> Double { timeout.rounded(.up) + 1 }

    /// The body of a 2xx answer to `request`, or a `PollError`; throws `CancellationError` when the task is cancelled.
    func fetch(_ request: URLRequest, maxBytes: Int, timeout: Double) async throws -> Data {
        let task = session.dataTask(with: request)
        let delegate = self.delegate
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Data, Error>) in
                delegate.begin(task, maxBytes: maxBytes) { result in
                    switch result {
                    case .success(let answer): continuation.resume(returning: answer.body)
                    case .failure(PollError.timeout):
                        continuation.resume(throwing: PollError.timeout(seconds: timeout))
                    case .failure(let error): continuation.resume(throwing: error)
                    }
                }
                // The whole-poll deadline, whatever the session's own timers do with a trickling body.
                DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak task] in
                    if let task { delegate.fail(task, with: PollError.timeout(seconds: timeout)) }
                }
                task.resume()
                if Task.isCancelled { delegate.fail(task, with: CancellationError()) }
            }
        } onCancel: {
            delegate.fail(task, with: CancellationError())
        }
    }
}
