import GRDB

/// The store's migrations. A migration that has shipped is never edited: change the schema with a new one.
///
/// Conventions: every time is an INTEGER of Unix milliseconds in UTC (columns end in `_ms`); text is stored as
/// given (connectors sanitise it); `meta` holds one row whose `change_counter` every write transaction bumps.
enum StoreSchema {
    /// All migrations, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-city-cache") { db in
            try db.execute(sql: v1)
        }
        return migrator
    }

    /// The identifiers of the registered migrations, oldest first.
    static var migrationIdentifiers: [String] { migrator.migrations }

    private static let v1 = """
        CREATE TABLE meta (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            change_counter INTEGER NOT NULL,
            last_write_ms INTEGER
        );
        INSERT INTO meta (id, change_counter, last_write_ms) VALUES (1, 0, NULL);

        CREATE TABLE source (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            interval_s REAL NOT NULL,
            status TEXT NOT NULL DEFAULT 'unknown',
            last_attempt_ms INTEGER,
            last_success_ms INTEGER,
            last_error TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_duration_ms REAL,
            next_poll_ms INTEGER,
            cursor TEXT
        );

        CREATE TABLE agency (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL
        );

        CREATE TABLE ward (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            province_code TEXT NOT NULL
        );

        CREATE TABLE series (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            pillar TEXT NOT NULL,
            name TEXT NOT NULL,
            name_en TEXT NOT NULL,
            unit TEXT NOT NULL,
            agency_code TEXT,
            ward_code TEXT,
            target REAL,
            direction TEXT NOT NULL,
            warn_above REAL,
            warn_below REAL
        );
        CREATE INDEX series_by_pillar ON series (pillar, id);

        CREATE TABLE observation (
            series_id INTEGER NOT NULL,
            ts INTEGER NOT NULL,
            value REAL NOT NULL,
            quality INTEGER NOT NULL,
            source_id TEXT NOT NULL,
            PRIMARY KEY (series_id, ts)
        ) WITHOUT ROWID;

        CREATE TABLE observation_hourly (
            series_id INTEGER NOT NULL,
            hour_ms INTEGER NOT NULL,
            min_value REAL NOT NULL,
            max_value REAL NOT NULL,
            sum_value REAL NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (series_id, hour_ms)
        ) WITHOUT ROWID;

        CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            external_id TEXT NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            is_open INTEGER NOT NULL,
            category TEXT NOT NULL,
            agency_code TEXT,
            ward_code TEXT,
            opened_ms INTEGER NOT NULL,
            due_ms INTEGER,
            closed_ms INTEGER,
            updated_ms INTEGER NOT NULL,
            progress REAL,
            severity INTEGER,
            detail TEXT NOT NULL,
            search TEXT NOT NULL,
            UNIQUE (source_id, kind, external_id)
        );
        CREATE INDEX event_by_kind_opened ON event (kind, opened_ms);
        CREATE INDEX event_open_by_due ON event (kind, is_open, due_ms);
        CREATE INDEX event_by_agency ON event (kind, agency_code, is_open, due_ms);
        CREATE INDEX event_closed ON event (is_open, closed_ms);
        -- Covers the per-agency dossier and feedback aggregates (no table lookups while scanning a kind).
        CREATE INDEX event_aggregate ON event (kind, is_open, opened_ms, agency_code, due_ms, closed_ms, status);
        """
}
