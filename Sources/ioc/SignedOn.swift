import Foundation
import IOCDomain

/// Who is signed on at this console, set from the loop's thread and read after the loop ends (for the sign-off
/// record, however the console ended: q, Ctrl-C, SIGTERM or a hang-up).
final class SignedOn: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Actor?

    var actor: Actor? {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}
