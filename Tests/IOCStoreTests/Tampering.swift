import Foundation
@testable import IOCStore

/// Changes rows behind the store's back, as someone holding the SQLite file or a PostgreSQL superuser's session
/// would: the append-only triggers of `table` off, each statement of `sql` (separated by `;`) run, the triggers
/// back on (PostgreSQL; SQLite's stay dropped, as a file edited by hand would have them).
func tamper(_ store: CityStore, table: String, _ sql: String) throws {
    try store.database.write { db in
        switch db.engine {
        case .sqlite:
            for trigger in ["\(table)_no_update", "\(table)_no_delete"] { try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)") }
        case .postgres:
            try db.execute(sql: "ALTER TABLE \(table) DISABLE TRIGGER USER")
        }
        for statement in sql.split(separator: ";") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            try db.execute(sql: String(statement))
        }
        if db.engine == .postgres { try db.execute(sql: "ALTER TABLE \(table) ENABLE TRIGGER USER") }
    }
}
