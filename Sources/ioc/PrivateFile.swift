import Foundation

/// A file an export writes: readable by its owner only from its first byte, and whole or not there. The data goes to
/// a new file beside the target (created 0600, never an existing one), which is then renamed over the target, so a
/// reader never sees half of it and a target that was open to others is replaced, not reused.
enum PrivateFile {
    static func write(_ data: Data, to path: String) throws {
        let temporary = path + ".\(getpid()).part"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            // A part file left by an export that was interrupted: named, so it can be looked at and removed.
            if errno == EEXIST {
                throw CommandFailure.failure("không ghi được \(path): đã có tệp \(temporary) (từ lần xuất bị ngắt?)",
                                             "cannot write \(path): \(temporary) already exists (left by an interrupted export?)")
            }
            throw failure(path)
        }
        var done = false
        defer { if !done { unlink(temporary) } }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        // On disk before it takes the target's name: a crash leaves the old file or the new one, whole.
        let error = !written ? failure(path) : fsync(fd) != 0 ? failure(path) : nil
        guard close(fd) == 0, error == nil else { throw error ?? failure(path) }
        guard rename(temporary, path) == 0 else { throw failure(path) }
        done = true
    }

    /// The system's reason for the last failure, naming the file.
    private static func failure(_ path: String) -> CommandFailure {
        let reason = String(cString: strerror(errno))
        return .failure("không ghi được \(path): \(reason)", "cannot write \(path): \(reason)")
    }
}
