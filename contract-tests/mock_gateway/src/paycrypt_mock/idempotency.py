"""Idempotency keys, as DESIGN.md describes and Stripe does.

Key (per API key) -> (SHA-256 of method + path + body, stored response), kept
24 h. A first request inserts a ``running`` row (its own tiny transaction,
before any ``await``), so a concurrent twin sees it and gets ``409
idempotency_key_in_use``. The handler's state change and the ``done`` row
with its response are written in one transaction: a retry after
``500_after_commit`` or ``drop_after_commit`` replays the success. A 5xx
before commit deletes the ``running`` row, so the retry runs again.

A ``running`` row whose request can no longer finish is forgotten, so its
retry runs (once) instead of getting 409 for 24 h: on start, every one left by
a process that died mid-request (:meth:`Idempotency.forget_unfinished`; nothing
of such a request was committed, its ``done`` row would be in the same
transaction); while running, one older than :data:`STALE_AFTER` (a request that
was cancelled without abandoning its key).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass

from .errors import ApiError
from .store import Store

__all__ = ["Idempotency", "STALE_AFTER", "Stored", "TTL", "request_hash"]

TTL = 24 * 3600
# Far longer than any request runs: the longest is an injected 60 s latency.
STALE_AFTER = 300.0


@dataclass
class Stored:
    status: int
    headers: dict[str, str]
    body: bytes


def request_hash(method: str, path: str, body: bytes) -> str:
    digest = hashlib.sha256()
    digest.update(method.encode() + b"\n" + path.encode("utf-8", "surrogateescape") + b"\n")
    digest.update(body)
    return digest.hexdigest()


class Idempotency:
    def __init__(self, store: Store) -> None:
        self.store = store

    def begin(self, api_key: str, key: str, fingerprint: str) -> Stored | None:
        """Replay a finished response, refuse a conflicting one, or claim the key (returns None)."""
        db = self.store.db
        now = time.time()
        with self.store.transaction():
            row = db.execute(
                "SELECT request_hash, state, status, headers, body, created FROM idempotency "
                "WHERE api_key = ? AND key = ?",
                (api_key, key),
            ).fetchone()
            if row is not None and (
                row["created"] < now - TTL
                or (row["state"] == "running" and row["created"] < now - STALE_AFTER)
            ):
                db.execute("DELETE FROM idempotency WHERE api_key = ? AND key = ?", (api_key, key))
                row = None
            if row is None:
                db.execute(
                    "INSERT INTO idempotency (api_key, key, request_hash, state, created) "
                    "VALUES (?, ?, ?, 'running', ?)",
                    (api_key, key, fingerprint, now),
                )
                return None
        if row["request_hash"] != fingerprint:
            raise ApiError(
                409,
                "idempotency_key_reused",
                "This Idempotency-Key was already used with a different request "
                "(method, path or body); use a new key for a new request.",
            )
        if row["state"] == "running":
            raise ApiError(
                409,
                "idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; retry later.",
            )
        return Stored(row["status"], json.loads(row["headers"]), bytes(row["body"]))

    def finish(
        self, api_key: str, key: str, status: int, headers: dict[str, str], body: bytes
    ) -> None:
        """Store the response (call inside the handler's transaction, or alone for a stored 4xx)."""
        with self.store.transaction():
            self.store.db.execute(
                "UPDATE idempotency SET state = 'done', status = ?, headers = ?, body = ? "
                "WHERE api_key = ? AND key = ?",
                (status, json.dumps(headers), body, api_key, key),
            )

    def abandon(self, api_key: str, key: str) -> None:
        """Forget a claimed key (a 5xx before commit): the retry runs again."""
        with self.store.transaction():
            self.store.db.execute(
                "DELETE FROM idempotency WHERE api_key = ? AND key = ? AND state = 'running'",
                (api_key, key),
            )

    def forget_unfinished(self) -> int:
        """On start: keys claimed by requests of a process that died before they finished."""
        with self.store.transaction():
            return self.store.db.execute("DELETE FROM idempotency WHERE state = 'running'").rowcount

    def purge(self) -> int:
        with self.store.transaction():
            cur = self.store.db.execute(
                "DELETE FROM idempotency WHERE created < ?", (time.time() - TTL,)
            )
            return cur.rowcount
