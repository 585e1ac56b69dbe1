import IOCDomain
import XCTest

/// Roles, grants and account names as tables.
final class AccessRulesTests: XCTestCase {
    /// (granted, requested) → allowed: a role may be narrowed, never widened.
    func testARoleMayOnlyBeNarrowed() {
        let order: [OperatorRole] = [.viewer, .operator, .supervisor, .admin]
        for (i, granted) in order.enumerated() {
            for (j, requested) in order.enumerated() {
                XCTAssertEqual(granted.allows(requested), j <= i, "\(granted) → \(requested)")
            }
        }
        XCTAssertEqual(OperatorRole.allCases.filter(\.managesAccess), [.admin])
    }

    func testVisibleDomainsAreTheUnrestrictedAndTheGrantedOnes() {
        let g = Grant(account: "an", name: "An", role: .operator, domains: [.feedback], shared: false, grantedBy: "root",
                      grantedAt: Date(timeIntervalSince1970: 0))
        XCTAssertEqual(g.visibleDomains(restricted: []), Set(Pillar.allCases))
        XCTAssertEqual(g.visibleDomains(restricted: [.feedback, .publicOrder]), Set(Pillar.allCases).subtracting([.publicOrder]))
        var none = g
        none.domains = []
        XCTAssertFalse(none.visibleDomains(restricted: [.feedback]).contains(.feedback))
    }

    func testAccountNames() {
        for ok in ["an", "nguyen.van.an", "ioc-test-op", "_svc", "WORKSTATION$", "a1"] { XCTAssertTrue(Grant.isValidAccount(ok), ok) }
        for bad in ["", "-rf", "an;rm", "a b", "an\n", "Nguyễn", String(repeating: "a", count: 33), "a$b", "\u{1B}[31m"] {
            XCTAssertFalse(Grant.isValidAccount(bad), bad)
        }
    }

    func testRefusalsNameWhatMendsThem() {
        XCTAssertEqual(AccessRefusal.noGrant(account: "lan").text(.en),
                       "the account lan has no grant on this database; an admin grants it with: ioc operators grant lan --name \"Full Name\" --role operator")
        XCTAssertTrue(AccessRefusal.roleAboveGrant(requested: .admin, granted: .operator).text(.vi).contains("được cấp vai trò operator"))
    }
}
