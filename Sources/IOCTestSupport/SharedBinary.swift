import Foundation

/// The `ioc` binary as another OS account can run it. The build folder is usually world-readable (then it is used as
/// it is), but a checkout in a private folder (0700) is not: then the binary, its resource bundles and the package's
/// layouts, themes, rules and shift pattern are copied once into a world-readable folder laid out like the package,
/// so the copy finds them beside itself as the original does.
public enum SharedBinary {
    /// The path to run as `account`.
    public static func ioc(for account: String) throws -> String {
        try lock.withLock {
            if let path = cached { return path }
            let original = ProductsDirectory.ioc
            let root = ProductsDirectory.repositoryRoot().path
            let probe = ShellCommand.run("setpriv --reuid=\(account) --regid=$(id -g \(account)) --clear-groups "
                                         + "sh -c 'test -x \"\(original)\" && test -r \"\(root)/Layouts/operator.yaml\"'")
            if probe.status == 0 {
                cached = original
                return original
            }
            let folder = NSTemporaryDirectory() + "ioc-shared-\(UUID().uuidString)"
            let products = ProductsDirectory.url.path
            let copy = ShellCommand.run("""
                set -e; mkdir -p '\(folder)/bin' && cp '\(original)' '\(folder)/bin/' && \
                cp -R '\(products)'/*.resources '\(folder)/bin/' 2>/dev/null || true; \
                for d in Layouts Themes Rules Config; do cp -R '\(root)'/$d '\(folder)/'; done; \
                chmod -R a+rX '\(folder)' && chmod 0755 '\(folder)'
                """)
            guard copy.status == 0 else { throw SharedBinaryFailure(description: "cannot copy ioc for \(account): \(copy.error)") }
            cached = folder + "/bin/ioc"
            copied = folder
            // The copy goes when the test process ends.
            atexit { if let folder = SharedBinary.copied { try? FileManager.default.removeItem(atPath: folder) } }
            return cached!
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: String?
    nonisolated(unsafe) private static var copied: String?
}
