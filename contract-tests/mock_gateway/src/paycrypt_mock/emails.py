"""Usage-alert e-mails: rendered from a template into the sandbox outbox (and, with ``--smtp-url``,
delivered by :mod:`paycrypt_mock.smtp_delivery`).

:func:`render_alert_email` is pure (no storage): give it a usage alert and its client,
get ``(subject, html, text)`` back. The HTML uses inline styles and tables only, as
e-mail clients need; Jinja2 autoescapes every value (a client named ``<b>Shop</b>``
shows as text). The dashboard previews use the same function.

:func:`send_alert_email` renders and writes the e-mail into the ``emails`` table and
marks the alert ``email_sent``; it runs inside the caller's transaction, so an alert
and its e-mail are committed (or rolled back) together. When a mailer is attached to the
store (:func:`attach_mailer`), the e-mail is stored ``queued`` instead, the alert keeps
``email_sent: false`` until the SMTP server accepts it, and the mailer is told after commit.
"""

from __future__ import annotations

import json
import weakref
from decimal import Decimal
from typing import Any

import jinja2

from .catalog import PACKAGE_BY_ID
from .store import Store, new_id

__all__ = [
    "LEVELS",
    "render_alert_email",
    "send_alert_email",
    "render_email",
    "alert_email",
    "attach_mailer",
]

# store -> the Mailer delivering its e-mails (weak: a closed store does not keep its mailer alive)
_MAILERS: weakref.WeakKeyDictionary[Store, Any] = weakref.WeakKeyDictionary()


def attach_mailer(store: Store, mailer: Any) -> None:
    """Deliver e-mails written to ``store`` with ``mailer`` (an object with ``enqueue(email_id)``)."""
    _MAILERS[store] = mailer


# alert_type -> (label, accent colour, pale background)
LEVELS: dict[str, tuple[str, str, str]] = {
    "notice": ("Notice", "#2563eb", "#eff6ff"),
    "warning": ("Warning", "#d97706", "#fffbeb"),
    "critical": ("Critical", "#dc2626", "#fef2f2"),
    "limit_exceeded": ("Limit exceeded", "#7f1d1d", "#fef2f2"),
}

_ENV = jinja2.Environment(
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)

_SUBJECT = jinja2.Environment(autoescape=False, undefined=jinja2.StrictUndefined).from_string(
    "{{ prefix }}PayCrypt usage {{ level_lower }}: {{ pct }} % of your {{ package }} limit for {{ month }}"
    "{% if test %} (test of the {{ threshold }} % alert){% endif %}"
)

_HTML = _ENV.from_string("""\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ subject }}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2937;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background-color:#ffffff;border-radius:8px;border:1px solid #e5e7eb;">
<tr><td style="padding:20px 28px;background-color:#111827;border-radius:8px 8px 0 0;color:#ffffff;font-size:18px;font-weight:bold;">PayCrypt</td></tr>
{% if test %}
<tr><td style="padding:8px 28px;background-color:#f3f4f6;color:#6b7280;font-size:12px;">This is a test alert sent by an administrator; your usage is unchanged.</td></tr>
{% endif %}
<tr><td style="padding:24px 28px 8px 28px;">
<span style="display:inline-block;padding:4px 10px;border-radius:12px;background-color:{{ pale }};color:{{ colour }};border:1px solid {{ colour }};font-size:12px;font-weight:bold;letter-spacing:0.5px;text-transform:uppercase;">{{ level }} &middot; {{ threshold }} %</span>
<h1 style="margin:16px 0 8px 0;font-size:22px;line-height:1.3;color:#111827;">{{ client_name }} has used {{ pct }} % of its monthly limit</h1>
<p style="margin:0;font-size:15px;line-height:1.5;color:#4b5563;">Confirmed volume on the <strong>{{ package }}</strong> package for <strong>{{ month }}</strong>.</p>
</td></tr>
<tr><td style="padding:16px 28px 4px 28px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:separate;background-color:#e5e7eb;border-radius:6px;">
<tr>
{% if bar_width > 0 %}
<td width="{{ bar_width }}%" style="width:{{ bar_width }}%;height:14px;background-color:{{ colour }};border-radius:6px;font-size:0;line-height:0;">&nbsp;</td>
{% endif %}
{% if bar_width < 100 %}
<td width="{{ 100 - bar_width }}%" style="width:{{ 100 - bar_width }}%;height:14px;font-size:0;line-height:0;">&nbsp;</td>
{% endif %}
</tr>
</table>
</td></tr>
<tr><td style="padding:4px 28px 16px 28px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;font-size:13px;color:#6b7280;">
<tr><td align="left">{{ current_volume }} USD used</td><td align="right">limit {{ max_volume }} USD</td></tr>
</table>
<p style="margin:8px 0 0 0;font-size:14px;line-height:1.5;color:#4b5563;">At this pace: about <strong>{{ projected_volume }} USD</strong> by the end of {{ month }}.</p>
</td></tr>
<tr><td style="padding:8px 28px 24px 28px;">
{% if contact_sales %}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:#f0fdf4;border:1px solid #16a34a;border-radius:6px;">
<tr><td style="padding:16px 20px;font-size:15px;line-height:1.5;color:#14532d;">
<strong>Recommended: Enterprise &mdash; contact sales</strong><br>
The projected month is above every package's limit; our sales team sets a custom limit{% if limit_exceeded %}. New payments are refused until your limit is raised or the month ends{% endif %}.
</td></tr>
</table>
{% elif recommended %}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background-color:#f0fdf4;border:1px solid #16a34a;border-radius:6px;">
<tr><td style="padding:16px 20px;font-size:15px;line-height:1.5;color:#14532d;">
<strong>Recommended: upgrade to {{ recommended.name }}</strong><br>
{{ recommended.max_volume }} USD a month at a {{ recommended.fee_percent }} % fee, enough for the projected month{% if limit_exceeded %}; new payments are refused until you upgrade or the month ends{% endif %}.
</td></tr>
</table>
{% else %}
<p style="margin:0;font-size:15px;line-height:1.5;color:#4b5563;">Your {{ package }} package covers the projected month; no upgrade is needed yet.</p>
{% endif %}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e5e7eb;font-size:12px;line-height:1.5;color:#9ca3af;">Alert {{ alert_id }} &middot; sent {{ sent_at }} to {{ to }}.<br>You receive this because usage alerts are on for your PayCrypt account.</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""")

_TEXT = jinja2.Environment(
    autoescape=False, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
).from_string("""\
{% if test %}[Test alert] {% endif %}Usage {{ level_lower }}: {{ client_name }} has used {{ pct }} % of its {{ package }} package for {{ month }}.

Confirmed volume: {{ current_volume }} of {{ max_volume }} USD (threshold {{ threshold }} %).
At this pace: about {{ projected_volume }} USD by the end of {{ month }}.
{% if contact_sales %}
Recommended: Enterprise — contact sales (the projected month is above every package's limit).
{% elif recommended %}
Recommended: upgrade to {{ recommended.name }} ({{ recommended.max_volume }} USD a month, {{ recommended.fee_percent }} % fee).
{% else %}
Your {{ package }} package covers the projected month; no upgrade is needed yet.
{% endif %}
{% if limit_exceeded %}
New payments are refused until you upgrade or the month ends.
{% endif %}

Alert {{ alert_id }}, sent {{ sent_at }}.
""")


def _package(package_id: str | None) -> dict[str, str] | None:
    return PACKAGE_BY_ID.get(package_id) if package_id else None


def _context(alert: dict[str, Any], client: dict[str, Any]) -> dict[str, Any]:
    label, colour, pale = LEVELS.get(
        alert["alert_type"], (str(alert["alert_type"]), "#374151", "#f3f4f6")
    )
    pct = Decimal(str(alert["usage_percentage"]))
    package = _package(client.get("package"))
    return {
        "level": label,
        "level_lower": label.lower(),
        "colour": colour,
        "pale": pale,
        "threshold": alert["threshold"],
        "pct": alert["usage_percentage"],
        "bar_width": int(max(Decimal(0), min(pct, Decimal(100)))),
        "current_volume": alert["current_volume"],
        "max_volume": alert["max_volume"],
        "projected_volume": alert.get("projected_volume", alert["current_volume"]),
        "contact_sales": bool(alert.get("contact_sales", False)),
        "month": alert["alert_month"],
        "sent_at": alert["sent_at"],
        "alert_id": alert["id"],
        "client_name": client.get("name", ""),
        "to": client.get("email", ""),
        "package": package["name"] if package else str(client.get("package", "")),
        "recommended": _package(alert.get("recommended_package")),
        "limit_exceeded": alert["alert_type"] == "limit_exceeded",
        "test": bool(alert.get("test", False)),
    }


def render_alert_email(alert: dict[str, Any], client: dict[str, Any]) -> tuple[str, str, str]:
    """``(subject, html, text)`` of the e-mail for a usage alert (a dict shaped like ``UsageAlert``)
    sent to ``client`` (a dict with at least ``name``, ``email`` and ``package``)."""
    ctx = _context(alert, client)
    subject = _SUBJECT.render(prefix="[Test] " if ctx["test"] else "", **ctx)
    html = _HTML.render(subject=subject, **ctx)
    text = _TEXT.render(**ctx)
    return subject, html, text


# An e-mail stored before delivery was recorded was an outbox-only one.
_OUTBOX_ONLY = {
    "delivery_status": "outbox",
    "delivery_attempts": 0,
    "delivery_error": None,
    "delivered_at": None,
}


def render_email(email: dict[str, Any]) -> dict[str, Any]:
    """The public (API) shape of a stored e-mail."""
    return {**_OUTBOX_ONLY, **{k: v for k, v in email.items() if not k.startswith("_")}}


def send_alert_email(
    store: Store, alert: dict[str, Any], client: dict[str, Any], now: float, sent_at: str
) -> dict[str, Any]:
    """Render the alert's e-mail into the outbox and set ``alert["email_sent"] = True``.

    Call inside a transaction, before the alert is stored (so it is stored with ``email_sent``)."""
    subject, html, text = render_alert_email(alert, client)
    mailer = _MAILERS.get(store)
    email = {
        "id": new_id("em"),
        "object": "email",
        "to": client["email"],
        "subject": subject,
        "html": html,
        "text": text,
        "alert_id": alert["id"],
        "created_at": sent_at,
        **_OUTBOX_ONLY,
        "delivery_status": "outbox" if mailer is None else "queued",
    }
    store.insert(
        "emails", email, owner=client["id"], status=email["delivery_status"], created=int(now)
    )
    alert["email_sent"] = mailer is None  # with SMTP: true once the server has accepted it
    if mailer is not None:
        mailer.enqueue(email["id"])  # the mailer's task runs after this transaction commits
    return email


def alert_email(store: Store, alert: dict[str, Any], client: dict[str, Any]) -> tuple[str, str]:
    """``(subject, html)``: the e-mail in the outbox for this alert if there is one (what was
    "sent"), else rendered now by :func:`render_alert_email` (the dashboard's preview)."""
    row = store.db.execute(
        "SELECT data FROM emails WHERE json_extract(data, '$.alert_id') = ? "
        "ORDER BY seq DESC LIMIT 1",
        (alert["id"],),
    ).fetchone()
    if row is not None:
        email = json.loads(row[0])
        return str(email["subject"]), str(email["html"])
    subject, html, _text = render_alert_email(alert, client)
    return subject, html
