import Foundation

/// Why a logbook or handover write was refused (nothing was written): one typed reason for the store, the console
/// and the CLI, said in the reader's language where it is shown (`text(_:)`), so no copy of a sentence can differ
/// between the screen that checks early and the store that checks last.
public enum LogbookRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    // The logbook
    case viewerCannotWrite
    case emptyEntry
    case entryTooLong(length: Int, limit: Int)
    /// The event time is after the writing time (beyond a minute of clock skew): the log does not record ahead.
    case eventAfterWriting(Date)
    case noEntryToCorrect(Int64)
    /// Links to an agency, ward or alarm the store does not know, each named.
    case notInTheData([LogLink])
    /// A stored row holds a value this build cannot read (column, value).
    case unreadableRow(column: String, value: String)

    // The handover
    case viewerCannotHandOver
    case viewerCannotTakeOver
    case narrativeMissing
    case narrativeTooLong(length: Int, limit: Int)
    /// A handover already waits for acceptance (its id).
    case handoverPending(Int64)
    /// Only who is on duty (named) or a supervisor may start a handover.
    case notOnDuty(String)
    case noHandover(Int64)
    case noPendingHandover
    case alreadyAccepted(Int64)
    case ownHandover
    case onDutyTakingOver
    case reservationsNeedSupervisor
    case reservationsMissing
    case reservationsTooLong(length: Int, limit: Int)
    /// The incoming operator has not yet seen every section (how many are left, the next one to read).
    case sectionsUnseen(count: Int, next: HandoverSection?)

    /// The reason in the reader's language.
    public func text(_ language: Language) -> String {
        let n = language.numberStyle
        switch self {
        case .viewerCannotWrite:
            return language.pick("Người xem không được ghi nhật ký", "A viewer cannot write the log")
        case .emptyEntry:
            return language.pick("Nội dung nhật ký trống", "The log entry is empty")
        case .entryTooLong(let length, let limit):
            return language.pick("Nội dung nhật ký dài \(n.format(length)) ký tự, tối đa \(n.format(limit)): không ghi (không cắt bớt)",
                                 "The log entry has \(n.format(length)) characters, at most \(n.format(limit)): not written (nothing cut)")
        case .eventAfterWriting(let at):
            return language.pick("Thời điểm sự việc (\(VietnamTime.dateTime(at))) sau thời điểm ghi: nhật ký không ghi trước",
                                 "The event time (\(VietnamTime.dateTime(at))) is after the writing time: the log does not record ahead")
        case .noEntryToCorrect(let id):
            return language.pick("Không có mục nhật ký #\(id) để sửa", "No log entry #\(id) to correct")
        case .notInTheData(let links):
            return language.pick("Không có trong dữ liệu: ", "Not in the data: ")
                + links.map { $0.text(language) }.joined(separator: "; ")
        case .unreadableRow(let column, let value):
            return language.pick("giá trị lạ \(value) trong \(column)", "unknown value \(value) in \(column)")
        case .viewerCannotHandOver:
            return language.pick("Người xem không được giao ca", "A viewer cannot hand over")
        case .viewerCannotTakeOver:
            return language.pick("Người xem không được nhận ca", "A viewer cannot take over a shift")
        case .narrativeMissing:
            return language.pick("Giao ca cần phần diễn biến ca", "A handover needs the narrative of the shift")
        case .narrativeTooLong(let length, let limit):
            return language.pick("Diễn biến ca dài \(n.format(length)) ký tự, tối đa \(n.format(limit)): không ghi (không cắt bớt)",
                                 "The handover narrative has \(n.format(length)) characters, at most \(n.format(limit)): not written (nothing cut)")
        case .handoverPending(let id):
            return language.pick("Đang có biên bản giao ca #\(id) chờ tiếp nhận", "Handover #\(id) already awaits acceptance")
        case .notOnDuty(let name):
            return language.pick("Chỉ người đang trực (\(name)) hoặc trưởng ca được bắt đầu giao ca",
                                 "Only the operator on duty (\(name)) or a supervisor can start a handover")
        case .noHandover(let id):
            return language.pick("Không có biên bản giao ca #\(id)", "No handover #\(id)")
        case .noPendingHandover:
            return language.pick("Không có biên bản giao ca chờ tiếp nhận", "No handover awaits acceptance")
        case .alreadyAccepted(let id):
            return language.pick("Biên bản giao ca #\(id) đã được tiếp nhận", "Handover #\(id) has already been accepted")
        case .ownHandover:
            return language.pick("Người giao ca không tự tiếp nhận biên bản của mình",
                                 "The outgoing operator cannot accept their own handover")
        case .onDutyTakingOver:
            return language.pick("Người đang trực không tự nhận lại ca của mình",
                                 "The operator on duty cannot take over their own shift")
        case .reservationsNeedSupervisor:
            return language.pick("Chỉ trưởng ca được tiếp nhận có bảo lưu", "Only a supervisor can accept with reservations")
        case .reservationsMissing:
            return language.pick("Tiếp nhận có bảo lưu cần ghi nội dung bảo lưu",
                                 "Accepting with reservations needs the reservations written")
        case .reservationsTooLong(let length, let limit):
            return language.pick("Nội dung bảo lưu dài \(n.format(length)) ký tự, tối đa \(n.format(limit)): không ghi (không cắt bớt)",
                                 "The reservations have \(n.format(length)) characters, at most \(n.format(limit)): not written (nothing cut)")
        case .sectionsUnseen(let count, let next):
            let name = next.map { language.pick($0.titleVI, $0.titleEN) } ?? ""
            return language.pick("Xem hết các mục trước khi tiếp nhận: còn \(n.format(count)) mục chưa xem (→ tiếp: \(name))",
                                 "Review every section before accepting: \(n.format(count)) not yet seen (→ next: \(name))")
        }
    }

    /// The Vietnamese, as logs and `String(describing:)` show it.
    public var description: String { text(.vi) }
}
