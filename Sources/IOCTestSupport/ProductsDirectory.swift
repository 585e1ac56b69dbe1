import Foundation

/// Where SwiftPM put the built products (the `ioc` binary), found from the running test bundle.
public enum ProductsDirectory {
    public static var url: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// The `ioc` executable next to the test bundle.
    public static var ioc: String { url.appendingPathComponent("ioc").path }

    /// The repository root (for the shipped Layouts/ and Themes/, and test fixtures).
    public static func repositoryRoot(file: StaticString = #filePath) -> URL {
        var url = URL(fileURLWithPath: "\(file)")
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }
}
