import Foundation
import IOCStore
import IOCStorePostgres
import XCTest

/// The PostgreSQL server the store's tests run against: `IOC_TEST_POSTGRES_URL` when the test command started one
/// (`scripts/test` starts a throwaway PostgreSQL 15 cluster and stops it at the end), else a throwaway cluster
/// started here on first use (`scripts/pg-cluster`) and stopped when the test process exits. Each test gets a
/// database of its own, dropped afterwards.
public enum PostgresTestServer {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: (url: String, folder: String?)?

    /// The server's URL (its maintenance database); starts a cluster if need be.
    public static func url() throws -> String {
        try lock.withLock {
            if let started { return started.url }
            if let url = ProcessInfo.processInfo.environment["IOC_TEST_POSTGRES_URL"], !url.isEmpty {
                started = (url, nil)
                return url
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-test-pg-\(UUID().uuidString)").path
            let script = ProductsDirectory.repositoryRoot().appendingPathComponent("scripts/pg-cluster").path
            let run = ShellCommand.run("'\(script)' start '\(folder)'")
            guard run.status == 0, let url = run.output.split(separator: "\n").last.map(String.init), !url.isEmpty else {
                throw PostgresTestFailure(text: "could not start a PostgreSQL cluster: \(run.error)")
            }
            started = (url, folder)
            atexit {
                if let folder = PostgresTestServer.startedFolder {
                    let script = ProductsDirectory.repositoryRoot().appendingPathComponent("scripts/pg-cluster").path
                    _ = ShellCommand.run("'\(script)' stop '\(folder)'")
                }
            }
            return url
        }
    }

    fileprivate static var startedFolder: String? { lock.withLock { started?.folder } }

    /// A new, empty database on the server named `name` (letters, digits and _); its URL.
    public static func createDatabase(_ name: String) throws -> String {
        let server = try url()
        let made = ShellCommand.run("psql '\(server)' -v ON_ERROR_STOP=1 -q -c 'CREATE DATABASE \(name)'")
        guard made.status == 0 else { throw PostgresTestFailure(text: "CREATE DATABASE failed: \(made.error)") }
        return server[..<server.lastIndex(of: "/")!] + "/" + name
    }

    /// Drops a database `createDatabase` made (its connections closed by the server).
    public static func dropDatabase(_ name: String) {
        guard let server = try? url() else { return }
        _ = ShellCommand.run("psql '\(server)' -q -c 'DROP DATABASE IF EXISTS \(name) WITH (FORCE)'")
    }

    /// A store on a new database of the server, dropped when the test ends.
    public static func makeStore(_ test: XCTestCase, account: String = "tester") throws -> CityStore {
        let name = "ioc_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let url = try createDatabase(String(name))
        let database = try PostgresDatabase(location: try PostgresLocation.parse(url))
        test.addTeardownBlock {
            database.close()
            dropDatabase(String(name))
        }
        return CityStore(database: database, name: url, account: account)
    }

    /// Whether the store's tests run on PostgreSQL in this process (`IOC_TEST_STORE_ENGINE=postgres`: the second
    /// pass of the store's suite in `scripts/test`).
    public static var storesArePostgres: Bool { ProcessInfo.processInfo.environment["IOC_TEST_STORE_ENGINE"] == "postgres" }
}

struct PostgresTestFailure: Error, CustomStringConvertible {
    let text: String
    var description: String { text }
}
