import Foundation
import IOCDomain
import IOCReports
import IOCStore

/// Where the console's `:report` puts a report: a `reports` folder beside the database (0700), one HTML file per
/// period (`report-month-2026-12-01.html`), written private and whole (`PrivateFile`), a report of the same period
/// written again replacing the last.
enum ReportFile {
    static func writeBesideDatabase(store: CityStore, kind: ReportPeriod.Kind, at: Date, scope: AccessScope,
                                    language: Language) throws -> (ReportPeriod, String) {
        let period = ReportPeriod(kind, containing: at)
        let figures = try store.reportFigures(period: period, scope: scope, now: at)
        let html = try ReportFormat.html.render(figures, language)
        // Beside an SQLite file; for a database on a server, in this account's data folder.
        let folder = (store.engine == .sqlite ? URL(fileURLWithPath: store.path).deletingLastPathComponent()
            : URL(fileURLWithPath: CommonOptions.dataFolder)).appendingPathComponent("reports")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure.failure("không tạo được thư mục \(folder.path): \(error.localizedDescription)",
                                         "cannot make the folder \(folder.path): \(error.localizedDescription)")
        }
        // A folder, not a link to one elsewhere; kept private even if someone opened it up.
        var info = stat()
        guard lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CommandFailure.failure("\(folder.path) không phải là thư mục (liên kết?): không ghi báo cáo vào đó",
                                         "\(folder.path) is not a folder (a link?): no report is written there")
        }
        if info.st_mode & 0o077 != 0 { chmod(folder.path, 0o700) }
        let path = folder.appendingPathComponent("report-\(kind.rawValue)-\(VietnamTime.isoDate(period.start)).html").path
        try PrivateFile.write(Data(html.utf8), to: path)
        return (period, path)
    }
}
