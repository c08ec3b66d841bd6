"""The webhook outbox, as handlers write it: deliveries queued with the event that needs them,
and stopped when their endpoint is disabled or deleted.

Both run inside the caller's transaction, so the change and its deliveries commit or vanish
together; :class:`paycrypt_mock.webhooks.Deliverer` works from the ``deliveries`` table alone.
"""

from __future__ import annotations

from typing import Any

from .store import Store

__all__ = ["STOPPED", "endpoint_matches", "queue_deliveries", "stop_deliveries"]

STOPPED = "no further attempts: the endpoint was {}"  # disabled | deleted


def endpoint_matches(endpoint: dict[str, Any], event_type: str) -> bool:
    """Enabled, and subscribed to this type (or to ``*``)."""
    events = endpoint.get("events") or []
    return bool(endpoint.get("enabled", True)) and ("*" in events or event_type in events)


def queue_deliveries(
    store: Store, event: dict[str, Any], owner: str, now: float, only_endpoint: str | None = None
) -> int:
    """The outbox write: one pending delivery per matching endpoint (or to ``only_endpoint``).

    Called inside the transaction that records the event (or its resend), so the event and
    its deliveries commit or vanish together."""
    count = 0
    for endpoint in store.all("webhook_endpoints", where="owner = ?", params=(owner,)):
        wanted = (
            endpoint["id"] == only_endpoint
            if only_endpoint is not None
            else endpoint_matches(endpoint, event["type"])
        )
        if not wanted:
            continue
        store.db.execute(
            "INSERT INTO deliveries (event_id, endpoint_id, state, tries, due_unix, created) "
            "VALUES (?, ?, 'pending', 0, ?, ?)",
            (event["id"], endpoint["id"], now, now),
        )
        count += 1
    return count


def stop_deliveries(store: Store, endpoint_id: str, why: str) -> int:
    """Disabling or deleting an endpoint (``why``): no further attempts for what is queued to it.

    Called in the transaction that changes the endpoint. Each pending delivery becomes
    ``canceled``; where its last attempt was waiting for a retry, that attempt now reads
    ``failed``, without ``next_retry_at``, its error saying why. An attempt already on the wire
    records the same when it ends. A later resend starts a fresh delivery."""
    store.db.execute(
        "UPDATE delivery_attempts SET outcome = 'failed', next_retry_at = NULL, "
        "next_retry_unix = NULL, error = COALESCE(error || '; ', '') || ? "
        "WHERE next_retry_at IS NOT NULL AND seq IN (SELECT MAX(a.seq) FROM delivery_attempts a "
        "JOIN deliveries d ON d.event_id = a.event_id AND d.endpoint_id = a.endpoint_id "
        "WHERE d.endpoint_id = ? AND d.state = 'pending' GROUP BY a.event_id)",
        (STOPPED.format(why), endpoint_id),
    )
    return store.db.execute(
        "UPDATE deliveries SET state = 'canceled' WHERE endpoint_id = ? AND state = 'pending'",
        (endpoint_id,),
    ).rowcount
