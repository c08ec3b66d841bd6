"""The domain: clients, payments and their state machine, usage and its alerts, events.

:class:`Domain` holds the state (a :class:`~paycrypt_mock.store.Store`) and the rules;
every method runs inside the caller's transaction. The handlers
(:mod:`paycrypt_mock.handlers`) and the dashboard act through it.

Payment states::

    pending --pay(full)--> confirming --confirm--> confirmed --refund--> partially_refunded --> refunded
       |  \\--pay(part)--> underpaid --pay(rest)--^                  \\--refund(all)--> refunded
       |--cancel--> canceled
       \\--expire (expires_at passed, or the test helper)--> expired      (underpaid expires too)
"""

from __future__ import annotations

import hashlib
import json
import time
from decimal import Decimal, localcontext
from typing import Any

from .catalog import DEMO_CLIENTS, PACKAGE_BY_ID, PACKAGES, THRESHOLDS
from .context import Ctx
from .emails import alert_email, send_alert_email
from .errors import ApiError
from .formats import month_of, pct_text, public, usd_text
from .money import USD_RATES
from .projection import project, recommend
from .store import Store, new_id
from .webhook_outbox import queue_deliveries
from .webhooks import rfc3339

__all__ = ["Domain"]


def _outcome(error: str | None, next_retry_at: str | None) -> str:
    """An attempt's outcome, for rows recorded before the column existed."""
    return "delivered" if error is None else "retrying" if next_retry_at else "failed"


class Domain:
    """State and rules; every method runs inside the caller's transaction."""

    def __init__(self, store: Store, gateway: Any, *, payment_ttl: int = 900) -> None:
        self.store = store
        self.gateway = gateway
        self.payment_ttl = payment_ttl
        self._keys: dict[str, dict[str, Any]] = {}

    # --- clients ------------------------------------------------------------

    def seed(self, extra: list[dict[str, Any]]) -> None:
        with self.store.transaction():
            for spec in DEMO_CLIENTS + list(extra):
                self.add_client(spec)
        for client in self.store.all("clients"):
            self._keys[client["_api_key"]] = client

    def add_client(self, spec: dict[str, Any]) -> dict[str, Any]:
        """Create a client unless one with that API key exists (ids are derived from the key)."""
        existing = self.store.db.execute(
            "SELECT data FROM clients WHERE id = ?", (self.client_id_for(spec["api_key"]),)
        ).fetchone()
        if existing is not None:
            return self.store.get("clients", self.client_id_for(spec["api_key"])) or {}
        if spec.get("package", "starter") not in PACKAGE_BY_ID:
            raise ValueError(f"unknown package {spec.get('package')!r}")
        client = {
            "id": self.client_id_for(spec["api_key"]),
            "name": spec.get("name", spec["api_key"]),
            "email": spec.get("email", "merchant@shop.example"),
            "status": spec.get("status", "active"),
            "package": spec.get("package", "starter"),
            "created_at": rfc3339(time.time()),
            "_api_key": spec["api_key"],
            "_api_secret": spec["api_secret"],
            "_admin": bool(spec.get("admin", False)),
        }
        self.store.insert("clients", client, owner=None, status=client["status"])
        self._keys[client["_api_key"]] = client
        return client

    @staticmethod
    def client_id_for(api_key: str) -> str:
        digest = hashlib.sha256(api_key.encode()).hexdigest()
        alnum = "".join(c for c in digest if c.isalnum())
        return "cli_" + alnum[:24]

    def client_by_key(self, api_key: str) -> dict[str, Any] | None:
        client = self._keys.get(api_key)
        if client is None:
            return None
        return {
            "id": client["id"],
            "api_key": api_key,
            "api_secret": client["_api_secret"],
            "_admin": client["_admin"],
        }

    def client(self, client_id: str) -> dict[str, Any]:
        client = self.store.get("clients", client_id)
        if client is None:
            raise ApiError(404, "client_not_found", f"No client with id {client_id}.")
        return client

    def find_client(self, client_id: str) -> dict[str, Any] | None:
        """The client with that id, or ``None`` (no 404: for the dashboard)."""
        return self.store.get("clients", client_id)

    def clients(self) -> list[dict[str, Any]]:
        """Every client, oldest first."""
        return self.store.all("clients")

    @staticmethod
    def api_key_of(client: dict[str, Any]) -> str:
        """The API key a client signs with (the dashboard acts as that client)."""
        return str(client["_api_key"])

    def admin_api_key(self) -> str | None:
        """The API key of the first admin client, if one was seeded."""
        for client in self.clients():
            if client.get("_admin"):
                return self.api_key_of(client)
        return None

    def active_override(self, client_id: str, now: float) -> dict[str, Any] | None:
        overrides: list[dict[str, Any]] = self.store.all(
            "pricing_overrides", where="owner = ?", params=(client_id,)
        )
        active = [o for o in overrides if float(o["_expires"]) > now]
        return active[-1] if active else None

    def fee_percent(self, client: dict[str, Any], now: float) -> Decimal:
        """The fee in force: the active pricing override's, else the package's."""
        override = self.active_override(client["id"], now)
        return Decimal(
            override["fee_percent"] if override else PACKAGE_BY_ID[client["package"]]["fee_percent"]
        )

    def render_account(self, client: dict[str, Any], now: float) -> dict[str, Any]:
        override = self.active_override(client["id"], now)
        return {
            "id": client["id"],
            "name": client["name"],
            "email": client["email"],
            "status": client["status"],
            "package": dict(PACKAGE_BY_ID[client["package"]]),
            "pricing_override": public(override) if override else None,
            "created_at": client["created_at"],
        }

    # --- usage --------------------------------------------------------------

    def usage_row(self, client_id: str, month: str) -> tuple[Decimal, int]:
        row = self.store.db.execute(
            "SELECT volume_usd, payments_count FROM usage WHERE owner = ? AND month = ?",
            (client_id, month),
        ).fetchone()
        return (Decimal(row[0]), row[1]) if row else (Decimal(0), 0)

    def usage_fees(self, client_id: str, month: str) -> Decimal:
        """The month's fees in USD, exact (the sum of each confirmed payment's fee at the fixed rates)."""
        row = self.store.db.execute(
            "SELECT fees_usd FROM usage WHERE owner = ? AND month = ?", (client_id, month)
        ).fetchone()
        return Decimal(row[0]) if row else Decimal(0)

    def arming(self, client_id: str, month: str) -> int:
        """How many times the month's usage was reset: each reset re-arms the thresholds."""
        row = self.store.db.execute(
            "SELECT resets FROM usage WHERE owner = ? AND month = ?", (client_id, month)
        ).fetchone()
        return int(row[0]) if row else 0

    def usage_figures(self, client: dict[str, Any], month: str) -> dict[str, Any]:
        volume, count = self.usage_row(client["id"], month)
        package = PACKAGE_BY_ID[client["package"]]
        max_volume = Decimal(package["max_volume"])
        with localcontext() as ctx:
            ctx.prec = 60
            pct = volume * 100 / max_volume
        return {
            "volume": volume,
            "count": count,
            "max_volume": max_volume,
            "pct": pct,
            "package": package,
        }

    def check_thresholds(
        self, client: dict[str, Any], month: str, now: float, events: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Record each newly crossed threshold once per (client, month, limit in force); emit
        usage.threshold_reached. The limit in force is the package's max_volume and the month's
        reset count, so a package switch or a usage reset re-arms every threshold (the unique
        index ``usage_alerts_once`` in store.py guarantees the "once")."""
        figures = self.usage_figures(client, month)
        arming = self.arming(client["id"], month)
        done = {
            row[0]
            for row in self.store.db.execute(
                "SELECT json_extract(data, '$.threshold') FROM usage_alerts WHERE owner = ? "
                "AND json_extract(data, '$.alert_month') = ? AND json_extract(data, '$.test') = 0 "
                "AND json_extract(data, '$.max_volume') = ? "
                "AND coalesce(json_extract(data, '$._arming'), 0) = ?",
                (client["id"], month, usd_text(figures["max_volume"]), arming),
            )
        }
        created = []
        for threshold, alert_type in THRESHOLDS:
            if figures["pct"] >= threshold and threshold not in done:
                alert = self.new_alert(
                    client, figures, threshold, alert_type, month, now, test=False
                )
                alert["_arming"] = arming
                send_alert_email(self.store, alert, client, now, alert["sent_at"])
                self.store.insert("usage_alerts", alert, owner=client["id"], created=int(now))
                self.emit(events, client["id"], "usage.threshold_reached", alert, now)
                created.append(public(alert))
        return created

    def new_alert(
        self,
        client: dict[str, Any],
        figures: dict[str, Any],
        threshold: int,
        alert_type: str,
        month: str,
        now: float,
        *,
        test: bool,
    ) -> dict[str, Any]:
        projected = project(
            Decimal(usd_text(figures["volume"])), month, now
        )  # from the volume shown
        recommended, contact_sales = recommend(PACKAGES, client["package"], projected)
        return {
            "id": new_id("ua"),
            "client_id": client["id"],
            "threshold": threshold,
            "alert_type": alert_type,
            "usage_percentage": pct_text(figures["pct"]),
            "current_volume": usd_text(figures["volume"]),
            "max_volume": usd_text(figures["max_volume"]),
            "alert_month": month,
            "sent_at": rfc3339(now),
            "email_sent": False,
            "projected_volume": format(projected, "f"),
            "contact_sales": contact_sales,
            "recommended_package": recommended["id"] if recommended else None,
            "test": test,
        }

    def usage_alert(self, alert_id: str) -> dict[str, Any] | None:
        return self.store.get("usage_alerts", alert_id)

    def alert_email(self, alert: dict[str, Any], client: dict[str, Any]) -> tuple[str, str]:
        """``(subject, html)`` of the e-mail sent for ``alert`` (rendered now if none was stored)."""
        return alert_email(self.store, alert, client)

    # --- events -------------------------------------------------------------

    def emit(
        self,
        events: list[dict[str, Any]],
        owner: str,
        event_type: str,
        obj: dict[str, Any],
        now: float,
        only_endpoint: str | None = None,
    ) -> dict[str, Any]:
        """Record the event and its pending deliveries (the outbox) in the caller's transaction."""
        event = {
            "id": new_id("evt"),
            "type": event_type,
            "created": int(now),
            "data": {"object": public(obj)},
            "livemode": False,
            "_owner": owner,
        }
        self.store.insert("events", event, owner=owner, status=event_type, created=int(now))
        queue_deliveries(self.store, event, owner, now, only_endpoint)
        events.append(event)
        return event

    def render_event(self, event: dict[str, Any], *, with_attempts: bool = True) -> dict[str, Any]:
        out = public(event)
        if with_attempts:
            rows = self.store.db.execute(
                "SELECT endpoint_id, attempt, status_code, error, duration_ms, attempted_at, next_retry_at, "
                "response_body, outcome FROM delivery_attempts WHERE event_id = ? ORDER BY seq",
                (event["id"],),
            ).fetchall()
            out["delivery_attempts"] = [
                {
                    "webhook_endpoint_id": r[0],
                    "attempt": r[1],
                    "status_code": r[2],
                    "response_body": r[7],
                    "error": r[3],
                    "duration_ms": r[4],
                    "attempted_at": r[5],
                    "next_retry_at": r[6],
                    "outcome": r[8] or _outcome(r[3], r[6]),
                }
                for r in rows
            ]
        return out

    def payment_events(self, owner: str, payment_id: str) -> list[dict[str, Any]]:
        """The events about one payment, oldest first, with their delivery attempts."""
        rows = self.store.db.execute(
            "SELECT data FROM events WHERE owner = ? AND json_extract(data, '$.data.object.id') = ? ORDER BY seq",
            (owner, payment_id),
        ).fetchall()
        return [self.render_event(json.loads(r[0])) for r in rows]

    def webhook_endpoints(self, owner: str) -> list[dict[str, Any]]:
        """Every webhook endpoint of ``owner`` (stored documents: with their secrets)."""
        return self.store.all("webhook_endpoints", where="owner = ?", params=(owner,))

    # --- payments -----------------------------------------------------------

    def payment(self, ctx: Ctx, payment_id: str) -> dict[str, Any]:
        assert ctx.client is not None
        payment = self.store.get("payments", payment_id, owner=ctx.client["id"])
        if payment is None:
            raise ApiError(404, "payment_not_found", f"No payment with id {payment_id}.")
        self._maybe_expire(payment, ctx.now, ctx.events)
        return payment

    def set_status(
        self,
        payment: dict[str, Any],
        status: str,
        now: float,
        events: list[dict[str, Any]],
        event_type: str | None = None,
    ) -> None:
        payment["status"] = status
        payment["updated_at"] = rfc3339(now)
        self.store.update("payments", payment, status=status)
        self.emit(events, payment["_owner"], event_type or f"payment.{status}", payment, now)

    def _maybe_expire(
        self, payment: dict[str, Any], now: float, events: list[dict[str, Any]]
    ) -> bool:
        if payment["status"] in ("pending", "underpaid") and payment["_expires"] <= now:
            self.set_status(payment, "expired", now, events)
            return True
        return False

    def sweep(
        self, now: float, owner: str | None = None, events: list[dict[str, Any]] | None = None
    ) -> list[dict[str, Any]]:
        """Expire every pending/underpaid payment past ``expires_at``; return the events."""
        events = [] if events is None else events
        with self.store.transaction():
            sql = (
                "SELECT data FROM payments WHERE status IN ('pending', 'underpaid') "
                "AND created <= ?"
            )
            params: tuple[Any, ...] = (now - self.payment_ttl,)
            if owner is not None:
                sql += " AND owner = ?"
                params += (owner,)
            for row in self.store.db.execute(sql, params).fetchall():
                self._maybe_expire(json.loads(row[0]), now, events)
        return events

    def confirm(self, payment: dict[str, Any], now: float, events: list[dict[str, Any]]) -> None:
        payment["confirmed_at"] = rfc3339(now)
        self.set_status(payment, "confirmed", now, events)
        month = month_of(now)
        with localcontext() as ctx:
            ctx.prec = 60
            usd = Decimal(payment["amount"]) * USD_RATES[payment["currency"]]
            fee_usd = Decimal(payment["fee"]) * USD_RATES[payment["currency"]]
            volume, count = self.usage_row(payment["_owner"], month)
            fees = self.usage_fees(payment["_owner"], month)
            self.store.db.execute(
                "INSERT INTO usage (owner, month, volume_usd, payments_count, fees_usd) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (owner, month) DO UPDATE SET volume_usd = excluded.volume_usd, "
                "payments_count = excluded.payments_count, fees_usd = excluded.fees_usd",
                (payment["_owner"], month, str(volume + usd), count + 1, str(fees + fee_usd)),
            )
        self.check_thresholds(self.client(payment["_owner"]), month, now, events)
