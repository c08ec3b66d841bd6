"""The domain: payments and their state machine, refunds, webhooks, events, usage, admin.

Handlers are plain synchronous functions ``(domain, ctx) -> (status, body[, headers])``
that run inside the request's transaction; they raise :class:`ApiError` to
refuse (which rolls everything back) and append the events they emit to
``ctx.events`` (delivered after commit). :data:`HANDLERS` maps each
``operationId`` of openapi.yaml to its handler.

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
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import __version__
from .emails import render_email, send_alert_email
from .errors import ApiError
from .money import CRYPTO, FIAT, USD_RATES, convert, decimals, fee_of, parse_amount, pay_address, quantize
from .projection import project, recommend
from .store import Store, new_id
from .webhook_addresses import literal_refusal
from .webhooks import queue_deliveries, rfc3339

if TYPE_CHECKING:
    from .app import Ctx

__all__ = ["Domain", "HANDLERS", "PACKAGES", "DEMO_CLIENTS"]

PACKAGES: list[dict[str, str]] = [
    {"id": "starter", "name": "Starter", "max_volume": "10000.00", "fee_percent": "1.00"},
    {"id": "growth", "name": "Growth", "max_volume": "50000.00", "fee_percent": "0.80"},
    {"id": "business", "name": "Business", "max_volume": "250000.00", "fee_percent": "0.60"},
    {"id": "enterprise", "name": "Enterprise", "max_volume": "1000000.00", "fee_percent": "0.40"},
]
_PACKAGE_BY_ID = {p["id"]: p for p in PACKAGES}
THRESHOLDS = ((80, "notice"), (90, "warning"), (95, "critical"), (100, "limit_exceeded"))
MAX_PAYMENT_AMOUNT = Decimal("1000000000")   # keeps every converted figure inside the Amount pattern

DEMO_CLIENTS: list[dict[str, Any]] = [
    {"name": "Demo Store", "email": "demo@shop.example", "package": "starter",
     "api_key": "pk_test_demo", "api_secret": "sk_test_demo"},
    {"name": "PayCrypt Admin", "email": "admin@paycrypt.example", "package": "enterprise",
     "api_key": "pk_test_admin", "api_secret": "sk_test_admin", "admin": True},
]


def month_of(ts: float) -> str:
    return time.strftime("%Y-%m", time.gmtime(ts))


def parse_time(text: str) -> float:
    value = text.strip().replace("z", "Z")
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        # An offset can push a valid-looking 9999-12-31T23:59:59-23:59 past year 9999 in UTC,
        # which no RFC 3339 date-time (and so no response) can carry: refuse it here.
        parsed.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("the instant is outside years 0001-9999 in UTC") from None
    return parsed.timestamp()


def pct_text(value: Decimal) -> str:
    return format(min(value, Decimal("9999.99")).quantize(Decimal("0.01"), ROUND_DOWN), "f")


def usd_text(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01"), ROUND_HALF_EVEN), "f")


def _field(name: str, message: str, code: str = "validation_failed", status: int = 422) -> ApiError:
    return ApiError(status, code, f"{name} {message}.", errors=[{"field": name, "message": message}])


def _outcome(error: str | None, next_retry_at: str | None) -> str:
    """An attempt's outcome, for rows recorded before the column existed."""
    return "delivered" if error is None else "retrying" if next_retry_at else "failed"


def _page(items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    return {"data": items, "has_more": has_more, "next_cursor": items[-1]["id"] if has_more and items else None}


def _public(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if not k.startswith("_")}


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
            "SELECT data FROM clients WHERE id = ?", (self._client_id(spec["api_key"]),)).fetchone()
        if existing is not None:
            return self.store.get("clients", self._client_id(spec["api_key"])) or {}
        if spec.get("package", "starter") not in _PACKAGE_BY_ID:
            raise ValueError(f"unknown package {spec.get('package')!r}")
        client = {
            "id": self._client_id(spec["api_key"]),
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
    def _client_id(api_key: str) -> str:
        digest = hashlib.sha256(api_key.encode()).hexdigest()
        alnum = "".join(c for c in digest if c.isalnum())
        return "cli_" + alnum[:24]

    def client_by_key(self, api_key: str) -> dict[str, Any] | None:
        client = self._keys.get(api_key)
        if client is None:
            return None
        return {"id": client["id"], "api_key": api_key, "api_secret": client["_api_secret"],
                "_admin": client["_admin"]}

    def client(self, client_id: str) -> dict[str, Any]:
        client = self.store.get("clients", client_id)
        if client is None:
            raise ApiError(404, "client_not_found", f"No client with id {client_id}.")
        return client

    def active_override(self, client_id: str, now: float) -> dict[str, Any] | None:
        overrides: list[dict[str, Any]] = self.store.all("pricing_overrides", where="owner = ?", params=(client_id,))
        active = [o for o in overrides if float(o["_expires"]) > now]
        return active[-1] if active else None

    def fee_percent(self, client: dict[str, Any], now: float) -> Decimal:
        """The fee in force: the active pricing override's, else the package's."""
        override = self.active_override(client["id"], now)
        return Decimal(override["fee_percent"] if override else _PACKAGE_BY_ID[client["package"]]["fee_percent"])

    def render_account(self, client: dict[str, Any], now: float) -> dict[str, Any]:
        override = self.active_override(client["id"], now)
        return {
            "id": client["id"], "name": client["name"], "email": client["email"], "status": client["status"],
            "package": dict(_PACKAGE_BY_ID[client["package"]]),
            "pricing_override": _public(override) if override else None,
            "created_at": client["created_at"],
        }

    # --- usage --------------------------------------------------------------

    def usage_row(self, client_id: str, month: str) -> tuple[Decimal, int]:
        row = self.store.db.execute("SELECT volume_usd, payments_count FROM usage WHERE owner = ? AND month = ?",
                                    (client_id, month)).fetchone()
        return (Decimal(row[0]), row[1]) if row else (Decimal(0), 0)

    def usage_fees(self, client_id: str, month: str) -> Decimal:
        """The month's fees in USD, exact (the sum of each confirmed payment's fee at the fixed rates)."""
        row = self.store.db.execute("SELECT fees_usd FROM usage WHERE owner = ? AND month = ?",
                                    (client_id, month)).fetchone()
        return Decimal(row[0]) if row else Decimal(0)

    def usage_figures(self, client: dict[str, Any], month: str) -> dict[str, Any]:
        volume, count = self.usage_row(client["id"], month)
        package = _PACKAGE_BY_ID[client["package"]]
        max_volume = Decimal(package["max_volume"])
        with localcontext() as ctx:
            ctx.prec = 60
            pct = volume * 100 / max_volume
        return {"volume": volume, "count": count, "max_volume": max_volume, "pct": pct, "package": package}

    def arming(self, client_id: str, month: str) -> int:
        """How many times the month's usage was reset: each reset re-arms the thresholds."""
        row = self.store.db.execute("SELECT resets FROM usage WHERE owner = ? AND month = ?",
                                    (client_id, month)).fetchone()
        return int(row[0]) if row else 0

    def check_thresholds(self, client: dict[str, Any], month: str, now: float,
                         events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Record each newly crossed threshold once per (client, month, limit in force); emit
        usage.threshold_reached. The limit in force is the package's max_volume and the month's
        reset count, so a package switch or a usage reset re-arms every threshold (the unique
        index ``usage_alerts_once`` in store.py guarantees the "once")."""
        figures = self.usage_figures(client, month)
        arming = self.arming(client["id"], month)
        done = {row[0] for row in self.store.db.execute(
            "SELECT json_extract(data, '$.threshold') FROM usage_alerts WHERE owner = ? "
            "AND json_extract(data, '$.alert_month') = ? AND json_extract(data, '$.test') = 0 "
            "AND json_extract(data, '$.max_volume') = ? AND coalesce(json_extract(data, '$._arming'), 0) = ?",
            (client["id"], month, usd_text(figures["max_volume"]), arming))}
        created = []
        for threshold, alert_type in THRESHOLDS:
            if figures["pct"] >= threshold and threshold not in done:
                alert = self._alert(client, figures, threshold, alert_type, month, now, test=False)
                alert["_arming"] = arming
                send_alert_email(self.store, alert, client, now, alert["sent_at"])
                self.store.insert("usage_alerts", alert, owner=client["id"], created=int(now))
                self.emit(events, client["id"], "usage.threshold_reached", alert, now)
                created.append(_public(alert))
        return created

    def _alert(self, client: dict[str, Any], figures: dict[str, Any], threshold: int, alert_type: str,
               month: str, now: float, *, test: bool) -> dict[str, Any]:
        projected = project(Decimal(usd_text(figures["volume"])), month, now)   # from the volume shown
        recommended, contact_sales = recommend(PACKAGES, client["package"], projected)
        return {
            "id": new_id("ua"), "client_id": client["id"], "threshold": threshold, "alert_type": alert_type,
            "usage_percentage": pct_text(figures["pct"]), "current_volume": usd_text(figures["volume"]),
            "max_volume": usd_text(figures["max_volume"]), "alert_month": month, "sent_at": rfc3339(now),
            "email_sent": False, "projected_volume": format(projected, "f"), "contact_sales": contact_sales,
            "recommended_package": recommended["id"] if recommended else None, "test": test,
        }

    # --- events -------------------------------------------------------------

    def emit(self, events: list[dict[str, Any]], owner: str, event_type: str, obj: dict[str, Any],
             now: float, only_endpoint: str | None = None) -> dict[str, Any]:
        """Record the event and its pending deliveries (the outbox) in the caller's transaction."""
        event = {"id": new_id("evt"), "type": event_type, "created": int(now),
                 "data": {"object": _public(obj)}, "livemode": False, "_owner": owner}
        self.store.insert("events", event, owner=owner, status=event_type, created=int(now))
        queue_deliveries(self.store, event, owner, now, only_endpoint)
        events.append(event)
        return event

    def render_event(self, event: dict[str, Any], *, with_attempts: bool = True) -> dict[str, Any]:
        out = _public(event)
        if with_attempts:
            rows = self.store.db.execute(
                "SELECT endpoint_id, attempt, status_code, error, duration_ms, attempted_at, next_retry_at, "
                "response_body, outcome FROM delivery_attempts WHERE event_id = ? ORDER BY seq", (event["id"],)).fetchall()
            out["delivery_attempts"] = [
                {"webhook_endpoint_id": r[0], "attempt": r[1], "status_code": r[2], "response_body": r[7],
                 "error": r[3], "duration_ms": r[4], "attempted_at": r[5], "next_retry_at": r[6],
                 "outcome": r[8] or _outcome(r[3], r[6])} for r in rows]
        return out

    # --- payments -----------------------------------------------------------

    def rate(self, fiat: str, crypto: str) -> Decimal:
        """Price of one unit of ``crypto`` in ``fiat``: 8 decimals, rounded DOWN (so pay_amount,
        computed from it and rounded UP, never leaves the merchant short); trailing zeros beyond
        the fiat's 2 decimals dropped (``95000.00``, ``0.92592592``)."""
        with localcontext() as ctx:
            ctx.prec = 60
            exact = (USD_RATES[crypto] / USD_RATES[fiat]).quantize(Decimal("0.00000001"), ROUND_DOWN)
        trimmed = exact.normalize()
        if trimmed.as_tuple().exponent > -2:  # type: ignore[operator]
            trimmed = exact.quantize(Decimal("0.01"))
        return trimmed

    def quote(self, body: dict[str, Any]) -> tuple[Decimal, str, str, Decimal, Decimal]:
        currency, pay_currency = body["currency"], body["pay_currency"]
        errors = []
        if currency not in FIAT:
            errors.append({"field": "currency", "message": f"must be one of {', '.join(FIAT)}"})
        if pay_currency not in CRYPTO:
            errors.append({"field": "pay_currency", "message": f"must be one of {', '.join(CRYPTO)}"})
        if errors:
            raise ApiError(422, "unsupported_currency", "The currency or pay_currency is not supported.",
                           errors=errors)
        amount = parse_amount(body["amount"])
        assert amount is not None  # the spec's pattern guarantees a decimal
        if amount != quantize(amount, currency):
            raise _field("amount", f"must have at most {decimals(currency)} decimals for {currency}")
        if amount < Decimal(str(FIAT[currency]["min_amount"])):
            raise _field("amount", f"must be at least {FIAT[currency]['min_amount']} {currency}",
                         "amount_too_small")
        if amount > MAX_PAYMENT_AMOUNT:
            raise _field("amount", f"must be at most {MAX_PAYMENT_AMOUNT} in the sandbox", "amount_too_large")
        rate = self.rate(currency, pay_currency)
        with localcontext() as ctx:
            ctx.prec = 60
            pay_amount = quantize(amount / rate, pay_currency, ROUND_UP)
        return amount, currency, pay_currency, rate, pay_amount

    def payment(self, ctx: Ctx, payment_id: str) -> dict[str, Any]:
        assert ctx.client is not None
        payment = self.store.get("payments", payment_id, owner=ctx.client["id"])
        if payment is None:
            raise ApiError(404, "payment_not_found", f"No payment with id {payment_id}.")
        self._maybe_expire(payment, ctx.now, ctx.events)
        return payment

    def _set_status(self, payment: dict[str, Any], status: str, now: float, events: list[dict[str, Any]],
                    event_type: str | None = None) -> None:
        payment["status"] = status
        payment["updated_at"] = rfc3339(now)
        self.store.update("payments", payment, status=status)
        self.emit(events, payment["_owner"], event_type or f"payment.{status}", payment, now)

    def _maybe_expire(self, payment: dict[str, Any], now: float, events: list[dict[str, Any]]) -> bool:
        if payment["status"] in ("pending", "underpaid") and payment["_expires"] <= now:
            self._set_status(payment, "expired", now, events)
            return True
        return False

    def sweep(self, now: float, owner: str | None = None, events: list[dict[str, Any]] | None = None
              ) -> list[dict[str, Any]]:
        """Expire every pending/underpaid payment past ``expires_at``; return the events."""
        events = [] if events is None else events
        with self.store.transaction():
            sql = ("SELECT data FROM payments WHERE status IN ('pending', 'underpaid') "
                   "AND created <= ?")
            params: tuple[Any, ...] = (now - self.payment_ttl,)
            if owner is not None:
                sql += " AND owner = ?"
                params += (owner,)
            for row in self.store.db.execute(sql, params).fetchall():
                self._maybe_expire(json.loads(row[0]), now, events)
        return events

    def confirm(self, payment: dict[str, Any], now: float, events: list[dict[str, Any]]) -> None:
        payment["confirmed_at"] = rfc3339(now)
        self._set_status(payment, "confirmed", now, events)
        month = month_of(now)
        with localcontext() as ctx:
            ctx.prec = 60
            usd = Decimal(payment["amount"]) * USD_RATES[payment["currency"]]
            fee_usd = Decimal(payment["fee"]) * USD_RATES[payment["currency"]]
            volume, count = self.usage_row(payment["_owner"], month)
            fees = self.usage_fees(payment["_owner"], month)
            self.store.db.execute(
                "INSERT INTO usage (owner, month, volume_usd, payments_count, fees_usd) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (owner, month) DO UPDATE SET volume_usd = excluded.volume_usd, "
                "payments_count = excluded.payments_count, fees_usd = excluded.fees_usd",
                (payment["_owner"], month, str(volume + usd), count + 1, str(fees + fee_usd)))
        self.check_thresholds(self.client(payment["_owner"]), month, now, events)


# --- handlers ------------------------------------------------------------------

Handler = Callable[[Domain, "Ctx"], tuple[Any, ...]]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func
    return register


def _owner(ctx: Ctx) -> str:
    assert ctx.client is not None
    return str(ctx.client["id"])


def _body(ctx: Ctx) -> dict[str, Any]:
    return ctx.body if isinstance(ctx.body, dict) else {}


# health ------------------------------------------------------------------------

@handles("getHealth")
def get_health(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, {"status": "ok"}


@handles("getHealthDetailed")
def get_health_detailed(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    started = time.perf_counter()
    d.store.ping()
    db_ms = int((time.perf_counter() - started) * 1000)
    gateway = d.gateway
    backlog = gateway.deliverer.backlog if gateway.deliverer is not None else 0
    failures = gateway.response_validation_failures
    components: list[dict[str, Any]] = [
        {"name": "database", "status": "ok", "latency_ms": db_ms,
         "detail": f"sqlite {d.store.path}"},
        {"name": "rates", "status": "ok", "latency_ms": 0, "detail": "fixed sandbox rates"},
        {"name": "webhooks", "status": "ok" if backlog < 1000 else "degraded", "latency_ms": 0,
         "detail": f"backlog {backlog}"},
        {"name": "spec_validator", "status": "ok" if failures == 0 else "degraded", "latency_ms": 0,
         "detail": f"{len(gateway.spec.operations)} operations; {failures} response validation failures"},
    ]
    status = "ok" if all(c["status"] == "ok" for c in components) else "degraded"
    return 200, {"status": status, "version": __version__, "uptime_seconds": int(ctx.now - gateway.started),
                 "started_at": rfc3339(gateway.started), "components": components}


# payments ----------------------------------------------------------------------

@handles("createPayment")
def create_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    body = _body(ctx)
    owner = _owner(ctx)
    client = d.client(owner)
    amount, currency, pay_currency, rate, pay_amount = d.quote(body)
    figures = d.usage_figures(client, month_of(ctx.now))
    if figures["pct"] >= 100:
        raise ApiError(422, "usage_limit_exceeded",
                       f"This month's volume ({usd_text(figures['volume'])} USD) has reached the "
                       f"{figures['package']['name']} package limit ({usd_text(figures['max_volume'])} USD); "
                       "new payments are refused until next month or a package upgrade.")
    payment_id = new_id("pay")
    network = str(CRYPTO[pay_currency]["network"])
    now = ctx.now
    fee_percent = d.fee_percent(client, now)   # fixed now: a later override or switch does not change it
    fee = fee_of(amount, fee_percent, currency)
    payment = {
        "id": payment_id, "object": "payment", "status": "pending",
        "amount": format(amount, "f"), "currency": currency, "pay_currency": pay_currency,
        "pay_amount": format(pay_amount, "f"), "rate": format(rate, "f"),
        "pay_address": pay_address(payment_id, network),
        "amount_received": "0", "overpaid_amount": "0", "amount_refunded": "0",
        "fee_percent": format(fee_percent, "f"), "fee": format(fee, "f"), "net_amount": format(amount - fee, "f"),
        "order_id": body.get("order_id"), "description": body.get("description"),
        "metadata": body.get("metadata", {}), "redirect_url": body.get("redirect_url"),
        "hosted_url": f"https://sandbox.paycrypt.example/pay/{payment_id}",
        "expires_at": rfc3339(int(now) + d.payment_ttl), "created_at": rfc3339(now),
        "updated_at": rfc3339(now), "confirmed_at": None,
        "_owner": owner, "_expires": int(now) + d.payment_ttl, "_refunded_pay": "0",
    }
    d.store.insert("payments", payment, owner=owner, status="pending", created=int(now))
    d.emit(ctx.events, owner, "payment.created", payment, now)
    return 201, _public(payment)


@handles("listPayments")
def list_payments(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    owner = _owner(ctx)
    d.sweep(ctx.now, owner, ctx.events)
    q = ctx.query
    where: list[tuple[str, Any]] = []
    if "status" in q:
        where.append(("status = ?", q["status"]))
    for name, op in (("created_gte", ">="), ("created_lt", "<")):
        if name in q:
            try:
                where.append((f"created {op} ?", parse_time(q[name])))
            except ValueError:
                raise _field(f"query.{name}", "must be an RFC 3339 date-time") from None
    if "order_id" in q:
        where.append(("json_extract(data, '$.order_id') = ?", q["order_id"]))
    items, more = d.store.page("payments", owner=owner, limit=q.get("limit", 10),
                               starting_after=q.get("starting_after"), where=where)
    return 200, _page([_public(p) for p in items], more)


@handles("retrievePayment")
def retrieve_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, _public(d.payment(ctx, ctx.path["payment_id"]))


def _refuse(payment: dict[str, Any], action: str, allowed: str) -> ApiError:
    return ApiError(409, "payment_state_conflict",
                    f"Cannot {action} payment {payment['id']} while it is {payment['status']} "
                    f"(allowed from: {allowed}).")


@handles("cancelPayment")
def cancel_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    payment = d.payment(ctx, ctx.path["payment_id"])
    if payment["status"] != "pending":
        raise _refuse(payment, "cancel", "pending")
    d._set_status(payment, "canceled", ctx.now, ctx.events)
    return 200, _public(payment)


@handles("createRefund")
def create_refund(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    payment = d.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("confirmed", "partially_refunded"):
        raise _refuse(payment, "refund", "confirmed, partially_refunded")
    body = _body(ctx)
    total = Decimal(payment["amount"])
    refunded = Decimal(payment["amount_refunded"])
    remaining = total - refunded
    if "amount" in body:
        amount = parse_amount(body["amount"])
        assert amount is not None
        if amount != quantize(amount, payment["currency"]):
            raise _field("amount", f"must have at most {decimals(payment['currency'])} decimals")
        if amount <= 0:
            raise _field("amount", "must be greater than 0")
        if amount > remaining:
            raise _field("amount", f"must be at most the refundable {format(remaining, 'f')} "
                         f"{payment['currency']}", "refund_exceeds_payment")
    else:
        amount = remaining
    new_refunded = refunded + amount
    pay_total = Decimal(payment["pay_amount"])
    refunded_pay = Decimal(payment["_refunded_pay"])
    if new_refunded == total:
        pay_part = pay_total - refunded_pay     # the last refund takes the exact remainder
    else:
        with localcontext() as c:
            c.prec = 60
            pay_part = quantize(pay_total * amount / total, payment["pay_currency"], ROUND_DOWN)
    refund = {
        "id": new_id("re"), "object": "refund", "payment_id": payment["id"],
        "amount": format(quantize(amount, payment["currency"]), "f"),
        "pay_amount": format(pay_part, "f"), "status": "succeeded", "reason": body.get("reason"),
        "created_at": rfc3339(ctx.now),
    }
    d.store.insert("refunds", refund, owner=payment["id"], status="succeeded", created=int(ctx.now))
    payment["amount_refunded"] = format(quantize(new_refunded, payment["currency"]), "f")
    payment["_refunded_pay"] = format(refunded_pay + pay_part, "f")
    d._set_status(payment, "refunded" if new_refunded == total else "partially_refunded", ctx.now, ctx.events)
    return 201, refund


@handles("listRefunds")
def list_refunds(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    payment = d.payment(ctx, ctx.path["payment_id"])
    items, more = d.store.page("refunds", owner=payment["id"], limit=ctx.query.get("limit", 10),
                               starting_after=ctx.query.get("starting_after"))
    return 200, _page(items, more)


# currencies ---------------------------------------------------------------------

@handles("listCurrencies")
def list_currencies(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    data = [{"code": code, "name": info["name"], "type": "fiat", "decimals": info["decimals"],
             "network": None, "min_amount": info["min_amount"]} for code, info in FIAT.items()]
    data += [{"code": code, "name": info["name"], "type": "crypto", "decimals": info["decimals"],
              "network": info["network"], "min_amount": info["min_amount"]} for code, info in CRYPTO.items()]
    return 200, {"data": data}


@handles("listRates")
def list_rates(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    currency = ctx.query.get("currency", "USD")
    if currency not in FIAT:
        raise _field("query.currency", f"must be one of {', '.join(FIAT)}", "unsupported_currency")
    data = [{"pay_currency": code, "rate": format(d.rate(currency, code), "f")} for code in CRYPTO]
    return 200, {"currency": currency, "data": data, "updated_at": rfc3339(d.gateway.started)}


@handles("createEstimate")
def create_estimate(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    amount, currency, pay_currency, rate, pay_amount = d.quote(_body(ctx))
    return 200, {"amount": format(amount, "f"), "currency": currency, "pay_currency": pay_currency,
                 "pay_amount": format(pay_amount, "f"), "rate": format(rate, "f"),
                 "expires_at": rfc3339(int(ctx.now) + d.payment_ttl)}


# webhook endpoints -------------------------------------------------------------

def _new_secret() -> str:
    return "whsec_" + new_id("x")[2:] + new_id("x")[2:8]


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise _field("url", "must be an absolute http:// or https:// URL")
    refusal = literal_refusal(parts.hostname)
    if refusal is not None:  # a request-forgery guard; names are checked again after DNS at delivery
        raise _field("url", f"must not point at {parts.hostname}: {refusal} addresses never receive webhooks",
                     code="webhook_url_forbidden")


def _render_endpoint(endpoint: dict[str, Any], *, with_secret: bool = False) -> dict[str, Any]:
    out = _public(endpoint)
    if with_secret:
        out["secret"] = endpoint["_secret"]
    return out


def _endpoint(d: Domain, ctx: Ctx) -> dict[str, Any]:
    endpoint = d.store.get("webhook_endpoints", ctx.path["webhook_endpoint_id"], owner=_owner(ctx))
    if endpoint is None:
        raise ApiError(404, "webhook_endpoint_not_found",
                       f"No webhook endpoint with id {ctx.path['webhook_endpoint_id']}.")
    return endpoint


@handles("createWebhookEndpoint")
def create_webhook_endpoint(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    body = _body(ctx)
    _check_url(body["url"])
    secret = _new_secret()
    endpoint = {
        "id": new_id("we"), "url": body["url"], "events": body["events"],
        "description": body.get("description"), "enabled": body.get("enabled", True),
        "secret_hint": "whsec_…" + secret[-4:], "previous_secret_expires_at": None,
        "created_at": rfc3339(ctx.now), "updated_at": rfc3339(ctx.now),
        "_secret": secret, "_previous_secrets": [],
    }
    d.store.insert("webhook_endpoints", endpoint, owner=_owner(ctx), created=int(ctx.now))
    return 201, _render_endpoint(endpoint, with_secret=True)


@handles("listWebhookEndpoints")
def list_webhook_endpoints(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    items, more = d.store.page("webhook_endpoints", owner=_owner(ctx), limit=ctx.query.get("limit", 10),
                               starting_after=ctx.query.get("starting_after"))
    return 200, _page([_render_endpoint(e) for e in items], more)


@handles("retrieveWebhookEndpoint")
def retrieve_webhook_endpoint(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, _render_endpoint(_endpoint(d, ctx))


@handles("updateWebhookEndpoint")
def update_webhook_endpoint(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    endpoint = _endpoint(d, ctx)
    body = _body(ctx)
    if "url" in body:
        _check_url(body["url"])
    for name in ("url", "events", "description", "enabled"):
        if name in body:
            endpoint[name] = body[name]
    endpoint["updated_at"] = rfc3339(ctx.now)
    d.store.update("webhook_endpoints", endpoint)
    return 200, _render_endpoint(endpoint)


@handles("deleteWebhookEndpoint")
def delete_webhook_endpoint(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    endpoint = _endpoint(d, ctx)
    d.store.delete("webhook_endpoints", endpoint["id"])
    return 200, {"id": endpoint["id"], "deleted": True}


@handles("rotateWebhookEndpointSecret")
def rotate_webhook_endpoint_secret(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    endpoint = _endpoint(d, ctx)
    overlap = int(_body(ctx).get("expire_previous_after_seconds", 0))
    previous = [p for p in endpoint["_previous_secrets"] if p["expires"] > ctx.now]
    if overlap > 0:
        previous.append({"secret": endpoint["_secret"], "expires": ctx.now + overlap})
    endpoint["_previous_secrets"] = previous
    endpoint["_secret"] = _new_secret()
    endpoint["secret_hint"] = "whsec_…" + endpoint["_secret"][-4:]
    latest = max((p["expires"] for p in previous), default=None)
    endpoint["previous_secret_expires_at"] = rfc3339(latest) if latest else None
    endpoint["updated_at"] = rfc3339(ctx.now)
    d.store.update("webhook_endpoints", endpoint)
    return 200, _render_endpoint(endpoint, with_secret=True)


@handles("testWebhookEndpoint")
def test_webhook_endpoint(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    endpoint = _endpoint(d, ctx)
    event = d.emit(ctx.events, _owner(ctx), "webhook_endpoint.test", _render_endpoint(endpoint), ctx.now,
                   only_endpoint=endpoint["id"])
    return 202, d.render_event(event)


# events ------------------------------------------------------------------------

def _event(d: Domain, ctx: Ctx) -> dict[str, Any]:
    event = d.store.get("events", ctx.path["event_id"], owner=_owner(ctx))
    if event is None:
        raise ApiError(404, "event_not_found", f"No event with id {ctx.path['event_id']}.")
    return event


@handles("listEvents")
def list_events(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    where = [("status = ?", ctx.query["type"])] if "type" in ctx.query else []
    items, more = d.store.page("events", owner=_owner(ctx), limit=ctx.query.get("limit", 10),
                               starting_after=ctx.query.get("starting_after"), where=where)
    return 200, _page([d.render_event(e) for e in items], more)


@handles("retrieveEvent")
def retrieve_event(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, d.render_event(_event(d, ctx))


@handles("resendEvent")
def resend_event(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    event = _event(d, ctx)
    endpoint_id = _body(ctx).get("webhook_endpoint_id")
    if endpoint_id is not None and d.store.get("webhook_endpoints", endpoint_id, owner=_owner(ctx)) is None:
        raise ApiError(404, "webhook_endpoint_not_found", f"No webhook endpoint with id {endpoint_id}.")
    queue_deliveries(d.store, event, _owner(ctx), ctx.now, endpoint_id)
    ctx.events.append(event)
    return 202, d.render_event(event)


# usage and account ----------------------------------------------------------------

def _usage(d: Domain, client: dict[str, Any], month: str, now: float) -> dict[str, Any]:
    figures = d.usage_figures(client, month)
    crossed = [t for t, _ in THRESHOLDS if figures["pct"] >= t]
    projected = project(Decimal(usd_text(figures["volume"])), month, now)
    recommended, contact_sales = recommend(PACKAGES, client["package"], projected) if crossed else (None, False)
    return {
        "client_id": client["id"], "month": month, "currency": "USD", "package": dict(figures["package"]),
        "current_volume": usd_text(figures["volume"]), "max_volume": usd_text(figures["max_volume"]),
        "usage_percentage": pct_text(figures["pct"]), "thresholds_crossed": crossed,
        "limit_exceeded": figures["pct"] >= 100, "projected_volume": format(projected, "f"),
        "contact_sales": contact_sales, "recommended_package": recommended,
    }


@handles("retrieveUsage")
def retrieve_usage(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, _usage(d, d.client(_owner(ctx)), month_of(ctx.now), ctx.now)


@handles("listUsageAlerts")
def list_usage_alerts(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    where = [("json_extract(data, '$.alert_month') = ?", ctx.query["month"])] if "month" in ctx.query else []
    items, more = d.store.page("usage_alerts", owner=_owner(ctx), limit=ctx.query.get("limit", 10),
                               starting_after=ctx.query.get("starting_after"), where=where)
    return 200, _page([_public(a) for a in items], more)


@handles("retrieveAccount")
def retrieve_account(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, d.render_account(d.client(_owner(ctx)), ctx.now)


# admin -------------------------------------------------------------------------

def _audit(d: Domain, ctx: Ctx, action: str, client_id: str | None, reason: str | None,
           before: dict[str, Any] | None, after: dict[str, Any] | None, *, dry_run: bool) -> dict[str, Any]:
    """Build an audit entry; store it only for a real (not dry-run) change."""
    assert ctx.client is not None
    entry = {"id": new_id("aud"), "actor": ctx.client["api_key"], "action": action, "client_id": client_id,
             "reason": reason, "before": before, "after": after, "created_at": rfc3339(ctx.now)}
    if not dry_run:
        d.store.insert("audit_log", entry, owner=client_id, status=action, created=int(ctx.now))
    return entry


def _admin_client(d: Domain, client: dict[str, Any], month: str) -> dict[str, Any]:
    figures = d.usage_figures(client, month)
    out = d.render_account(client, time.time())
    out["usage_percentage"] = pct_text(figures["pct"])
    out["current_volume"] = usd_text(figures["volume"])
    return out


def _manual_page(items: list[dict[str, Any]], limit: int, starting_after: str | None
                 ) -> tuple[list[dict[str, Any]], bool]:
    if starting_after is not None:
        ids = [i["id"] for i in items]
        if starting_after not in ids:
            return [], False
        items = items[ids.index(starting_after) + 1:]
    return items[:limit], len(items) > limit


@handles("adminListClients")
def admin_list_clients(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    q = ctx.query
    month = month_of(ctx.now)
    rows = []
    for client in reversed(d.store.all("clients")):
        if "package" in q and client["package"] != q["package"]:
            continue
        if "status" in q and client["status"] != q["status"]:
            continue
        rendered = _admin_client(d, client, month)
        if "min_usage_percentage" in q and Decimal(rendered["usage_percentage"]) < Decimal(q["min_usage_percentage"]):
            continue
        rows.append(rendered)
    items, more = _manual_page(rows, q.get("limit", 10), q.get("starting_after"))
    return 200, _page(items, more)


@handles("adminRetrieveClient")
def admin_retrieve_client(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, _admin_client(d, d.client(ctx.path["client_id"]), month_of(ctx.now))


@handles("adminSwitchPackage")
def admin_switch_package(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    client = d.client(ctx.path["client_id"])
    body = _body(ctx)
    package = body["package"]
    if package not in _PACKAGE_BY_ID:
        raise _field("package", f"must be one of {', '.join(_PACKAGE_BY_ID)}", "package_not_found")
    if package == client["package"]:
        raise ApiError(409, "package_unchanged", f"Client {client['id']} is already on {package}.")
    dry_run = bool(body.get("dry_run", False))
    before = {"package": dict(_PACKAGE_BY_ID[client["package"]])}
    after = {"package": dict(_PACKAGE_BY_ID[package])}
    entry = _audit(d, ctx, "package_switched", client["id"], body["reason"], before, after, dry_run=dry_run)
    if not dry_run:
        client["package"] = package
        d.store.update("clients", client)
        # the new limit re-arms the thresholds: check them now (a downgrade may cross some at once)
        d.check_thresholds(client, month_of(ctx.now), ctx.now, ctx.events)
    return 200, {"dry_run": dry_run, "client_id": client["id"], "before": before, "after": after,
                 "audit_entry": None if dry_run else entry}


@handles("adminListPackages")
def admin_list_packages(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    return 200, {"data": [dict(p) for p in PACKAGES]}


def _render_override(o: dict[str, Any]) -> dict[str, Any]:
    return _public(o)


@handles("adminCreatePricingOverride")
def admin_create_pricing_override(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    body = _body(ctx)
    client = d.client(body["client_id"])
    try:
        expires = parse_time(body["expires_at"])
    except ValueError:
        raise _field("expires_at", "must be an RFC 3339 date-time") from None
    if expires <= ctx.now:
        raise _field("expires_at", "must be in the future")
    fee = Decimal(body["fee_percent"])
    if fee > 100:
        raise _field("fee_percent", "must be at most 100")
    dry_run = bool(body.get("dry_run", False))
    assert ctx.client is not None
    override = {"id": new_id("po"), "client_id": client["id"], "fee_percent": format(fee.quantize(Decimal("0.01")), "f"),
                "reason": body["reason"], "created_by": ctx.client["api_key"], "expires_at": rfc3339(expires),
                "created_at": rfc3339(ctx.now), "_expires": expires}
    previous = d.active_override(client["id"], ctx.now)
    entry = _audit(d, ctx, "pricing_override_created", client["id"], body["reason"],
                   {"pricing_override": _render_override(previous) if previous else None},
                   {"pricing_override": _render_override(override)}, dry_run=dry_run)
    if not dry_run:
        d.store.insert("pricing_overrides", override, owner=client["id"], created=int(ctx.now))
    return 201, {"dry_run": dry_run, "pricing_override": _render_override(override),
                 "audit_entry": None if dry_run else entry}


@handles("adminListPricingOverrides")
def admin_list_pricing_overrides(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    q = ctx.query
    where: list[tuple[str, Any]] = []
    if not q.get("include_expired", False):
        where.append(("json_extract(data, '$._expires') > ?", ctx.now))
    items, more = d.store.page("pricing_overrides", owner=q.get("client_id"), limit=q.get("limit", 10),
                               starting_after=q.get("starting_after"), where=where)
    return 200, _page([_render_override(o) for o in items], more)


@handles("adminDeletePricingOverride")
def admin_delete_pricing_override(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    override = d.store.get("pricing_overrides", ctx.path["override_id"])
    if override is None:
        raise ApiError(404, "pricing_override_not_found", f"No pricing override with id {ctx.path['override_id']}.")
    d.store.delete("pricing_overrides", override["id"])
    entry = _audit(d, ctx, "pricing_override_deleted", override["client_id"], ctx.query.get("reason"),
                   {"pricing_override": _render_override(override)}, None, dry_run=False)
    return 200, {"id": override["id"], "deleted": True, "audit_entry": entry}


@handles("adminRetrieveUsageReport")
def admin_retrieve_usage_report(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    month = ctx.query.get("month", month_of(ctx.now))
    rows = []
    total_volume = total_fees = Decimal(0)
    total_payments = 0
    for client in d.store.all("clients"):
        figures = d.usage_figures(client, month)
        # Gross and fees are rounded to cents first, so net = gross − fees holds on every line.
        gross = Decimal(usd_text(figures["volume"]))
        fees = min(d.usage_fees(client["id"], month).quantize(Decimal("0.01"), ROUND_HALF_UP), gross)
        alerts = sorted({row[0] for row in d.store.db.execute(
            "SELECT json_extract(data, '$.threshold') FROM usage_alerts WHERE owner = ? "
            "AND json_extract(data, '$.alert_month') = ? AND json_extract(data, '$.test') = 0",
            (client["id"], month))})
        rows.append({"client_id": client["id"], "name": client["name"], "package": client["package"],
                     "current_volume": usd_text(figures["volume"]), "max_volume": usd_text(figures["max_volume"]),
                     "usage_percentage": pct_text(figures["pct"]), "payments_count": figures["count"],
                     "fees": format(fees, "f"), "net_volume": format(gross - fees, "f"), "alerts": alerts})
        total_volume += gross
        total_fees += fees
        total_payments += figures["count"]
    return 200, {"month": month, "generated_at": rfc3339(ctx.now),
                 "totals": {"clients": len(rows), "volume": format(total_volume, "f"), "payments": total_payments,
                            "fees": format(total_fees, "f"), "net_volume": format(total_volume - total_fees, "f")},
                 "clients": rows}


@handles("adminResetUsage")
def admin_reset_usage(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    body = _body(ctx)
    month = body.get("month", month_of(ctx.now))
    dry_run = bool(body.get("dry_run", False))
    client_id = body.get("client_id")
    if client_id is not None:
        d.client(client_id)
        rows = d.store.db.execute("SELECT owner, volume_usd, payments_count FROM usage WHERE owner = ? AND month = ?",
                                  (client_id, month)).fetchall()
    else:
        rows = d.store.db.execute("SELECT owner, volume_usd, payments_count FROM usage WHERE month = ?",
                                  (month,)).fetchall()
    before = {"month": month, "clients": {r[0]: {"current_volume": usd_text(Decimal(r[1])), "payments_count": r[2]}
                                          for r in rows}}
    after = {"month": month, "clients": {r[0]: {"current_volume": "0.00", "payments_count": 0} for r in rows}}
    entry = _audit(d, ctx, "usage_reset", client_id, body["reason"], before, after, dry_run=dry_run)
    if not dry_run:
        # Zero the row rather than delete it: its reset count re-arms the month's thresholds.
        d.store.db.execute(
            f"UPDATE usage SET volume_usd = '0', payments_count = 0, fees_usd = '0', resets = resets + 1 "
            f"WHERE month = ?{' AND owner = ?' if client_id is not None else ''}",
            (month, client_id) if client_id is not None else (month,))
    return 200, {"dry_run": dry_run, "month": month, "clients_reset": len(rows),
                 "audit_entry": None if dry_run else entry}


@handles("adminCheckUsageAlerts")
def admin_check_usage_alerts(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    month = _body(ctx).get("month", month_of(ctx.now))
    clients = d.store.all("clients")
    created: list[dict[str, Any]] = []
    for client in clients:
        created.extend(d.check_thresholds(client, month, ctx.now, ctx.events))
    return 200, {"checked_clients": len(clients), "alerts_created": created}


@handles("adminSendTestAlert")
def admin_send_test_alert(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    body = _body(ctx)
    client = d.client(body["client_id"])
    month = month_of(ctx.now)
    alert_type = dict(THRESHOLDS)[body["threshold"]]
    alert = d._alert(client, d.usage_figures(client, month), body["threshold"], alert_type, month, ctx.now,
                     test=True)
    send_alert_email(d.store, alert, client, ctx.now, alert["sent_at"])
    d.store.insert("usage_alerts", alert, owner=client["id"], created=int(ctx.now))
    d.emit(ctx.events, client["id"], "usage.threshold_reached", alert, ctx.now)
    _audit(d, ctx, "test_alert_sent", client["id"], None, None, {"usage_alert": alert}, dry_run=False)
    return 201, alert


@handles("adminListAuditLog")
def admin_list_audit_log(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    q = ctx.query
    where = [("status = ?", q["action"])] if "action" in q else []
    items, more = d.store.page("audit_log", owner=q.get("client_id"), limit=q.get("limit", 10),
                               starting_after=q.get("starting_after"), where=where)
    return 200, _page(items, more)


# test helpers --------------------------------------------------------------------

def _sandbox_only(ctx: Ctx) -> None:
    assert ctx.client is not None
    if not str(ctx.client["api_key"]).startswith("pk_test_"):
        raise ApiError(403, "test_mode_only", "Test helpers only work with test (pk_test_…) keys.")


@handles("testHelpersPayPayment")
def test_helpers_pay_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    _sandbox_only(ctx)
    payment = d.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("pending", "underpaid"):
        raise _refuse(payment, "pay", "pending, underpaid")
    body = _body(ctx)
    pay_total = Decimal(payment["pay_amount"])
    received = Decimal(payment["amount_received"])
    if "amount" in body:
        amount = parse_amount(body["amount"])
        assert amount is not None
        if amount != quantize(amount, payment["pay_currency"]):
            raise _field("amount", f"must have at most {decimals(payment['pay_currency'])} decimals "
                         f"for {payment['pay_currency']}")
        if amount <= 0:
            raise _field("amount", "must be greater than 0")
        if amount > pay_total * 1000:
            raise _field("amount", "is implausibly large for this payment", "amount_too_large")
    else:
        amount = pay_total - received
    received += amount
    payment["amount_received"] = format(received, "f")
    if received >= pay_total:
        payment["overpaid_amount"] = format(received - pay_total, "f")
        d._set_status(payment, "confirming", ctx.now, ctx.events)
        if body.get("confirm", True):
            d.confirm(payment, ctx.now, ctx.events)
    else:
        if payment["status"] == "underpaid":
            payment["updated_at"] = rfc3339(ctx.now)
            d.store.update("payments", payment)
        else:
            d._set_status(payment, "underpaid", ctx.now, ctx.events)
    return 200, _public(payment)


@handles("testHelpersConfirmPayment")
def test_helpers_confirm_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    _sandbox_only(ctx)
    payment = d.payment(ctx, ctx.path["payment_id"])
    if payment["status"] != "confirming":
        raise _refuse(payment, "confirm", "confirming")
    d.confirm(payment, ctx.now, ctx.events)
    return 200, _public(payment)


@handles("testHelpersExpirePayment")
def test_helpers_expire_payment(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    _sandbox_only(ctx)
    payment = d.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("pending", "underpaid"):
        raise _refuse(payment, "expire", "pending, underpaid")
    payment["_expires"] = int(ctx.now)
    payment["expires_at"] = rfc3339(ctx.now)
    d._set_status(payment, "expired", ctx.now, ctx.events)
    return 200, _public(payment)


@handles("testHelpersListEmails")
def test_helpers_list_emails(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    _sandbox_only(ctx)
    q = ctx.query
    where = [("json_extract(data, '$.alert_id') = ?", q["alert_id"])] if "alert_id" in q else []
    items, more = d.store.page("emails", owner=_owner(ctx), limit=q.get("limit", 10),
                               starting_after=q.get("starting_after"), where=where)
    return 200, _page([render_email(e) for e in items], more)


@handles("testHelpersRetrieveEmail")
def test_helpers_retrieve_email(d: Domain, ctx: Ctx) -> tuple[Any, ...]:
    _sandbox_only(ctx)
    email = d.store.get("emails", ctx.path["email_id"], owner=_owner(ctx))
    if email is None:
        raise ApiError(404, "email_not_found", f"No email with id {ctx.path['email_id']}.")
    return 200, render_email(email)
