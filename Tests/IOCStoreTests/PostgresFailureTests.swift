@testable import IOCStorePostgres
import XCTest

/// Which of the server's SQLSTATEs end the session (the slot connects again) and which are passing refusals (worth
/// doing again later: an offline-first poller keeps the record queued); anything else refuses the work itself.
final class PostgresFailureTests: XCTestCase {
    func testEachStateIsOneOfThreeKinds() {
        let table: [(state: String, endsSession: Bool, passing: Bool)] = [
            ("08006", true, false), ("08001", true, false), ("57P01", true, false), ("57P02", true, false),
            ("57P03", true, false), ("53300", true, true), ("25P03", true, false),
            ("55P03", false, true), ("57014", false, true), ("40001", false, true), ("40P01", false, true),
            ("25006", false, true), ("53100", false, true), ("53200", false, true), ("58030", false, true),
            ("23505", false, false), ("22P02", false, false), ("42P01", false, false), ("P0001", false, false),
        ]
        for row in table {
            XCTAssertEqual(PostgresFailure.endsTheConnection(row.state), row.endsSession, row.state)
            XCTAssertEqual(PostgresFailure.isPassing(row.state), row.passing, row.state)
        }
    }
}
