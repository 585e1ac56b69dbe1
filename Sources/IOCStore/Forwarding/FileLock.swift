import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive advisory lock (`flock`) on a file, held until this value goes (or the process ends: the kernel
/// releases it, so a killed poller never leaves its queue locked).
final class FileLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock at once, or throws naming the file when another process holds it.
    init(path: String) throws {
        let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CityStoreError.unusable(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno == EWOULDBLOCK ? "another process (a second poller?) holds its lock" : String(cString: strerror(errno))
            close(fd)
            throw CityStoreError.unusable(path: path, reason: reason)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
