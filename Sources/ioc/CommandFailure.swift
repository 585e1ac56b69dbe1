import Foundation
import IOCDomain
import IOCStore

/// An error a command reports itself: a message in both languages and its exit code (`ExitStatus`). `IOC.main`
/// prints it on standard error, in the language of the command line's `--lang`, with no usage text.
struct CommandFailure: Error, CustomStringConvertible {
    var code: Int32
    var vi: String
    var en: String

    /// Refused by the rules, or the object named does not exist: exit 1.
    static func refused(_ vi: String, _ en: String) -> CommandFailure { CommandFailure(code: ExitStatus.refused, vi: vi, en: en) }

    /// The database or the configuration cannot be used: exit 3.
    static func failure(_ vi: String, _ en: String) -> CommandFailure { CommandFailure(code: ExitStatus.failure, vi: vi, en: en) }

    /// A database that is missing or unusable, naming the file.
    static func database(_ error: CityStoreError) -> CommandFailure {
        switch error {
        case .missing(let path):
            return .failure("không có cơ sở dữ liệu tại \(path) (kiểm tra --db; lệnh chỉ đọc không tạo tệp mới)",
                            "no database at \(path) (check --db; a command that only reads creates no file)")
        case .unusable(let path, let reason):
            return .failure("không dùng được cơ sở dữ liệu \(path): \(reason)", "cannot use the database \(path): \(reason)")
        }
    }

    /// No alarm answers to what was typed.
    static func noAlarm(_ reference: String) -> CommandFailure {
        .refused("không có cảnh báo '\(reference)' (xem `ioc alarms list`)", "no alarm '\(reference)' (see `ioc alarms list`)")
    }

    func text(_ language: Language) -> String { language == .en ? en : vi }

    var description: String { en }
}
