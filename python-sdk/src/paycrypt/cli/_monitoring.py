"""``paycrypt monitoring setup uptimerobot|pingdom``: register the ``/health`` keyword monitor.

One request through each provider's public HTTP API:

* UptimeRobot API v2 ``POST /v2/newMonitor``, form-encoded, ``api_key`` in the body; ``type=2`` is a
  keyword monitor and ``keyword_type=2`` ("not exists") alerts when the keyword is missing.
* Pingdom API 3.1 ``POST /api/3.1/checks``, JSON, ``Authorization: Bearer <token>``; an ``http`` check
  with ``shouldcontain`` and ``resolution`` in minutes.

The monitor's fields are the ones in ``examples/monitoring/{uptimerobot,pingdom}.json`` (a test keeps
them equal). ``--dry-run`` prints the request ``build_request`` makes for the real call, built with
``***`` in place of the credential: the same bytes otherwise, the form still form-encoded.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit

from ._argtypes import http_url, seconds
from ._output import safe_url, write_json

__all__ = ["add_commands", "build_request"]

PROVIDERS = {
    "uptimerobot": {"api_base": "https://api.uptimerobot.com", "env": "UPTIMEROBOT_API_KEY"},
    "pingdom": {"api_base": "https://api.pingdom.com", "env": "PINGDOM_API_TOKEN"},
}
REDACTED = "***"
USER_AGENT = "paycrypt-cli"


def build_request(
    provider: str,
    *,
    url: str,
    name: str,
    keyword: str,
    interval: int,
    token: str,
    api_base: str | None = None,
) -> dict[str, Any]:
    """``{"method", "url", "headers", "body"}`` for the provider's create call (body: the bytes)."""
    base = (api_base or PROVIDERS[provider]["api_base"]).rstrip("/")
    if provider == "uptimerobot":
        fields: dict[str, Any] = {
            "friendly_name": name,
            "url": url,
            "type": 2,
            "keyword_type": 2,
            "keyword_value": keyword,
            "keyword_case_type": 0,
            "interval": interval,
            "timeout": 10,
        }
        body = urlencode({"api_key": token, "format": "json", **fields}).encode()
        return {
            "method": "POST",
            "url": f"{base}/v2/newMonitor",
            "body": body,
            "headers": {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cache-Control": "no-cache",
                "User-Agent": USER_AGENT,
            },
        }
    parts = urlsplit(url)
    https = parts.scheme == "https"
    fields = {
        "name": name,
        "type": "http",
        "host": parts.hostname or "",
        "url": parts.path or "/",
        "encryption": https,
        "port": parts.port or (443 if https else 80),
        "shouldcontain": keyword,
        "resolution": max(1, interval // 60),
        "sendnotificationwhendown": 2,
    }
    return {
        "method": "POST",
        "url": f"{base}/api/3.1/checks",
        "body": json.dumps(fields).encode(),
        "headers": {
            "Content-Type": "application/json",
            "Authorization": f"Bearer {token}",
            "User-Agent": USER_AGENT,
        },
    }


def _shown(request: dict[str, Any]) -> dict[str, Any]:
    """A request built with the ``***`` credential, for printing: the body as its fields (the form
    decoded as the provider decodes it, every value a string) or its JSON."""
    body = request["body"].decode("utf-8")
    form = request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    return {
        "method": request["method"],
        "url": request["url"],
        "headers": request["headers"],
        "body": dict(parse_qsl(body, strict_parsing=True)) if form else json.loads(body),
    }


def _monitor_id(provider: str, answer: Any) -> str | None:
    """The id of the monitor the answer says was created (``monitor.id`` / ``check.id``), or None.

    Only a non-empty string or a number counts: an answer that names no monitor created none that
    we can point to, whatever its status says."""
    if not isinstance(answer, dict):
        return None
    if provider == "uptimerobot" and answer.get("stat") != "ok":
        return None
    holder = answer.get("monitor" if provider == "uptimerobot" else "check")
    ident = holder.get("id") if isinstance(holder, dict) else None
    if isinstance(ident, bool) or not isinstance(ident, (int, str)) or ident == "":
        return None
    return str(ident)


def _scrubbed(text: str, token: str) -> str:
    """``text`` without ``token`` in any form a provider may echo it: raw, form- or URL-encoded,
    or escaped in JSON."""
    forms = {token, quote_plus(token), quote(token, safe=""), json.dumps(token)[1:-1]}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, REDACTED)
    return text


def cmd_setup(ctx: Any) -> int:
    from ._main import CLIError

    a = ctx.args
    token: str = a.token or os.environ.get(PROVIDERS[a.provider]["env"]) or ""
    if not token and not a.dry_run:
        raise CLIError(
            f"{a.provider} needs a credential: --token or ${PROVIDERS[a.provider]['env']}", code=2
        )
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in token):
        # e.g. a \r from a token file saved on Windows: http.client would refuse the header
        # with an error quoting the token.
        raise CLIError(
            f"the {a.provider} credential (--token or ${PROVIDERS[a.provider]['env']}) contains "
            "a control character (a line break?): remove it",
            code=2,
        )

    def build(credential: str) -> dict[str, Any]:
        return build_request(
            a.provider,
            url=a.url,
            name=a.name,
            keyword=a.keyword,
            interval=a.interval,
            token=credential,
            api_base=a.api_base,
        )

    masked = build(REDACTED)  # the same request with *** for the credential: what is printed
    shown = _shown(masked)
    if a.dry_run:
        if ctx.fmt == "json":
            write_json(ctx.out, {"dry_run": True, "request": shown})
        else:
            ctx.print(f"dry run: would send {shown['method']} {shown['url']}")
            for header, value in shown["headers"].items():
                ctx.print(f"{header}: {value}")
            ctx.print(masked["body"].decode("utf-8"))  # the exact bytes, but for the credential
            ctx.print("dry run: nothing sent")
        return 0
    request = build(token)
    outgoing = urllib.request.Request(
        request["url"], data=request["body"], method="POST", headers=request["headers"]
    )
    try:
        with urllib.request.urlopen(outgoing, timeout=a.timeout) as response:  # noqa: S310 — the provider's URL
            status, text = response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        status, text = exc.code, exc.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        # HTTPException: what answered is not an HTTP server; ValueError: a header http.client
        # refuses. Either message may quote the request: scrubbed.
        reason = _scrubbed(str(getattr(exc, "reason", exc)), token)
        raise CLIError(f"cannot reach {a.provider}: {reason}") from None
    try:
        answer: Any = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested past the parser's depth
        answer = None
    created = _monitor_id(a.provider, answer) if 200 <= status < 300 else None
    if created is None:
        # Scrub before cutting: a cut could leave the start of the credential behind.
        error = answer.get("error") if isinstance(answer, dict) else None
        detail = _scrubbed(json.dumps(error) if error else text.strip(), token)
        detail = " ".join(detail.split())[:300] or "(an empty answer)"
        failed = isinstance(answer, dict) and answer.get("stat") == "fail"
        if not 200 <= status < 300 or error or failed:
            raise CLIError(f"{a.provider} refused the monitor ({status}): {detail}")
        raise CLIError(
            f"{a.provider} answered {status} but named no monitor id, so none is known to "
            f"exist (check its dashboard before retrying): {detail}"
        )
    if ctx.fmt == "json":
        write_json(ctx.out, {"provider": a.provider, "id": created, "request": shown})
    else:
        ctx.print(
            f"created {a.provider} monitor {created}: {a.name} on {safe_url(a.url)}, keyword {a.keyword}, "
            f"every {a.interval} s"
        )
    return 0


def _interval(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if value < 60:
        raise argparse.ArgumentTypeError("at least 60 seconds")
    return value


def add_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    monitoring = add(sub, "monitoring", None, "Uptime-monitor tools.")
    msub = monitoring.add_subparsers(dest="monitoring_command", metavar="COMMAND", required=True)
    p = add(
        msub,
        "setup",
        cmd_setup,
        "Create the /health keyword monitor at UptimeRobot (API v2 newMonitor) or Pingdom (API 3.1 checks).",
    )
    p.add_argument("provider", choices=sorted(PROVIDERS))
    p.add_argument(
        "--url",
        required=True,
        type=http_url,
        help="the public health URL, e.g. https://api.example.com/health",
    )
    p.add_argument(
        "--name", default="PayCrypt API health", help="monitor name (default: PayCrypt API health)"
    )
    p.add_argument(
        "--keyword",
        default='"ok"',
        help='text that must be in the body (default: "ok" with quotes)',
    )
    p.add_argument(
        "--interval", type=_interval, default=60, help="seconds between checks (default 60)"
    )
    p.add_argument(
        "--token",
        help="provider credential (default: $UPTIMEROBOT_API_KEY / $PINGDOM_API_TOKEN; "
        "never printed)",
    )
    p.add_argument(
        "--api-base",
        type=http_url,
        help="provider API base URL (default: the provider's; for tests)",
    )
    p.add_argument(
        "--timeout", type=seconds, default=15.0, help="seconds before giving up (default 15)"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print the request (credential redacted); send nothing",
    )
