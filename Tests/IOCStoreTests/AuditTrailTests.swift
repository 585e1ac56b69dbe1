import Foundation
import IOCDomain
@testable import IOCStore
import IOCTestSupport
import XCTest

/// The audit trail in the store: written with the action it records, refusals too, append-only, and any change to
/// its rows found by `verifyAuditChain`.
final class AuditTrailTests: XCTestCase {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let op = Actor(name: "Nguyễn Văn An", role: .operator)
    let viewer = Actor(name: "Lãnh đạo", role: .viewer)

    func store() throws -> (CityStore, TemporaryDatabase) {
        let temp = TemporaryDatabase()
        addTeardownBlock { temp.remove() }
        return (try temp.openStore(account: "ioc-op"), temp)
    }

    func actions(_ s: CityStore) throws -> [String] {
        try s.auditRecords(AuditQuery()).map { "\($0.event.action.rawValue) \($0.event.outcome.rawValue)" }
    }

    func testEveryPersonsActionAndRefusalIsARecordNamingTheAccount() throws {
        let (s, _) = try store()
        try s.signOn(op, at: now)
        try s.appendLogEntry(LogEntryDraft(author: op, category: .event, text: "Mưa lớn", writtenAt: now))
        XCTAssertThrowsError(try s.appendLogEntry(LogEntryDraft(author: viewer, category: .event, text: "x", writtenAt: now)))
        XCTAssertThrowsError(try s.appendLogEntry(LogEntryDraft(author: op, category: .event, text: "   ", writtenAt: now)))
        let template = AlarmStoreTests.template("aqi|1", at: now)
        _ = try s.applyAlarmInput(.conditionRaised(value: 180, message: "AQI 180", priority: .high, at: now), alarmID: "aqi|1",
                                  template: template)
        _ = try s.applyAlarmInput(.acknowledge(by: viewer, at: now, note: nil), alarmID: "aqi|1", template: nil)
        _ = try s.applyAlarmInput(.acknowledge(by: op, at: now, note: "đã gọi Sở TN&MT"), alarmID: "aqi|1", template: nil)
        XCTAssertThrowsError(try s.act(on: "nope", .pause, by: op, at: now))
        XCTAssertEqual(try actions(s), ["sign_on ok", "log.add ok", "log.add refused", "log.add refused",
                                        "alarm.acknowledge refused", "alarm.acknowledge ok", "source.pause refused"],
                       "a condition change is the alarm's own timeline, not a person's action")
        let records = try s.auditRecords(AuditQuery())
        XCTAssertEqual(Set(records.map(\.event.account)), ["ioc-op"])
        XCTAssertEqual(records[5].event.detail, "đã gọi Sở TN&MT")
        XCTAssertTrue(records[5].event.target.hasPrefix("A1 "), records[5].event.target)
        XCTAssertEqual(records[4].event.detail, "A viewer may not act on alarms")
        XCTAssertEqual(records[4].event.actor, "Lãnh đạo")
        XCTAssertEqual(try s.verifyAuditChain(), .intact(entries: 7))
        XCTAssertEqual(try s.auditRecords(AuditQuery(action: "alarm")).count, 2)
        XCTAssertEqual(try s.auditRecords(AuditQuery(action: "alarm.ack")).count, 0, "a family is a whole word")
        XCTAssertEqual(try s.auditRecords(AuditQuery(outcome: .refused, limit: 2)).map(\.id), [5, 7])
    }

    func testTheTableRefusesUpdateAndDelete() throws {
        let (s, temp) = try store()
        try s.audit(AuditEvent(at: now, account: "ioc-op", actor: "An", role: "operator", action: .export))
        _ = temp
        for sql in ["UPDATE audit SET detail = 'x'", "DELETE FROM audit", "DELETE FROM audit WHERE id = 1"] {
            XCTAssertThrowsError(try s.database.write { db in try db.execute(sql: sql) }, sql) { error in
                XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
            }
        }
        if s.engine == .postgres {
            XCTAssertThrowsError(try s.database.write { db in try db.execute(sql: "TRUNCATE audit") }) { error in
                XCTAssertTrue("\(error)".contains("append-only"), "\(error)")
            }
        }
        XCTAssertEqual(try s.verifyAuditChain(), .intact(entries: 1))
    }

    /// One changed byte, one deleted record, two records swapped: each is found and named (the triggers dropped
    /// first, as someone with the file in hand would).
    func testTamperingIsFoundAndNamed() throws {
        let cases: [(String, String, Int64)] = [
            ("one byte", "UPDATE audit SET detail = 'exporT' WHERE id = 3", 3),
            ("a deleted record", "DELETE FROM audit WHERE id = 2", 3),
            ("two swapped", """
                UPDATE audit SET id = -1 WHERE id = 2; UPDATE audit SET id = 2 WHERE id = 4; UPDATE audit SET id = 4 WHERE id = -1
                """, 2),
            ("a changed time", "UPDATE audit SET at_ms = at_ms + 1 WHERE id = 5", 5),
        ]
        for (name, sql, broken) in cases {
            let (s, temp) = try store()
            for i in 1...5 {
                try s.audit(AuditEvent(at: now.addingTimeInterval(Double(i)), account: "ioc-op", actor: "An", role: "operator",
                                       action: .export, detail: "export"))
            }
            XCTAssertEqual(try s.verifyAuditChain(), .intact(entries: 5))
            _ = temp
            try tamper(s, table: "audit", sql)
            guard case .broken(let id, _, _) = try s.verifyAuditChain() else { XCTFail("\(name): not found"); continue }
            XCTAssertEqual(id, broken, name)
        }
    }

    /// A value of the wrong type (someone edited the file) is named by the check, never a trap.
    func testAWrongTypeInAnSQLiteFileIsNamedNotATrap() throws {
        let (s, temp) = try store()
        for i in 1...3 { try s.audit(AuditEvent(at: now, account: "a", actor: "b", role: "operator", action: .export, detail: "\(i)")) }
        for change in ["at_ms = 'x'", "actor = 42", "hash = X'FF00'", "at_ms = 1.5"] {
            XCTAssertEqual(ShellCommand.run("sqlite3 '\(temp.path)' \"DROP TRIGGER IF EXISTS audit_no_update; UPDATE audit SET \(change) WHERE id = 2\"").status, 0)
            guard case .broken(let id, _, let reason) = try s.verifyAuditChain() else { XCTFail(change); continue }
            XCTAssertEqual(id, 2, change)
            XCTAssertTrue(reason.hasPrefix("unreadable: ") || reason.contains("hash"), "\(change): \(reason)")
        }
    }

    /// One forwarder at a time: the lease, and the cursor that only its holder moves.
    func testTheForwardingLeaseAndCursor() throws {
        let (s, _) = try store()
        let c = "tcp://soc:514"
        XCTAssertTrue(try s.claimAuditForwarding(to: c, holder: "a", at: now, lease: 15))
        XCTAssertFalse(try s.claimAuditForwarding(to: c, holder: "b", at: now.addingTimeInterval(10), lease: 15), "a holds it")
        XCTAssertTrue(try s.claimAuditForwarding(to: c, holder: "a", at: now.addingTimeInterval(10), lease: 15), "a renews")
        XCTAssertFalse(try s.markAuditForwarded(to: c, upTo: 3, hash: "h3", holder: "b", at: now), "only the holder moves it")
        XCTAssertTrue(try s.markAuditForwarded(to: c, upTo: 3, hash: "h3", holder: "a", at: now))
        XCTAssertFalse(try s.markAuditForwarded(to: c, upTo: 2, hash: "h2", holder: "a", at: now), "never back")
        XCTAssertTrue(try s.claimAuditForwarding(to: c, holder: "b", at: now.addingTimeInterval(26), lease: 15), "a's lease ran out")
        XCTAssertFalse(try s.markAuditForwarded(to: c, upTo: 4, hash: "h4", holder: "a", at: now), "a lost it")
        XCTAssertEqual(try s.auditForwarded(to: c).id, 3)
        XCTAssertEqual(try s.auditForwarded(to: c).hash, "h3")
    }

    /// A console that is running when its account's grant is revoked or lowered learns it at its next action.
    func testARevokedOrLoweredGrantStopsTheNextAction() throws {
        let (admin, temp) = try store()
        _ = try admin.grantOrBootstrap(name: "Trung tâm", at: now)
        let boss = Actor(name: "Trung tâm", role: .admin)
        try admin.grant(Grant(account: "lan", name: "Lan", role: .operator, domains: [], shared: false, grantedBy: "", grantedAt: now),
                        by: boss, at: now)
        let lan = try temp.openStore(account: "lan")
        let me = Actor(name: "Lan", role: .operator)
        _ = try lan.applyAlarmInput(.conditionRaised(value: 1, message: "m", priority: .high, at: now), alarmID: "r|1",
                                    template: AlarmStoreTests.template("r|1", at: now))
        _ = try lan.applyAlarmInput(.conditionRaised(value: 1, message: "m", priority: .high, at: now), alarmID: "r|2",
                                    template: AlarmStoreTests.template("r|2", at: now))
        XCTAssertNotNil(try lan.applyAlarmInput(.acknowledge(by: me, at: now, note: nil), alarmID: "r|1", template: nil).alarm)
        try admin.grant(Grant(account: "lan", name: "Lan", role: .viewer, domains: [], shared: false, grantedBy: "", grantedAt: now),
                        by: boss, at: now)
        XCTAssertEqual(try lan.applyAlarmInput(.acknowledge(by: me, at: now, note: nil), alarmID: "r|2", template: nil), .rejected(.notGranted))
        XCTAssertThrowsError(try lan.appendLogEntry(LogEntryDraft(author: me, category: .event, text: "x", writtenAt: now))) {
            XCTAssertEqual($0 as? AccessRefusal, .roleAboveGrant(requested: .operator, granted: .viewer))
        }
        try admin.revoke("lan", by: boss, at: now)
        XCTAssertThrowsError(try lan.signOn(me, at: now)) { XCTAssertEqual($0 as? AccessRefusal, .noGrant(account: "lan")) }
        let refused = try admin.auditRecords(AuditQuery(account: "lan", outcome: .refused)).map(\.event.action.rawValue)
        XCTAssertEqual(refused, ["alarm.acknowledge", "log.add", "sign_on"])
    }

    func testTextIsCleanedBeforeItIsChained() throws {
        let (s, _) = try store()
        let r = try s.audit(AuditEvent(at: now, account: "ioc-op", actor: "An\u{1B}[2J", role: "operator", action: .export,
                                       detail: "a\u{202E}b\u{7}c"))
        XCTAssertEqual(r.event.actor, "An", "the whole escape sequence goes")
        XCTAssertFalse(r.event.detail.unicodeScalars.contains { $0.value == 0x202E || $0.value == 7 })
        XCTAssertEqual(try s.verifyAuditChain(), .intact(entries: 1))
    }

    func testGrantsBootstrapAnAdminOnceAndOnlyAnAdminChangesThem() throws {
        let (s, temp) = try store()
        let first = try XCTUnwrap(s.grantOrBootstrap(name: "Trung tâm IOC", at: now))
        XCTAssertEqual(first.role, .admin)
        XCTAssertEqual(first.domains, Set(Pillar.allCases))
        XCTAssertTrue(first.shared)
        let other = try temp.openStore(account: "lan")
        XCTAssertNil(try other.grantOrBootstrap(name: "Lan", at: now), "only the first account is bootstrapped")
        let admin = Actor(name: "Trung tâm IOC", role: .admin)
        try s.grant(Grant(account: "lan", name: "Lan", role: .operator, domains: [.feedback], shared: false, grantedBy: "",
                          grantedAt: now), by: admin, at: now)
        XCTAssertEqual(try other.grantOrBootstrap(name: "x", at: now)?.role, .operator)
        XCTAssertEqual(try other.grant(for: "lan")?.domains, [.feedback])
        XCTAssertEqual(try s.grant(for: "lan")?.grantedBy, "ioc-op")
        XCTAssertThrowsError(try other.grant(Grant(account: "lan", name: "Lan", role: .admin, domains: [], shared: false,
                                                   grantedBy: "", grantedAt: now), by: Actor(name: "Lan", role: .operator), at: now)) {
            XCTAssertEqual($0 as? AccessRefusal, .adminOnly(account: "lan", role: .operator))
        }
        XCTAssertThrowsError(try s.revoke("ioc-op", by: admin, at: now)) { XCTAssertEqual($0 as? AccessRefusal, .lastAdmin(account: "ioc-op")) }
        XCTAssertThrowsError(try s.grant(Grant(account: "ioc-op", name: "x", role: .viewer, domains: [], shared: false, grantedBy: "",
                                               grantedAt: now), by: admin, at: now)) {
            XCTAssertEqual($0 as? AccessRefusal, .lastAdmin(account: "ioc-op"))
        }
        XCTAssertThrowsError(try s.grant(Grant(account: "a;b", name: "x", role: .viewer, domains: [], shared: false, grantedBy: "",
                                               grantedAt: now), by: admin, at: now))
        XCTAssertEqual(try s.revoke("lan", by: admin, at: now).role, .operator)
        XCTAssertNil(try other.grantOrBootstrap(name: "Lan", at: now), "revoked")
        XCTAssertEqual(try actions(s), ["access.grant ok", "access.grant ok", "access.grant refused", "access.revoke refused",
                                        "access.grant refused", "access.grant refused", "access.revoke ok"])
        XCTAssertEqual(try s.verifyAuditChain(), .intact(entries: 7))
    }
}
