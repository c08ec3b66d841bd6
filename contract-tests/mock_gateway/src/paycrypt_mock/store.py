"""SQLite storage: one writer connection, explicit transactions, JSON documents.

Each resource table keeps the object as a JSON document (money inside it is
decimal *text*, never a float) next to the few columns that are queried
(owner, status, creation time). ``seq`` orders lists and backs the cursor.

The app is single-threaded (one asyncio loop) and handlers never ``await``
inside a transaction, so one connection with ``BEGIN IMMEDIATE … COMMIT``
gives atomic multi-row changes without locks of our own.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import string
import time
from collections.abc import Iterator
from typing import Any, BinaryIO

__all__ = ["Store", "new_id", "now", "RESOURCE_TABLES"]

_ALNUM = string.ascii_letters + string.digits

RESOURCE_TABLES = (
    "clients",
    "payments",
    "refunds",
    "webhook_endpoints",
    "events",
    "usage_alerts",
    "pricing_overrides",
    "audit_log",
    "emails",
)

_SCHEMA = (
    "".join(
        f"""
CREATE TABLE IF NOT EXISTS {table} (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    owner TEXT,
    status TEXT,
    created INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS {table}_owner ON {table} (owner, seq);
"""
        for table in RESOURCE_TABLES
    )
    + """
CREATE INDEX IF NOT EXISTS payments_status ON payments (status);
CREATE TABLE IF NOT EXISTS idempotency (
    api_key TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    state TEXT NOT NULL,              -- running | done
    status INTEGER,
    headers TEXT,
    body BLOB,
    created REAL NOT NULL,
    PRIMARY KEY (api_key, key)
);
CREATE TABLE IF NOT EXISTS usage (
    owner TEXT NOT NULL,
    month TEXT NOT NULL,              -- YYYY-MM
    volume_usd TEXT NOT NULL,         -- decimal text
    payments_count INTEGER NOT NULL DEFAULT 0,
    fees_usd TEXT NOT NULL DEFAULT '0',  -- decimal text, exact (rounded when reported)
    resets INTEGER NOT NULL DEFAULT 0,   -- usage resets this month: each re-arms the alert thresholds
    PRIMARY KEY (owner, month)
);
CREATE TABLE IF NOT EXISTS delivery_attempts (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    endpoint_id TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    status_code INTEGER,
    response_body TEXT,               -- first 500 characters of the receiver's answer
    error TEXT,
    duration_ms INTEGER NOT NULL,
    attempted_at TEXT NOT NULL,
    next_retry_at TEXT,
    next_retry_unix REAL,
    outcome TEXT                      -- delivered | retrying | failed
);
CREATE INDEX IF NOT EXISTS delivery_attempts_event ON delivery_attempts (event_id, seq);
-- The webhook outbox: written in the same transaction as the event it delivers.
CREATE TABLE IF NOT EXISTS deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    endpoint_id TEXT NOT NULL,
    state TEXT NOT NULL,              -- pending (to attempt at due_unix) | delivered | failed | canceled
    tries INTEGER NOT NULL,           -- attempts recorded for this delivery (a resend starts at 0)
    due_unix REAL NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries (state, due_unix);
"""
)


# Each random byte -> one of 62 alphanumerics (``byte % 62``: a slight bias, fine for ids
# that must be unique and unguessable-ish, not uniform). ``bytes.translate`` keeps it cheap.
_ID_TABLE = bytes(ord(_ALNUM[b % 62]) for b in range(256))


def new_id(prefix: str) -> str:
    """``prefix`` + ``_`` + 24 random alphanumerics (``pay_…``, ``evt_…``)."""
    return f"{prefix}_" + os.urandom(24).translate(_ID_TABLE).decode("ascii")


def now() -> float:
    return time.time()


class DatabaseInUse(RuntimeError):
    """Another mock process is serving this database file."""


def hold_exclusively(path: str) -> BinaryIO | None:
    """Lock ``path`` for this process's lifetime: one mock process per database file.

    What a serving process keeps there is its own (Idempotency-Keys claimed by its running
    requests, which it forgets at start; the outbox it delivers): a second process on the same
    file would run a retried request twice. The lock is a ``-lock`` file beside the database
    (like SQLite's ``-wal``), released by the kernel however the process ends."""
    if path == ":memory:":
        return None
    try:
        import fcntl
    except ImportError:  # not POSIX: the rule is in the README, not enforced
        return None
    handle = open(path + "-lock", "ab")  # noqa: SIM115 - held until the process ends
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise DatabaseInUse(
            f"another paycrypt-mock is serving {path}: one process per --db file"
        ) from None
    return handle


class Store:
    """The one SQLite connection, with helpers for JSON-document tables."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        if path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        had_outbox = self._has_table("deliveries")
        self.db.executescript(_SCHEMA)
        self._migrate(had_outbox)
        self._migrate_billing()
        self._depth = 0

    def _has_table(self, name: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
            ).fetchone()
            is not None
        )

    def _migrate(self, had_outbox: bool) -> None:
        """Bring a database file made by an older mock up to date (columns and tables added since)."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(delivery_attempts)")}
        if "response_body" not in columns:
            self.db.execute("ALTER TABLE delivery_attempts ADD COLUMN response_body TEXT")
        if "outcome" not in columns:
            self.db.execute("ALTER TABLE delivery_attempts ADD COLUMN outcome TEXT")
        if not had_outbox:
            # Before the outbox only retries were persisted: carry those still waiting over.
            self.db.execute(
                "INSERT INTO deliveries (event_id, endpoint_id, state, tries, due_unix, created) "
                "SELECT a.event_id, a.endpoint_id, 'pending', a.attempt, a.next_retry_unix, a.next_retry_unix "
                "FROM delivery_attempts a WHERE a.next_retry_unix IS NOT NULL AND a.seq = (SELECT MAX(b.seq) "
                "FROM delivery_attempts b WHERE b.event_id = a.event_id AND b.endpoint_id = a.endpoint_id)"
            )

    def _migrate_billing(self) -> None:
        """Fees, projections and alert re-arming (issue 15) on a database file made by an older mock.

        Idempotent, so it needs no version number: a missing column is added; payments stored
        before fees existed (and the events that carry them) get fee 0.00 and net = amount,
        so every stored object still matches the spec.
        """
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(usage)")}
        if "fees_usd" not in columns:
            self.db.execute("ALTER TABLE usage ADD COLUMN fees_usd TEXT NOT NULL DEFAULT '0'")
        if "resets" not in columns:
            self.db.execute("ALTER TABLE usage ADD COLUMN resets INTEGER NOT NULL DEFAULT 0")
        # An alert belongs to (client, month, threshold, limit in force); the limit in force is the
        # alert's max_volume and the month's reset count when raised (``_arming``; absent on alerts
        # from older mocks, which count as 0). Test alerts are outside the rule.
        self.db.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS usage_alerts_once ON usage_alerts (owner, "
            "json_extract(data, '$.alert_month'), json_extract(data, '$.threshold'), "
            "json_extract(data, '$.max_volume'), coalesce(json_extract(data, '$._arming'), 0)) "
            "WHERE json_extract(data, '$.test') = 0"
        )
        no_fee = (
            "json_set(data, '$.{p}fee_percent', '0.00', '$.{p}fee', '0.00', "
            "'$.{p}net_amount', json_extract(data, '$.{p}amount'))"
        )
        self.db.execute(
            f"UPDATE payments SET data = {no_fee.format(p='')} "
            "WHERE json_extract(data, '$.fee') IS NULL"
        )
        self.db.execute(
            f"UPDATE events SET data = {no_fee.format(p='data.object.')} "
            "WHERE status LIKE 'payment.%' AND json_extract(data, '$.data.object.fee') IS NULL"
        )
        # Alerts from before projections: the projection is taken as the volume then, no contact-sales.
        no_projection = (
            "json_set(data, '$.{p}projected_volume', json_extract(data, '$.{p}current_volume'), "
            "'$.{p}contact_sales', json('false'))"
        )
        self.db.execute(
            f"UPDATE usage_alerts SET data = {no_projection.format(p='')} "
            "WHERE json_extract(data, '$.projected_volume') IS NULL"
        )
        self.db.execute(
            f"UPDATE events SET data = {no_projection.format(p='data.object.')} "
            "WHERE status = 'usage.threshold_reached' "
            "AND json_extract(data, '$.data.object.projected_volume') IS NULL"
        )

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; rolls back on any exception. Re-entrant."""
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.db
        except BaseException:
            self._depth = 0
            self.db.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            self.db.execute("COMMIT")

    # --- JSON documents -------------------------------------------------------

    def insert(
        self,
        table: str,
        obj: dict[str, Any],
        *,
        owner: str | None,
        status: str | None = None,
        created: int | None = None,
    ) -> None:
        self.db.execute(
            f"INSERT INTO {table} (id, owner, status, created, data) VALUES (?, ?, ?, ?, ?)",
            (
                obj["id"],
                owner,
                status,
                int(created if created is not None else time.time()),
                json.dumps(obj, separators=(",", ":")),
            ),
        )

    def update(self, table: str, obj: dict[str, Any], *, status: str | None = None) -> None:
        if status is None:
            self.db.execute(
                f"UPDATE {table} SET data = ? WHERE id = ?",
                (json.dumps(obj, separators=(",", ":")), obj["id"]),
            )
        else:
            self.db.execute(
                f"UPDATE {table} SET data = ?, status = ? WHERE id = ?",
                (json.dumps(obj, separators=(",", ":")), status, obj["id"]),
            )

    def delete(self, table: str, obj_id: str) -> None:
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", (obj_id,))

    def get(self, table: str, obj_id: str, *, owner: str | None = None) -> dict[str, Any] | None:
        if owner is None:
            row = self.db.execute(f"SELECT data FROM {table} WHERE id = ?", (obj_id,)).fetchone()
        else:
            row = self.db.execute(
                f"SELECT data FROM {table} WHERE id = ? AND owner = ?", (obj_id, owner)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def page(
        self,
        table: str,
        *,
        owner: str | None = None,
        limit: int = 10,
        starting_after: str | None = None,
        where: list[tuple[str, Any]] | None = None,
        oldest_first: bool = False,
    ) -> tuple[list[dict[str, Any]], bool]:
        """Newest first (or oldest first); return ``(objects, has_more)``.

        A ``starting_after`` id that is unknown (or not the owner's) gives an
        empty page rather than an error, as it may have been deleted.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if owner is not None:
            clauses.append("owner = ?")
            params.append(owner)
        for clause, value in where or []:
            clauses.append(clause)
            params.append(value)
        if starting_after:
            row = self.db.execute(
                f"SELECT seq FROM {table} WHERE id = ?", (starting_after,)
            ).fetchone()
            if row is None:
                return [], False
            clauses.append("seq > ?" if oldest_first else "seq < ?")
            params.append(row[0])
        sql = f"SELECT data FROM {table}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += f" ORDER BY seq {'ASC' if oldest_first else 'DESC'} LIMIT ?"
        params.append(limit + 1)
        rows = self.db.execute(sql, params).fetchall()
        items = [json.loads(r[0]) for r in rows[:limit]]
        return items, len(rows) > limit

    def all(
        self, table: str, *, where: str = "1", params: tuple[Any, ...] = ()
    ) -> list[dict[str, Any]]:
        rows = self.db.execute(
            f"SELECT data FROM {table} WHERE {where} ORDER BY seq", params
        ).fetchall()
        objects: list[dict[str, Any]] = [json.loads(r[0]) for r in rows]
        return objects

    def ping(self) -> None:
        self.db.execute("SELECT 1").fetchone()
