import Foundation
import IOCDomain
import XCTest

/// Every typed refusal (alarm, logbook, handover) is said in Vietnamese and in clean English. The examples are listed
/// through exhaustive switches: a new reason does not compile here until it has an example, so none goes unread.
final class RefusalTextTests: XCTestCase {
    private static let vietnameseLetters = CharacterSet(charactersIn: "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
    private func isEnglish(_ s: String) -> Bool { s.unicodeScalars.allSatisfy { !Self.vietnameseLetters.contains($0) } }
    private func isVietnamese(_ s: String) -> Bool { s.unicodeScalars.contains { Self.vietnameseLetters.contains($0) } }

    static let alarmExamples: [AlarmRefusal] = [
        .viewerMayNotAct, .notShelved, .shelveNotOver, .notSuppressed, .onlySupervisorReturnsToService, .notOutOfService,
        .emptyNote, .noAgencyToAssign, .notAcknowledged, .resolveTimeNotOver, .conditionUnchanged,
        .conditionAlreadyNormal, .alreadyAcknowledged, .nothingToAcknowledge, .cannotAcknowledge(.outOfService),
        .shelveNeedsReason, .shelveTimeNotPositive, .shelveTooLong(maxMinutes: 480), .alreadyShelved,
        .cannotShelve(.suppressed), .alreadySuppressed, .outOfService, .onlySupervisorTakesOutOfService,
        .outOfServiceNeedsReason, .alreadyOutOfService, .nothingToEscalate, .alreadyEscalated,
        .acknowledgeBeforeResolving, .nothingToResolve, .cannotResolve(.shelved), .noSuchAlarm("A17"), .notGranted,
    ]

    static let accessExamples: [AccessRefusal] = [
        .noGrant(account: "lan"), .roleAboveGrant(requested: .admin, granted: .operator), .adminOnly(account: "lan", role: .operator),
        .supervisorOnly(account: "lan", role: .viewer), .lastAdmin(account: "root"), .invalidAccount("a;b"),
        .notGranted(account: "lan"), .unknownDomain("x"), .restrictedDomain(.feedback, what: "A17"), .nameMissing,
        .personalAccount(account: "lan", name: "Lan"),
    ]

    static let logbookExamples: [LogbookRefusal] = [
        .viewerCannotWrite, .emptyEntry, .entryTooLong(length: 2001, limit: 2000),
        .eventAfterWriting(Date(timeIntervalSince1970: 1_795_300_000)), .noEntryToCorrect(99),
        .notInTheData([.agency("SXX"), .ward("99999"), .alarm("A404")]), .unreadableRow(column: "log_entry.role", value: "x"),
        .viewerCannotHandOver, .viewerCannotTakeOver, .narrativeMissing, .narrativeTooLong(length: 4001, limit: 4000),
        .handoverPending(3), .notOnDuty("Lan"), .noHandover(7), .noPendingHandover, .alreadyAccepted(2), .ownHandover,
        .onDutyTakingOver, .reservationsNeedSupervisor, .reservationsMissing,
        .reservationsTooLong(length: 2001, limit: 2000), .sectionsUnseen(count: 3, next: .openAlarms),
    ]

    /// The compiler checks this switch is exhaustive: a new reason needs an example above.
    private func listed(_ r: AlarmRefusal) -> Bool {
        switch r {
        case .viewerMayNotAct, .notShelved, .shelveNotOver, .notSuppressed, .onlySupervisorReturnsToService,
             .notOutOfService, .emptyNote, .noAgencyToAssign, .notAcknowledged, .resolveTimeNotOver, .conditionUnchanged,
             .conditionAlreadyNormal, .alreadyAcknowledged, .nothingToAcknowledge, .cannotAcknowledge,
             .shelveNeedsReason, .shelveTimeNotPositive, .shelveTooLong, .alreadyShelved, .cannotShelve,
             .alreadySuppressed, .outOfService, .onlySupervisorTakesOutOfService, .outOfServiceNeedsReason,
             .alreadyOutOfService, .nothingToEscalate, .alreadyEscalated, .acknowledgeBeforeResolving,
             .nothingToResolve, .cannotResolve, .noSuchAlarm, .notGranted:
            return true
        }
    }

    private func listed(_ r: AccessRefusal) -> Bool {
        switch r {
        case .noGrant, .roleAboveGrant, .adminOnly, .supervisorOnly, .lastAdmin, .invalidAccount, .notGranted, .unknownDomain,
             .restrictedDomain, .nameMissing, .personalAccount:
            return true
        }
    }

    private func listed(_ r: LogbookRefusal) -> Bool {
        switch r {
        case .viewerCannotWrite, .emptyEntry, .entryTooLong, .eventAfterWriting, .noEntryToCorrect, .notInTheData,
             .unreadableRow, .viewerCannotHandOver, .viewerCannotTakeOver, .narrativeMissing, .narrativeTooLong,
             .handoverPending, .notOnDuty, .noHandover, .noPendingHandover, .alreadyAccepted, .ownHandover,
             .onDutyTakingOver, .reservationsNeedSupervisor, .reservationsMissing, .reservationsTooLong,
             .sectionsUnseen:
            return true
        }
    }

    func testEveryReasonIsSaidInBothLanguages() {
        XCTAssertEqual(Self.alarmExamples.count, 32, "one example per alarm refusal")
        XCTAssertEqual(Self.accessExamples.count, 11, "one example per access refusal")
        XCTAssertEqual(Self.logbookExamples.count, 22, "one example per logbook or handover refusal")
        let texts = Self.alarmExamples.map { ($0.text(.vi), $0.text(.en), listed($0)) }
            + Self.logbookExamples.map { ($0.text(.vi), $0.text(.en), listed($0)) }
            + Self.accessExamples.map { ($0.text(.vi), $0.text(.en), listed($0)) }
        for (vi, en, listed) in texts {
            XCTAssertTrue(listed)
            XCTAssertTrue(isVietnamese(vi), "Vietnamese: \(vi)")
            XCTAssertTrue(isEnglish(en), "English: \(en)")
            XCTAssertNotEqual(vi, en)
        }
        XCTAssertEqual(Set(texts.map(\.0)).count, texts.count, "no two reasons read alike in Vietnamese")
        XCTAssertEqual(Set(texts.map(\.1)).count, texts.count, "no two reasons read alike in English")
    }

    func testNumbersAndNamesAreSaidInTheReadersStyle() {
        XCTAssertEqual(LogbookRefusal.entryTooLong(length: 3679, limit: 2000).text(.vi),
                       "Nội dung nhật ký dài 3.679 ký tự, tối đa 2.000: không ghi (không cắt bớt)")
        XCTAssertEqual(LogbookRefusal.entryTooLong(length: 3679, limit: 2000).text(.en),
                       "The log entry has 3,679 characters, at most 2,000: not written (nothing cut)")
        XCTAssertEqual(LogbookRefusal.notInTheData([.agency("SXX"), .alarm("A404")]).text(.en),
                       "Not in the data: agency SXX; alarm A404")
        XCTAssertEqual(AlarmRefusal.cannotAcknowledge(.outOfService).text(.en),
                       "The alarm is out of service: it cannot be acknowledged")
        XCTAssertEqual(LogbookRefusal.notOnDuty("Lan").description, "Chỉ người đang trực (Lan) hoặc trưởng ca được bắt đầu giao ca")
    }
}
