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
        migrator.registerMigration("v2-alarms") { db in
            try db.execute(sql: v2Alarms)
        }
        migrator.registerMigration("v3-change-scopes") { db in
            try db.execute(sql: v3ChangeScopes)
        }
        migrator.registerMigration("v3-logbook") { db in
            try db.execute(sql: v3Logbook)
        }
        migrator.registerMigration("v4-logbook-scope") { db in
            try db.execute(sql: "ALTER TABLE meta ADD COLUMN logbook_counter INTEGER NOT NULL DEFAULT 0")
        }
        // The English text of an alarm's message (rules' `message_en`); NULL for alarms raised before it and for
        // rules without one, which English screens then show in Vietnamese.
        migrator.registerMigration("v5-alarm-message-en") { db in
            try db.execute(sql: "ALTER TABLE alarm ADD COLUMN message_en TEXT")
        }
        // Each alarm's public number (shown as `A17`): safe to type in a shell and to read out, unlike the internal
        // `rule|subject` key. Existing alarms are numbered in the order they were first written (their rowid); new
        // ones get the next number when first written (`AlarmRow.numberSQL`).
        migrator.registerMigration("v6-alarm-ids") { db in
            try db.execute(sql: """
                ALTER TABLE alarm ADD COLUMN number INTEGER;
                UPDATE alarm SET number = rowid;
                CREATE UNIQUE INDEX alarm_by_number ON alarm (number);
                """)
        }
        // System timeline notes as a code with its parameters (JSON), rendered in the reader's language
        // (`AlarmNote`, Decision 29); `note` keeps the Vietnamese text. NULL for typed notes and older rows.
        migrator.registerMigration("v7-alarm-note-code") { db in
            try db.execute(sql: """
                ALTER TABLE alarm_action ADD COLUMN note_code TEXT;
                ALTER TABLE alarm_action ADD COLUMN note_params TEXT;
                """)
        }
        // English beside the Vietnamese for what a connector writes in both (the simulator): an event's title and
        // detail and a source's name; NULL for sources that write one language, whose readers show it as written.
        migrator.registerMigration("v7-english-names") { db in
            try db.execute(sql: """
                ALTER TABLE event ADD COLUMN title_en TEXT;
                ALTER TABLE event ADD COLUMN detail_en TEXT;
                ALTER TABLE source ADD COLUMN name_en TEXT;
                """)
        }
        // The status as the source wrote it (`CityEvent.sourceStatus`); NULL when it is one of ours.
        migrator.registerMigration("v8-event-source-status") { db in
            try db.execute(sql: "ALTER TABLE event ADD COLUMN source_status TEXT")
        }
        // Each source's polls, failed polls and records of the day (Vietnam time), for the sources screen's error
        // rate and records today; `day_start_ms` is the midnight the counts belong to (another day reads as zero).
        migrator.registerMigration("v9-source-today") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN day_start_ms INTEGER;
                ALTER TABLE source ADD COLUMN polls_today INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE source ADD COLUMN failures_today INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE source ADD COLUMN records_today INTEGER NOT NULL DEFAULT 0;
                """)
        }
        // Operators' controls of a source (`SourceControl`): paused, and the last "poll now" asked for.
        migrator.registerMigration("v10-source-controls") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE source ADD COLUMN poll_requested_ms INTEGER;
                """)
        }
        // Where a source is read from and how its connection is protected (`TransportSecurity`), for the sources
        // screen; written at registration from the sources file.
        migrator.registerMigration("v11-source-endpoint") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN endpoint TEXT;
                ALTER TABLE source ADD COLUMN transport_security TEXT;
                """)
        }
        // Who may do what (grants of OS accounts) and the audit trail, append-only and hash-chained, with the
        // forwarding cursor of each SOC collector (Decision 59).
        migrator.registerMigration("v12-access-audit") { db in
            try db.execute(sql: v12AccessAudit)
        }
        // Each source's polls, failed polls, records and polls that left records out per day (Vietnam time), kept for
        // reports (availability and clean data over a month or a year): a trigger copies the source row's day counts
        // (`countTodaySets`, the one rule) on every poll, so nothing else counts them a second time.
        migrator.registerMigration("v13-source-day") { db in
            try db.execute(sql: """
                ALTER TABLE source ADD COLUMN left_out_today INTEGER NOT NULL DEFAULT 0;
                CREATE TABLE source_day (
                    source_id TEXT NOT NULL,
                    day_ms INTEGER NOT NULL,
                    polls INTEGER NOT NULL,
                    failures INTEGER NOT NULL,
                    records INTEGER NOT NULL,
                    left_out INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (source_id, day_ms)
                ) WITHOUT ROWID;
                CREATE TRIGGER source_day_count AFTER UPDATE OF polls_today, left_out_today ON source
                WHEN NEW.day_start_ms IS NOT NULL
                BEGIN
                    INSERT INTO source_day (source_id, day_ms, polls, failures, records, left_out)
                    VALUES (NEW.id, NEW.day_start_ms, NEW.polls_today, NEW.failures_today, NEW.records_today, NEW.left_out_today)
                    ON CONFLICT (source_id, day_ms) DO UPDATE SET
                        polls = excluded.polls, failures = excluded.failures, records = excluded.records,
                        left_out = excluded.left_out;
                END;
                INSERT INTO source_day (source_id, day_ms, polls, failures, records)
                SELECT id, day_start_ms, polls_today, failures_today, records_today FROM source
                WHERE day_start_ms IS NOT NULL AND polls_today > 0;
                """)
            // Each alarm's annunciations by time (`CityStore.annunciationFilter`, the same terms, so SQLite uses it):
            // the annunciation an acknowledgement answers is one index step, not a scan of the alarm's whole
            // timeline (a year's report over alarms raised a thousand times each: 375 ms a month without it, 1 ms).
            try db.execute(sql: "CREATE INDEX alarm_action_annunciation ON alarm_action (alarm_id, at_ms) WHERE "
                + CityStore.annunciationFilter)
        }
        // Daily rollups beyond the hourly ones (issue 17): a Vietnam calendar day of one series (`day_ms` its midnight),
        // with the hours that held a value and the sum of their means, so a day's mean of hourly means (VN_AQI's day)
        // is exact from the day row alone once the hours are pruned. Filled from every hourly row kept so far.
        migrator.registerMigration("v14-daily-rollup") { db in
            try db.execute(sql: """
                CREATE TABLE observation_daily (
                    series_id INTEGER NOT NULL,
                    day_ms INTEGER NOT NULL,
                    min_value REAL NOT NULL,
                    max_value REAL NOT NULL,
                    sum_value REAL NOT NULL,
                    count INTEGER NOT NULL,
                    hours INTEGER NOT NULL,
                    hour_mean_sum REAL NOT NULL,
                    PRIMARY KEY (series_id, day_ms)
                ) WITHOUT ROWID;
                INSERT INTO observation_daily (series_id, day_ms, min_value, max_value, sum_value, count, hours, hour_mean_sum)
                SELECT series_id, \(CityStore.vietnamDaySQL("hour_ms")) AS day, MIN(min_value), MAX(max_value),
                       SUM(sum_value), SUM(count), COUNT(*), SUM(sum_value / count)
                FROM observation_hourly GROUP BY series_id, day;
                """)
        }
        // Pollers that write through a local queue (issue 17, item 3): per poller, the highest sequence number it has
        // had applied (a queued record forwarded twice is applied once), how many records were applied and how many
        // came through the queue, and the backlog it last reported (the sources screen shows it).
        migrator.registerMigration("v15-poller-forward") { db in
            try db.execute(sql: CityStore.pollerForwardTable)
        }
        // Operating scenario runs and their append-only timeline (issue 18, Decision 72).
        migrator.registerMigration("v16-scenario-runs") { db in
            try db.execute(sql: CityStore.scenarioRunSchema(.sqlite))
        }
        // Each projected series' forecast for the next hours (issue 18).
        migrator.registerMigration("v17-series-projection") { db in
            try db.execute(sql: CityStore.projectionSchema(.sqlite))
        }
        return migrator
    }

    /// `restricted_domain`: the data domains only granted accounts see — kept here, not only in a configuration file
    /// a caller could point elsewhere (a `security.yaml` restriction is added on load; lifting one is an admin's).
    /// `operator_grant`: one row per OS account (`domains` comma-joined restricted domains it may see; revoking
    /// deletes the row, the audit trail keeps the history). `audit`: `hash` = SHA-256 of `AuditChain.canonicalText`,
    /// `prev_hash` the record before's; triggers abort every UPDATE and DELETE. `audit_forwarding`: the last record
    /// id each collector has been sent (records wait in `audit` itself while it is down), which process forwards to it
    /// (`holder`, until `lease_ms`: one at a time, or records would go twice) and its last error.
    private static let v12AccessAudit = """
        CREATE TABLE operator_grant (
            account TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            domains TEXT NOT NULL,
            shared INTEGER NOT NULL,
            granted_by TEXT NOT NULL,
            granted_ms INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            account TEXT NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL,
            target TEXT NOT NULL,
            detail TEXT NOT NULL,
            domain TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_by_account ON audit (account, id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only: records are never deleted'); END;

        ALTER TABLE alarm ADD COLUMN domain TEXT;

        CREATE TABLE restricted_domain (
            domain TEXT PRIMARY KEY,
            since_ms INTEGER NOT NULL,
            by_account TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE audit_forwarding (
            collector TEXT PRIMARY KEY,
            last_id INTEGER NOT NULL,
            last_hash TEXT,
            at_ms INTEGER NOT NULL,
            holder TEXT,
            lease_ms INTEGER,
            last_error TEXT
        ) WITHOUT ROWID;
        """

    /// The identifiers of the registered migrations, oldest first.
    static var migrationIdentifiers: [String] { migrator.migrations }

    /// One counter per kind of data next to the total, so a console re-reads only the parts of its dashboard whose
    /// tables changed (observations every second; events, alarms and reference data far less often).
    private static let v3ChangeScopes = """
        ALTER TABLE meta ADD COLUMN observation_counter INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meta ADD COLUMN event_counter INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meta ADD COLUMN alarm_counter INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meta ADD COLUMN source_counter INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meta ADD COLUMN reference_counter INTEGER NOT NULL DEFAULT 0;
        """

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

    /// Alarms: `alarm` holds each alarm's current state (one row per id, `state_order` = `AlarmState.listOrder` for
    /// the list's sort); `alarm_action` is the timeline, append-only: triggers abort every UPDATE and DELETE.
    /// `alarm_action.priority` is the alarm's priority after the action, for the priority mix.
    private static let v2Alarms = """
        CREATE TABLE alarm (
            id TEXT PRIMARY KEY NOT NULL,
            rule_id TEXT NOT NULL,
            subject TEXT NOT NULL,
            kind TEXT NOT NULL,
            priority INTEGER NOT NULL,
            message TEXT NOT NULL,
            agency_code TEXT,
            ward_code TEXT,
            source_id TEXT,
            parent_id TEXT,
            state TEXT NOT NULL,
            state_order INTEGER NOT NULL,
            condition_active INTEGER NOT NULL,
            value REAL,
            active_since_ms INTEGER,
            last_change_ms INTEGER NOT NULL,
            acknowledged_ms INTEGER,
            acknowledged_by TEXT,
            shelved_until_ms INTEGER,
            shelve_reason TEXT,
            shelve_one_shot INTEGER NOT NULL,
            escalated_ms INTEGER,
            assigned_agency TEXT,
            state_before_overlay TEXT
        );
        CREATE INDEX alarm_by_list_order ON alarm (state_order, priority, last_change_ms);
        CREATE INDEX alarm_by_state ON alarm (state);

        CREATE TABLE alarm_action (
            id INTEGER PRIMARY KEY,
            alarm_id TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            actor TEXT NOT NULL,
            role TEXT,
            action TEXT NOT NULL,
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            note TEXT,
            priority INTEGER NOT NULL
        );
        CREATE INDEX alarm_action_by_alarm ON alarm_action (alarm_id, id);
        CREATE INDEX alarm_action_by_time ON alarm_action (at_ms, action);

        CREATE TRIGGER alarm_action_no_update BEFORE UPDATE ON alarm_action
        BEGIN SELECT RAISE(ABORT, 'alarm_action is append-only: rows are never updated'); END;
        CREATE TRIGGER alarm_action_no_delete BEFORE DELETE ON alarm_action
        BEGIN SELECT RAISE(ABORT, 'alarm_action is append-only: rows are never deleted'); END;
        """

    /// The logbook and handovers, all append-only (triggers abort every UPDATE and DELETE):
    /// `log_entry` is hash-chained (`hash` = SHA-256 of `LogChain.canonicalText`, `prev_hash` the entry before's);
    /// `search` is the accent-folded text for search (not part of the hash); lists are JSON arrays.
    /// `operator_sign_on` records every sign-on; `duty_change` says who is on duty from when (the last row wins):
    /// the first operator to sign on, then the incoming operator of each accepted handover.
    /// `handover` is the record as the outgoing operator started it (sections frozen as JSON); `handover_action`
    /// holds its acceptance, at most one per handover.
    private static let v3Logbook = """
        CREATE TABLE log_entry (
            id INTEGER PRIMARY KEY,
            shift_id TEXT NOT NULL,
            author TEXT NOT NULL,
            role TEXT NOT NULL,
            category TEXT NOT NULL,
            text TEXT NOT NULL,
            search TEXT NOT NULL,
            event_ms INTEGER NOT NULL,
            written_ms INTEGER NOT NULL,
            alarm_ids TEXT NOT NULL,
            agency_codes TEXT NOT NULL,
            ward_codes TEXT NOT NULL,
            corrects_id INTEGER REFERENCES log_entry (id),
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX log_entry_by_shift ON log_entry (shift_id, id);
        CREATE INDEX log_entry_by_category ON log_entry (category, id);
        CREATE TRIGGER log_entry_no_update BEFORE UPDATE ON log_entry
        BEGIN SELECT RAISE(ABORT, 'log_entry is append-only: write a correction instead'); END;
        CREATE TRIGGER log_entry_no_delete BEFORE DELETE ON log_entry
        BEGIN SELECT RAISE(ABORT, 'log_entry is append-only: rows are never deleted'); END;

        CREATE TABLE operator_sign_on (
            id INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL
        );
        CREATE TRIGGER operator_sign_on_no_update BEFORE UPDATE ON operator_sign_on
        BEGIN SELECT RAISE(ABORT, 'operator_sign_on is append-only'); END;
        CREATE TRIGGER operator_sign_on_no_delete BEFORE DELETE ON operator_sign_on
        BEGIN SELECT RAISE(ABORT, 'operator_sign_on is append-only'); END;

        CREATE TABLE duty_change (
            id INTEGER PRIMARY KEY,
            at_ms INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            reason TEXT NOT NULL,
            handover_id INTEGER REFERENCES handover (id)
        );
        CREATE TRIGGER duty_change_no_update BEFORE UPDATE ON duty_change
        BEGIN SELECT RAISE(ABORT, 'duty_change is append-only'); END;
        CREATE TRIGGER duty_change_no_delete BEFORE DELETE ON duty_change
        BEGIN SELECT RAISE(ABORT, 'duty_change is append-only'); END;

        CREATE TABLE handover (
            id INTEGER PRIMARY KEY,
            shift_id TEXT NOT NULL,
            outgoing TEXT NOT NULL,
            outgoing_role TEXT NOT NULL,
            started_ms INTEGER NOT NULL,
            overall_status TEXT NOT NULL,
            narrative TEXT NOT NULL,
            sections_json TEXT NOT NULL,
            last_entry_id INTEGER NOT NULL
        );
        CREATE TRIGGER handover_no_update BEFORE UPDATE ON handover
        BEGIN SELECT RAISE(ABORT, 'handover is append-only'); END;
        CREATE TRIGGER handover_no_delete BEFORE DELETE ON handover
        BEGIN SELECT RAISE(ABORT, 'handover is append-only'); END;

        CREATE TABLE handover_action (
            id INTEGER PRIMARY KEY,
            handover_id INTEGER NOT NULL REFERENCES handover (id),
            at_ms INTEGER NOT NULL,
            actor TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            reservations TEXT
        );
        CREATE UNIQUE INDEX handover_action_once ON handover_action (handover_id);
        CREATE TRIGGER handover_action_no_update BEFORE UPDATE ON handover_action
        BEGIN SELECT RAISE(ABORT, 'handover_action is append-only'); END;
        CREATE TRIGGER handover_action_no_delete BEFORE DELETE ON handover_action
        BEGIN SELECT RAISE(ABORT, 'handover_action is append-only'); END;
        """
}
