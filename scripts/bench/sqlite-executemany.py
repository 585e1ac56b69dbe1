#!/usr/bin/env python3
"""The Python peer of `ioc-bench stores`: the same rows into the same SQLite schema with Python's sqlite3 module
(the same system libsqlite3), the store's writer pragmas, and per batch one transaction of `executemany` with the
store's upsert and change-counter update. Prints the seconds the batches took (rows loaded before timing).

usage: sqlite-executemany.py DB ROWS.csv BATCH
"""
import csv
import sqlite3
import sys
import time

db_path, rows_path, batch = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(rows_path, newline="") as f:
    rows = [(int(s), int(t), float(v), int(q), src) for s, t, v, q, src in csv.reader(f)]
batches = [rows[i:i + batch] for i in range(0, len(rows), batch)]
db = sqlite3.connect(db_path, isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = NORMAL")
db.execute("PRAGMA cache_size = -2048")
db.execute("PRAGMA busy_timeout = 5000")
sql = ("INSERT INTO observation (series_id, ts, value, quality, source_id) VALUES (?, ?, ?, ?, ?) "
       "ON CONFLICT (series_id, ts) DO UPDATE SET value = excluded.value, quality = excluded.quality, "
       "source_id = excluded.source_id")
start = time.perf_counter()
for b in batches:
    db.execute("BEGIN IMMEDIATE")
    db.executemany(sql, b)
    db.execute("UPDATE meta SET change_counter = change_counter + 1 WHERE id = 1")
    db.execute("COMMIT")
print(f"{time.perf_counter() - start:.6f}")
