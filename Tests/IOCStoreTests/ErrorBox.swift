import Foundation

/// Collects an error thrown on another thread.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [Error] = []

    func record(_ error: Error) {
        lock.lock(); defer { lock.unlock() }
        errors.append(error)
    }

    var first: Error? {
        lock.lock(); defer { lock.unlock() }
        return errors.first
    }
}
