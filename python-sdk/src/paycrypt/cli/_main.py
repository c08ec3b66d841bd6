"""The ``paycrypt`` command line (argparse + the SDK)."""

from __future__ import annotations

import argparse
import contextlib
import http.client
import io
import itertools
import json
import os
import re
import secrets
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Any, TextIO, get_args

# The spec's enums (generated, plain typing: importing them does not load the models).
from ..types import AccountStatus, AuditAction, EventType, PaymentStatus, UsageThreshold
from . import _logs, _monitoring
from ._argtypes import http_url, seconds
from ._dryrun import capture, show_request
from ._output import (
    SETTINGS,
    mask_secret,
    render_list,
    render_object,
    safe_url,
    to_data,
    write_csv,
    write_fields,
    write_json,
    write_table,
)

if TYPE_CHECKING:
    from paycrypt import PayCrypt

PROG = "paycrypt"
WEBHOOK_SECRET_ENV = "PAYCRYPT_WEBHOOK_SECRET"
MAX_LIMIT = 1_000_000
FORMATS = ("table", "json", "csv")
# The events `paycrypt trigger` knows how to cause (a subset of EventType, checked by mypy).
TRIGGERS: tuple[EventType, ...] = (
    "payment.created",
    "payment.confirmed",
    "payment.underpaid",
    "payment.expired",
    "payment.canceled",
    "payment.refunded",
)
PAYMENT_STATUSES: tuple[PaymentStatus, ...] = get_args(PaymentStatus)
ACCOUNT_STATUSES: tuple[AccountStatus, ...] = get_args(AccountStatus)
AUDIT_ACTIONS: tuple[AuditAction, ...] = get_args(AuditAction)
USAGE_THRESHOLDS: tuple[UsageThreshold, ...] = get_args(UsageThreshold)

PAYMENT_COLUMNS = ("id", "status", "amount", "currency", "pay_amount", "pay_currency")
PAYMENT_CSV_COLUMNS = (
    "id",
    "status",
    "amount",
    "currency",
    "pay_amount",
    "pay_currency",
    "rate",
    "pay_address",
    "amount_received",
    "amount_refunded",
    "fee_percent",
    "fee",
    "net_amount",
    "order_id",
    "created_at",
    "confirmed_at",
)
CLIENT_COLUMNS = ("id", "name", "package.id", "status", "usage_percentage", "current_volume")
OVERRIDE_COLUMNS = ("id", "client_id", "fee_percent", "expires_at", "reason")
AUDIT_COLUMNS = ("id", "created_at", "action", "client_id", "reason")
AUDIT_CSV_COLUMNS = ("id", "created_at", "actor", "action", "client_id", "reason")
ALERT_COLUMNS = (
    "id",
    "threshold",
    "alert_type",
    "usage_percentage",
    "alert_month",
    "email_sent",
    "test",
)
# Table columns go most important first: a narrow terminal drops them from the right.
REPORT_COLUMNS = (
    "client_id",
    "name",
    "usage_percentage",
    "alerts",
    "current_volume",
    "fees",
    "net_volume",
    "max_volume",
    "package",
    "payments_count",
)
# `usage --format csv`: one row for the month's usage, then one per alert (the `record` column says which).
USAGE_CSV_COLUMNS = (
    "record",
    "id",
    "month",
    "package",
    "current_volume",
    "max_volume",
    "usage_percentage",
    "limit_exceeded",
    "threshold",
    "alert_type",
    "sent_at",
    "email_sent",
    "projected_volume",
    "contact_sales",
    "recommended_package",
    "test",
)
EVENT_COLUMNS = ("id", "type", "created")


class CLIError(Exception):
    """A failure to report as one line on stderr."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class Context:
    def __init__(self, args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> None:
        self.args = args
        self.out = stdout
        self.err = stderr
        self.fmt: str = getattr(args, "format", "table")
        self._client: PayCrypt | None = None

    def client(self, **kwargs: Any) -> PayCrypt:
        if self._client is None:
            from paycrypt import PayCrypt

            self._client = PayCrypt(
                api_key=getattr(self.args, "api_key", None),
                api_secret=getattr(self.args, "api_secret", None),
                base_url=getattr(self.args, "base_url", None),
                **kwargs,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()


def _limited(items: Iterable[Any], limit: int | None) -> list[Any]:
    return list(itertools.islice(items, limit) if limit is not None else items)


def _page_limit(limit: int | None) -> int:
    return min(limit, 100) if limit else 100


def _given(**kwargs: Any) -> dict[str, Any]:
    return {key: value for key, value in kwargs.items() if value is not None}


def _dry_run_note(ctx: Context, dry_run: bool, audit_entry: Any) -> None:
    if dry_run:
        ctx.print("dry run: nothing changed, no audit entry written")
    elif audit_entry is not None:
        entry = to_data(audit_entry)
        ctx.print(
            f"audit entry {entry.get('id')}: {entry.get('action')} by {entry.get('actor')} "
            f"at {entry.get('created_at')} (reason: {entry.get('reason')})"
        )


# --- health -------------------------------------------------------------------


def cmd_health(ctx: Context) -> int:
    args = ctx.args
    from paycrypt import APIConnectionError, APIStatusError, PayCrypt

    key = getattr(args, "api_key", None) or os.environ.get("PAYCRYPT_API_KEY")
    secret = getattr(args, "api_secret", None) or os.environ.get("PAYCRYPT_API_SECRET")
    if not args.detailed:  # GET /health needs no credentials
        key, secret = key or "pk_health_check", secret or "unused"
    result: dict[str, Any] = {"status": "down", "base_url": None, "latency_ms": None}
    code, label = 2, "CRITICAL"
    summary = ""
    try:
        with PayCrypt(
            api_key=key,
            api_secret=secret,
            base_url=getattr(args, "base_url", None),
            max_retries=0,
            timeout=args.timeout,
        ) as client:
            result["base_url"] = safe_url(str(client.base_url))
            started = time.monotonic()
            if args.detailed:
                detailed = client.health.detailed()
                data = to_data(detailed)
                result.update(data)
                status = data["status"]
            else:
                client.health.check()
                status = "ok"
        result["status"] = status
        result["latency_ms"] = round((time.monotonic() - started) * 1000)
        if status == "ok":
            code, label, summary = 0, "OK", f"PayCrypt healthy ({result['latency_ms']} ms)"
        else:
            bad = [
                f"{c['name']} {c['status']}"
                for c in result.get("components", [])
                if c.get("status") != "ok"
            ]
            code, label = (1, "WARNING") if status == "degraded" else (2, "CRITICAL")
            summary = f"PayCrypt {status} ({result['latency_ms']} ms)" + (
                f": {', '.join(bad)}" if bad else ""
            )
    except APIConnectionError as exc:
        result["error"] = f"unreachable: {exc}"
        summary = f"PayCrypt unreachable: {exc}"
    except APIStatusError as exc:
        result["error"] = f"{exc.status_code} {exc.code}"
        summary = f"PayCrypt down: {exc.status_code} {exc.code} (request_id={exc.request_id})"
    except Exception as exc:  # noqa: BLE001 — a monitor wants an answer, not a traceback
        result["error"] = str(exc)
        summary = f"PayCrypt check failed: {exc}"
    if ctx.fmt == "json":
        write_json(ctx.out, {**result, "exit_code": code})
    else:
        ctx.print(f"{label} - {summary}")
        if args.detailed and "components" in result and ctx.fmt == "table":
            write_table(ctx.out, result["components"], ("name", "status", "latency_ms", "detail"))
    return code


# --- payments and usage ------------------------------------------------------


def cmd_payments_create(ctx: Context) -> int:
    a = ctx.args

    def create(client: PayCrypt) -> Any:
        return client.payments.create(
            amount=a.amount,
            currency=a.currency.upper(),
            pay_currency=a.pay_currency.upper(),
            **_given(
                order_id=a.order_id, description=a.description, idempotency_key=a.idempotency_key
            ),
        )

    if a.dry_run:
        return show_request(ctx, capture(ctx, create))
    render_object(ctx.out, ctx.fmt, create(ctx.client()))
    return 0


def cmd_payments_get(ctx: Context) -> int:
    render_object(ctx.out, ctx.fmt, ctx.client().payments.retrieve(ctx.args.payment_id))
    return 0


def cmd_payments_list(ctx: Context) -> int:
    a = ctx.args
    page = ctx.client().payments.list(
        limit=_page_limit(a.limit), **_given(status=a.status, order_id=a.order_id)
    )
    render_list(ctx.out, ctx.fmt, _limited(page, a.limit), PAYMENT_COLUMNS, PAYMENT_CSV_COLUMNS)
    return 0


def cmd_usage(ctx: Context) -> int:
    client = ctx.client()
    usage = client.usage.retrieve()
    alerts = list(client.usage.list_alerts(limit=100, **_given(month=ctx.args.month)))
    if ctx.fmt == "json":
        write_json(ctx.out, {"usage": to_data(usage), "alerts": to_data(alerts)})
    elif ctx.fmt == "csv":
        data = to_data(usage)
        rows = [{**data, "record": "usage", "id": "", "package": data["package"]["id"]}]
        rows += [
            {
                **alert,
                "record": "alert",
                "month": alert["alert_month"],
                "package": data["package"]["id"],
            }
            for alert in to_data(alerts)
        ]
        write_csv(ctx.out, rows, USAGE_CSV_COLUMNS)
    else:
        write_fields(ctx.out, to_data(usage))
        ctx.print(_projection_line(usage))
        ctx.print()
        ctx.print(f"alerts ({len(alerts)}):")
        render_list(ctx.out, "table", alerts, ALERT_COLUMNS)
    return 0


def _projection_line(usage: Any) -> str:
    """The month at the pace so far, and what the gateway recommends for it."""
    line = f"at this pace: {usage.projected_volume} USD by the end of {usage.month}"
    if usage.contact_sales:
        return f"{line}; recommended: enterprise — contact sales"
    if usage.recommended_package is not None:
        return f"{line}; recommended: {usage.recommended_package.id}"
    return line


# --- admin -------------------------------------------------------------------


def _check_package(ctx: Context, option: str, package: str | None) -> None:
    """Packages are data (``GET /v1/admin/packages``), not a fixed enum: check against the gateway's."""
    if package is None:
        return
    known = [p.id for p in ctx.client().admin.packages.list().data]
    if package not in known:
        raise CLIError(
            f"argument {option}: invalid choice: {package!r} (choose from "
            + ", ".join(repr(k) for k in known)
            + ")",
            code=2,
        )


def cmd_clients_list(ctx: Context) -> int:
    a = ctx.args
    _check_package(ctx, "--package", a.package)
    page = ctx.client().admin.clients.list(
        limit=_page_limit(a.limit),
        **_given(package=a.package, status=a.status, min_usage_percentage=a.min_usage),
    )
    render_list(ctx.out, ctx.fmt, _limited(page, a.limit), CLIENT_COLUMNS)
    return 0


def cmd_clients_show(ctx: Context) -> int:
    render_object(ctx.out, ctx.fmt, ctx.client().admin.clients.retrieve(ctx.args.client_id))
    return 0


def cmd_switch_package(ctx: Context) -> int:
    a = ctx.args
    _check_package(ctx, "--to", a.to)
    result = ctx.client().admin.clients.switch_package(
        a.client_id, package=a.to, reason=a.reason, dry_run=a.dry_run
    )
    if ctx.fmt != "table":
        render_object(ctx.out, ctx.fmt, result)
        return 0
    before, after = result.before.package, result.after.package
    ctx.print(f"client {result.client_id}" + (" (dry run)" if result.dry_run else ""))
    ctx.print(
        f"before: {before.id:<10} max {before.max_volume} USD/month, fee {before.fee_percent} %"
    )
    ctx.print(f"after:  {after.id:<10} max {after.max_volume} USD/month, fee {after.fee_percent} %")
    _dry_run_note(ctx, result.dry_run, result.audit_entry)
    return 0


def _until(value: str) -> str:
    """``YYYY-MM-DD`` means the end of that day (UTC); a full RFC 3339 time passes through."""
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value}T23:59:59Z"
    return value


def cmd_override_create(ctx: Context) -> int:
    a = ctx.args
    result = ctx.client().admin.pricing_overrides.create(
        client_id=a.client_id,
        fee_percent=a.fee,
        expires_at=_until(a.until),
        reason=a.reason,
        dry_run=a.dry_run,
    )
    if ctx.fmt != "table":
        render_object(ctx.out, ctx.fmt, result)
        return 0
    o = result.pricing_override
    ctx.print(
        ("would create" if result.dry_run else "created")
        + f" pricing override {o.id}: client {o.client_id} fee {o.fee_percent} % until {to_data(o)['expires_at']}"
    )
    _dry_run_note(ctx, result.dry_run, result.audit_entry)
    return 0


def cmd_override_list(ctx: Context) -> int:
    a = ctx.args
    page = ctx.client().admin.pricing_overrides.list(
        limit=100,
        **_given(client_id=a.client_id, include_expired=True if a.include_expired else None),
    )
    render_list(ctx.out, ctx.fmt, list(page), OVERRIDE_COLUMNS)
    return 0


def cmd_override_remove(ctx: Context) -> int:
    a = ctx.args

    def remove(client: PayCrypt) -> Any:
        return client.admin.pricing_overrides.delete(a.override_id, **_given(reason=a.reason))

    if a.dry_run:  # the API has no dry run for a delete: show the request instead
        return show_request(ctx, capture(ctx, remove))
    result = remove(ctx.client())
    if ctx.fmt != "table":
        render_object(ctx.out, ctx.fmt, result)
        return 0
    ctx.print(f"removed pricing override {result.id}")
    _dry_run_note(ctx, False, result.audit_entry)
    return 0


def cmd_usage_report(ctx: Context) -> int:
    report = ctx.client().admin.usage.report(**_given(month=ctx.args.month))
    data = to_data(report)
    rows = [{**c, "alerts": " ".join(str(t) for t in c["alerts"])} for c in data["clients"]]
    if ctx.fmt == "table":
        t = data["totals"]
        ctx.print(
            f"usage report {data['month']}: {t['clients']} clients, volume {t['volume']} USD, "
            f"{t['payments']} payments"
        )
        ctx.print(f"fees {t['fees']} USD, net {t['net_volume']} USD")
        render_list(ctx.out, "table", rows, REPORT_COLUMNS)
    elif ctx.fmt == "csv":
        render_list(ctx.out, "csv", rows, REPORT_COLUMNS)
    else:
        render_object(ctx.out, "json", report)
    return 0


def cmd_reset_usage(ctx: Context) -> int:
    a = ctx.args
    result = ctx.client().admin.usage.reset(
        reason=a.reason, dry_run=a.dry_run, **_given(client_id=a.client_id, month=a.month)
    )
    if ctx.fmt != "table":
        render_object(ctx.out, ctx.fmt, result)
        return 0
    who = f"client {a.client_id}" if a.client_id else "all clients"
    ctx.print(
        ("would reset" if result.dry_run else "reset")
        + f" usage for {who} in {result.month}: {result.clients_reset} client(s)"
    )
    _dry_run_note(ctx, result.dry_run, result.audit_entry)
    return 0


def cmd_check_alerts(ctx: Context) -> int:
    def check(client: PayCrypt) -> Any:
        return client.admin.usage.check_alerts(**_given(month=ctx.args.month))

    # The check creates alerts and sends e-mails; the API has no dry run for it.
    if ctx.args.dry_run:
        return show_request(ctx, capture(ctx, check))
    result = check(ctx.client())
    if ctx.fmt == "table":
        ctx.print(
            f"checked {result.checked_clients} client(s); {len(result.alerts_created)} new alert(s)"
        )
        if result.alerts_created:
            render_list(
                ctx.out, "table", result.alerts_created, ("id", "client_id", *ALERT_COLUMNS[1:5])
            )
    elif ctx.fmt == "csv":
        render_list(ctx.out, "csv", result.alerts_created, ("id", "client_id", *ALERT_COLUMNS[1:]))
    else:
        render_object(ctx.out, "json", result)
    return 0


def cmd_test_alert(ctx: Context) -> int:
    a = ctx.args

    def send(client: PayCrypt) -> Any:
        return client.admin.usage.test_alert(client_id=a.client_id, threshold=a.threshold)

    if a.dry_run:
        return show_request(ctx, capture(ctx, send))
    render_object(ctx.out, ctx.fmt, send(ctx.client()))
    return 0


def cmd_audit_log(ctx: Context) -> int:
    a = ctx.args
    page = ctx.client().admin.audit_log.list(
        limit=_page_limit(a.limit), **_given(client_id=a.client_id, action=a.action)
    )
    render_list(ctx.out, ctx.fmt, _limited(page, a.limit), AUDIT_COLUMNS, AUDIT_CSV_COLUMNS)
    return 0


# --- webhooks listen, trigger ------------------------------------------------


def _forward(url: str, secret: str, event: dict[str, Any]) -> str:
    from paycrypt import webhooks

    payload = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=payload,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "PayCrypt-Webhook-Signature": webhooks.generate_test_header(payload, secret),
            "PayCrypt-Event-Id": str(event["id"]),
            "User-Agent": "paycrypt-cli-listen",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 — the user's URL
            return str(response.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        # HTTPException: the receiver answered something that is not HTTP
        reason = getattr(exc, "reason", exc)
        return f"failed ({reason})"


def _new_events(client: PayCrypt, last_seen: str | None) -> list[dict[str, Any]]:
    """Events newer than ``last_seen`` (oldest first), walking pages newest first."""
    fresh: list[dict[str, Any]] = []
    for event in client.events.list(limit=100):
        if event.id == last_seen:
            break
        fresh.append(to_data(event))
        if last_seen is None and len(fresh) >= 100:
            break
    fresh.reverse()
    return fresh


def cmd_listen(ctx: Context) -> int:
    a = ctx.args
    client = ctx.client()
    given = a.secret or os.environ.get(WEBHOOK_SECRET_ENV)
    secret = given or "whsec_" + secrets.token_urlsafe(24)
    newest = list(itertools.islice(client.events.list(limit=1), 1))
    last_seen = newest[0].id if newest else None
    ctx.print(f"Ready! Forwarding new events to {safe_url(a.forward_to)}")
    if given:  # the user has it already: never print it
        ctx.print(f"Signing with your webhook secret {mask_secret(secret)}")
    else:  # a fresh secret exists nowhere else: show it once, as `stripe listen` does
        ctx.print(f"Your webhook signing secret is {secret}")
    forwarded = 0
    deadline = time.monotonic() + a.timeout if a.timeout else None
    try:
        while True:
            for event in _new_events(client, last_seen):
                last_seen = str(event["id"])
                event.pop("delivery_attempts", None)  # the webhook body is the event without them
                status = _forward(a.forward_to, secret, event)
                ctx.print(
                    f"{time.strftime('%H:%M:%S')}  --> {event['type']} [{event['id']}]  "
                    f"POST {safe_url(a.forward_to)} [{status}]"
                )
                forwarded += 1
                if a.max_events and forwarded >= a.max_events:
                    return 0
            if deadline is not None and time.monotonic() >= deadline:
                return 0
            time.sleep(
                a.interval
                if deadline is None
                else max(0.0, min(a.interval, deadline - time.monotonic()))
            )
    except KeyboardInterrupt:
        return 0


def _half(amount: str) -> str:
    value = Decimal(amount)
    exponent = value.as_tuple().exponent
    quantum = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return str((value / 2).quantize(quantum, rounding=ROUND_DOWN))


# What `trigger --dry-run` says follows the payment's creation: these need the new payment's id,
# so they cannot be built before it exists. Kept next to cmd_trigger, which makes these calls.
_PAY = "POST /v1/test_helpers/payments/{payment_id}/pay"
TRIGGER_THEN: dict[str, tuple[str, ...]] = {
    "payment.created": (),
    "payment.confirmed": (f"{_PAY} (the full pay_amount)",),
    "payment.underpaid": (f"{_PAY} (half the pay_amount)",),
    "payment.expired": ("POST /v1/test_helpers/payments/{payment_id}/expire",),
    "payment.canceled": ("POST /v1/payments/{payment_id}/cancel",),
    "payment.refunded": (
        f"{_PAY} (the full pay_amount)",
        "POST /v1/payments/{payment_id}/refunds (the whole amount)",
    ),
}


def cmd_trigger(ctx: Context) -> int:
    event_type = ctx.args.event_type

    def create(client: PayCrypt) -> Any:
        return client.payments.create(
            amount=ctx.args.amount,
            currency="USD",
            pay_currency="USDT",
            order_id=f"trigger-{event_type}",
            description=f"paycrypt trigger {event_type}",
        )

    if ctx.args.dry_run:
        return show_request(ctx, capture(ctx, create), then=TRIGGER_THEN[event_type])
    client = ctx.client()
    payment = create(client)
    steps = ["created"]
    if event_type == "payment.confirmed":
        client.test_helpers.payments.pay(payment.id)
        steps.append("paid")
    elif event_type == "payment.underpaid":
        client.test_helpers.payments.pay(payment.id, amount=_half(payment.pay_amount))
        steps.append("paid half")
    elif event_type == "payment.expired":
        client.test_helpers.payments.expire(payment.id)
        steps.append("expired")
    elif event_type == "payment.canceled":
        client.payments.cancel(payment.id)
        steps.append("canceled")
    elif event_type == "payment.refunded":
        client.test_helpers.payments.pay(payment.id)
        client.refunds.create(payment.id, reason="paycrypt trigger")
        steps.append("paid, refunded in full")
    final = client.payments.retrieve(payment.id)
    if ctx.fmt == "json":
        write_json(ctx.out, {"event_type": event_type, "payment": to_data(final)})
    else:
        ctx.print(f"Triggered {event_type}: {final.id} ({', '.join(steps)}; status {final.status})")
    return 0


# --- the parser ----------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    if value > MAX_LIMIT:  # beyond any listing, and past what islice() accepts
        raise argparse.ArgumentTypeError(f"at most {MAX_LIMIT}")
    return value


def _decimal(text: str) -> str:
    try:
        value = Decimal(text)
    except ArithmeticError:
        raise argparse.ArgumentTypeError(f"not a decimal amount: {text!r}") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"not a decimal amount: {text!r}")
    return text


def _month(text: str) -> str:
    if len(text) != 7 or text[4] != "-" or not (text[:4] + text[5:]).isdigit():
        raise argparse.ArgumentTypeError(f"expected YYYY-MM, got {text!r}")
    return text


def build_parser() -> argparse.ArgumentParser:
    # Shared options on every command; SUPPRESS so a subcommand never overwrites a value given earlier.
    common = argparse.ArgumentParser(add_help=False)
    g = common.add_argument_group("connection")
    g.add_argument(
        "--api-key", default=argparse.SUPPRESS, help="API key (default: $PAYCRYPT_API_KEY)"
    )
    g.add_argument(
        "--api-secret",
        default=argparse.SUPPRESS,
        help="API secret (default: $PAYCRYPT_API_SECRET; never printed)",
    )
    g.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        help="API base URL (default: $PAYCRYPT_BASE_URL, sandbox http://127.0.0.1:8787)",
    )
    g.add_argument(
        "--format",
        choices=FORMATS,
        default=argparse.SUPPRESS,
        help="output format (default: table)",
    )
    g.add_argument(
        "--wide",
        action="store_true",
        default=argparse.SUPPRESS,
        help="tables: every column, unwrapped, whatever the terminal width",
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[common],
        description="The PayCrypt command line: health checks, payments, usage, admin and webhooks.",
        epilog="Credentials come from PAYCRYPT_API_KEY / PAYCRYPT_API_SECRET / PAYCRYPT_BASE_URL or the options.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        parent: Any, name: str, func: Callable[[Context], int] | None, help: str, **kwargs: Any
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, parents=[common], help=help, description=help, **kwargs
        )
        if func is not None:
            p.set_defaults(func=func)
        return p

    p = add(
        sub,
        "health",
        cmd_health,
        "Check the gateway: exit 0 healthy, 1 degraded, 2 down or unreachable (Nagios convention).",
    )
    p.add_argument(
        "--detailed", action="store_true", help="signed GET /health/detailed with components"
    )
    p.add_argument(
        "--timeout", type=seconds, default=10.0, help="seconds before giving up (default 10)"
    )

    payments = add(sub, "payments", None, "Create, show and list payments.")
    psub = payments.add_subparsers(dest="payments_command", metavar="COMMAND", required=True)
    p = add(psub, "create", cmd_payments_create, "Create a payment.")
    p.add_argument("--amount", required=True, type=_decimal, help="price in --currency, e.g. 49.99")
    p.add_argument("--currency", required=True, help="fiat currency, e.g. USD")
    p.add_argument("--pay-currency", required=True, help="crypto the customer pays in, e.g. BTC")
    p.add_argument("--order-id")
    p.add_argument("--description")
    p.add_argument("--idempotency-key", help="make a repeated command safe (default: a fresh one)")
    p.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    p = add(psub, "get", cmd_payments_get, "Show one payment.")
    p.add_argument("payment_id", metavar="ID")
    p = add(psub, "list", cmd_payments_list, "List payments, newest first.")
    p.add_argument("--status", choices=PAYMENT_STATUSES)
    p.add_argument("--order-id")
    p.add_argument(
        "--limit", type=_positive_int, default=20, help="at most N payments (default 20)"
    )

    p = add(sub, "usage", cmd_usage, "This client's usage this month and its usage alerts.")
    p.add_argument("--month", type=_month, help="alerts of YYYY-MM (default: this month)")

    admin = add(sub, "admin", None, "Admin operations (admin credentials).")
    asub = admin.add_subparsers(dest="admin_command", metavar="COMMAND", required=True)
    clients = add(asub, "clients", None, "List and show clients.")
    csub = clients.add_subparsers(dest="clients_command", metavar="COMMAND", required=True)
    p = add(csub, "list", cmd_clients_list, "List clients with this month's usage.")
    p.add_argument("--package", help="only this package (checked against GET /v1/admin/packages)")
    p.add_argument("--status", choices=ACCOUNT_STATUSES)
    p.add_argument(
        "--min-usage", type=_decimal, metavar="PCT", help="only clients at or above PCT %% usage"
    )
    p.add_argument("--limit", type=_positive_int, default=None, help="at most N clients")
    p = add(csub, "show", cmd_clients_show, "Show one client.")
    p.add_argument("client_id", metavar="ID")

    p = add(
        asub, "switch-package", cmd_switch_package, "Move a client to another package (audited)."
    )
    p.add_argument("client_id", metavar="CLIENT")
    p.add_argument(
        "--to",
        required=True,
        metavar="PACKAGE",
        help="a package id (checked against GET /v1/admin/packages)",
    )
    p.add_argument("--reason", required=True)
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")

    overrides = add(asub, "pricing-override", None, "Create, list and remove pricing overrides.")
    osub = overrides.add_subparsers(dest="override_command", metavar="COMMAND", required=True)
    p = add(
        osub, "create", cmd_override_create, "Give a client a custom fee until a date (audited)."
    )
    p.add_argument("client_id", metavar="CLIENT")
    p.add_argument(
        "--fee", required=True, type=_decimal, metavar="PERCENT", help="fee in percent, e.g. 0.5"
    )
    p.add_argument(
        "--until", required=True, metavar="DATE", help="YYYY-MM-DD (end of day UTC) or RFC 3339"
    )
    p.add_argument("--reason", required=True)
    p.add_argument("--dry-run", action="store_true")
    p = add(osub, "list", cmd_override_list, "List pricing overrides.")
    p.add_argument("client_id", metavar="CLIENT", nargs="?")
    p.add_argument("--include-expired", action="store_true")
    p = add(osub, "remove", cmd_override_remove, "Remove a pricing override (audited).")
    p.add_argument("override_id", metavar="ID")
    p.add_argument("--reason")
    p.add_argument("--dry-run", action="store_true", help="print the request; send nothing")

    p = add(asub, "usage-report", cmd_usage_report, "Monthly usage report.")
    p.add_argument("--month", type=_month, help="YYYY-MM (default: this month)")
    p = add(
        asub,
        "reset-usage",
        cmd_reset_usage,
        "Reset a month's usage and re-arm its alert thresholds (audited).",
    )
    p.add_argument("--client-id", help="only this client (default: all)")
    p.add_argument("--month", type=_month)
    p.add_argument("--reason", required=True)
    p.add_argument("--dry-run", action="store_true")
    p = add(asub, "check-usage-alerts", cmd_check_alerts, "Run the usage alert check now.")
    p.add_argument("--month", type=_month)
    p.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    p = add(asub, "test-usage-alert", cmd_test_alert, "Send a test usage alert (marked test).")
    p.add_argument("--client-id", required=True)
    p.add_argument("--threshold", required=True, type=int, choices=USAGE_THRESHOLDS)
    p.add_argument("--dry-run", action="store_true", help="print the request; send nothing")
    p = add(asub, "audit-log", cmd_audit_log, "The audit log of admin changes, newest first.")
    p.add_argument("--client-id")
    p.add_argument("--action", choices=AUDIT_ACTIONS)
    p.add_argument("--limit", type=_positive_int, default=20, help="at most N entries (default 20)")

    hooks = add(sub, "webhooks", None, "Webhook tools.")
    wsub = hooks.add_subparsers(dest="webhooks_command", metavar="COMMAND", required=True)
    p = add(
        wsub,
        "listen",
        cmd_listen,
        "Forward new events to a local URL, signed with a local secret printed at start.",
    )
    p.add_argument("--forward-to", required=True, metavar="URL", type=http_url)
    p.add_argument(
        "--interval", type=seconds, default=1.0, help="seconds between polls (default 1)"
    )
    p.add_argument(
        "--secret",
        help=f"sign with this secret instead of a fresh whsec_… (default: ${WEBHOOK_SECRET_ENV}; "
        "shown masked, never printed)",
    )
    p.add_argument("--max-events", type=_positive_int, help="stop after forwarding N events")
    p.add_argument("--timeout", type=seconds, help="stop after S seconds")

    p = add(sub, "trigger", cmd_trigger, "Make an event happen in the sandbox (test helpers).")
    p.add_argument("event_type", metavar="EVENT_TYPE", choices=TRIGGERS, help=", ".join(TRIGGERS))
    p.add_argument(
        "--amount", type=_decimal, default="10.00", help="USD amount of the payment (default 10.00)"
    )
    p.add_argument("--dry-run", action="store_true", help="print what would be done; send nothing")

    _logs.add_commands(sub, add)
    _monitoring.add_commands(sub, add)
    return parser


def _error_line(exc: BaseException) -> str:
    from paycrypt import APIConnectionError, APIStatusError

    if isinstance(exc, APIStatusError):
        text = exc.detail or exc.title or ""
        fields = "; ".join(
            f"{e.get('field')}: {e.get('message')}" for e in exc.errors if isinstance(e, dict)
        )
        line = f"error: {exc.status_code} {exc.code or 'error'}"
        if text:
            line += f" — {text}"
        if fields and fields not in text:
            line += f" [{fields}]"
        if exc.request_id:
            line += f" (request_id={exc.request_id})"
        return line
    if isinstance(exc, APIConnectionError):
        return f"error: cannot reach the gateway: {exc.message}"
    return f"error: {exc}"


_SECRET_OPTIONS = ("--api-secret", "--secret", "--token")
_SECRET_PREFIXES = ("sk_", "whsec_")


def _scrub_usage_error(message: str, argv: Sequence[str]) -> str:
    """argparse's usage error without any secret in it: it echoes unrecognized arguments (a
    mistyped ``--api-secrte sk_…`` included) and invalid choices as given."""
    head, sep, rest = message.partition("unrecognized arguments: ")
    if sep:  # name the unknown options only: the value after a typo may be a secret
        names = [word.partition("=")[0] for word in rest.split() if word.startswith("-")]
        message = f"{head}{sep}{' '.join(names)} (values not shown)\n"
    secrets_given = set()
    for i, arg in enumerate(argv):
        name, eq, value = arg.partition("=")
        if name in _SECRET_OPTIONS:
            secrets_given.add(value if eq else (argv[i + 1] if i + 1 < len(argv) else ""))
        elif arg.startswith(_SECRET_PREFIXES):
            secrets_given.add(arg)
    for secret in sorted(filter(None, secrets_given), key=len, reverse=True):
        # Whole words only: a short secret ("t") must not mask every "t" in the message.
        word = re.compile(rf"(?<![\w-]){re.escape(secret)}(?![\w-])")
        message = word.sub(mask_secret(secret), message)
    return message


# Arguments that name local files: a Linux file name need not be UTF-8, and is never sent anywhere.
_FILE_ARGUMENTS = {"file"}


def _not_utf8(args: argparse.Namespace) -> str | None:
    """The first argument that is not UTF-8 (Python holds such bytes as lone surrogates, which
    can be neither sent as JSON nor printed), by name; None when all are."""
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in _FILE_ARGUMENTS:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return name.replace("_", "-")
    return None


def run(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    if stdout is None and isinstance(out, io.TextIOWrapper):
        # A terminal or pipe that is not UTF-8 gets \xfc for what it cannot show, not a failure
        # halfway through a table (stderr already behaves this way).
        out.reconfigure(errors="backslashreplace")
    parser = build_parser()
    argv = list(argv) if argv is not None else sys.argv[1:]
    usage = io.StringIO()
    try:
        with contextlib.redirect_stderr(usage):  # argparse writes its errors to sys.stderr
            args = parser.parse_args(argv)
    except SystemExit as exc:  # --help (0) or a usage error (2)
        err.write(_scrub_usage_error(usage.getvalue(), argv))
        return int(exc.code) if isinstance(exc.code, int) else 2
    undecodable = _not_utf8(args)
    if undecodable:
        err.write(f"error: {undecodable} is not valid UTF-8 text\n")
        return 2
    ctx = Context(args, out, err)
    SETTINGS.wide, SETTINGS.notes = bool(getattr(args, "wide", False)), err
    try:
        func: Callable[[Context], int] = args.func
        return func(ctx)
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130
    except BrokenPipeError:  # `paycrypt … | head`: stop quietly
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 — so the interpreter's final flush is silent
        return 0
    except CLIError as exc:
        err.write(f"error: {exc}\n")
        return exc.code
    except ValueError as exc:  # the SDK refusing an argument, e.g. an empty id
        err.write(f"error: {exc}\n")
        return 2
    except Exception as exc:
        import httpx

        from paycrypt import PayCryptError

        if isinstance(exc, httpx.InvalidURL):  # a --base-url / $PAYCRYPT_BASE_URL httpx cannot use
            err.write(f"error: invalid URL: {exc}\n")
            return 2
        if not isinstance(exc, PayCryptError):
            raise
        err.write(_error_line(exc) + "\n")
        return 1
    finally:
        ctx.close()
