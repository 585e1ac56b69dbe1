import Foundation
import IOCTestSupport
import XCTest

/// Issue 15, item 5: `ioc check` and the console warn when the database is open to other accounts, naming the file and
/// the command that closes it; a database the program made is private and draws no warning.
final class DatabaseFilesEndToEndTests: XCTestCase {
    func testCheckAndTheConsoleWarnWhenTheDatabaseIsOpen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ioc-files-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("city.sqlite").path
        let made = ShellCommand.run("\(ProductsDirectory.ioc) log add --db '\(db)' --operator ops 'Bắt đầu ca'")
        XCTAssertEqual(made.status, 0, made.output + made.error)

        let quiet = ShellCommand.run("\(ProductsDirectory.ioc) check --db '\(db)'")
        XCTAssertEqual(quiet.status, 0, quiet.error)
        XCTAssertFalse(quiet.error.contains("cảnh báo"), quiet.error)

        chmod(db, 0o644)
        let warned = ShellCommand.run("\(ProductsDirectory.ioc) check --db '\(db)' --lang en")
        XCTAssertEqual(warned.status, 0, "a warning, not an error: \(warned.error)")
        XCTAssertTrue(warned.error.contains("warning: \(db) is open to other accounts (mode 644): chmod 600 '\(db)'"), warned.error)

        let tmux = try TmuxSession(width: 200, height: 50)
        try tmux.run("clear; \(ProductsDirectory.ioc) --db '\(db)' --operator ops")
        try tmux.waitFor(timeout: 20, "the security warning on the status line") {
            $0.contains("Bảo mật: tệp \(db) mở cho tài khoản khác (quyền 644)")
        }
        try tmux.sendKeys("q")
        try tmux.waitFor(timeout: 5, "exit") { _ in (try? tmux.format("#{alternate_on}")) == "0" }
    }
}
