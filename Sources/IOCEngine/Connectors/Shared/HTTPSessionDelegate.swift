import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives one connector's URLSession callbacks: counts body bytes as they stream in and stops a transfer the
/// moment it passes its byte limit, so a 50 MB answer is never buffered. Holds no reference to the session.
final class HTTPSessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// The outcome of one transfer: the status and body, or why it failed.
    typealias Completion = @Sendable (Result<(status: Int, body: Data), Error>) -> Void

    private struct Transfer {
        var maxBytes: Int
        var body = Data()
        var status = 0
        var completion: Completion
    }

    private let lock = NSLock()
    /// Transfers in flight by task identifier. Guarded by `lock`.
    private var transfers: [Int: Transfer] = [:]

    func begin(_ task: URLSessionTask, maxBytes: Int, completion: @escaping Completion) {
        lock.withLock { transfers[task.taskIdentifier] = Transfer(maxBytes: maxBytes, completion: completion) }
    }

    /// Ends a transfer early (deadline, cancellation, limit) with `error`; later callbacks for it are ignored.
    func fail(_ task: URLSessionTask, with error: Error) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        task.cancel()
        transfer.completion(.failure(error))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let limit: Int? = lock.withLock {
            transfers[dataTask.taskIdentifier]?.status = status
            return transfers[dataTask.taskIdentifier]?.maxBytes
        }
        guard let limit else { return completionHandler(.cancel) }
        if !(200...299).contains(status) {
            completionHandler(.cancel)
            fail(dataTask, with: PollError.httpStatus(status))
            return
        }
        if response.expectedContentLength > Int64(limit) {
            completionHandler(.cancel)
            fail(dataTask, with: PollError.responseTooLarge(limit: limit))
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overLimit: Int? = lock.withLock {
            guard var transfer = transfers[dataTask.taskIdentifier] else { return nil }
            if transfer.body.count + data.count > transfer.maxBytes { return transfer.maxBytes }
            transfer.body.append(data)
            transfers[dataTask.taskIdentifier] = transfer
            return nil
        }
        if let limit = overLimit { fail(dataTask, with: PollError.responseTooLarge(limit: limit)) }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let error {
            transfer.completion(.failure(HTTPSessionDelegate.pollError(for: error)))
        } else if !(200...299).contains(transfer.status) {
            transfer.completion(.failure(PollError.httpStatus(transfer.status)))
        } else {
            transfer.completion(.success((transfer.status, transfer.body)))
        }
    }

    static func pollError(for error: Error) -> PollError {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut: return .timeout(seconds: 0)
            case .cannotConnectToHost: return .transport("connection refused")
            case .cannotFindHost, .dnsLookupFailed: return .transport("host not found")
            case .networkConnectionLost: return .transport("connection lost")
            default: return .transport(urlError.localizedDescription)
            }
        }
        return .transport("\(error)")
    }
}
