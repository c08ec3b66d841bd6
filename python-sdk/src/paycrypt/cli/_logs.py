"""``paycrypt logs summarize FILE``: what a mock/gateway JSON-lines access log says, in one screen.

The file is streamed line by line and latencies go into log-scaled buckets (1 % wide), so memory
stays flat whatever the file's size; percentiles are therefore exact to within 1 %.

A line that is not an access-log entry — not UTF-8, not a JSON object, a field missing or of the
wrong type, a latency that is not a finite number of milliseconds between 0 and a day (``Infinity``,
``NaN``, ``1e300``) — is skipped and counted, and a note on stderr names the first few by line
number and reason. Exit codes: 0 the summary was written (skipped lines or not); 1 the file cannot be
read, or not one of its lines is an access-log entry; 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, TextIO

from ._output import write_csv, write_json, write_table

__all__ = ["add_commands", "summarize", "parse_since"]

_GROWTH = 1.01  # bucket width: each bucket's upper bound is 1 % above its lower bound
_TOP_CLIENTS = 5
# A request logged as slower than a day is a broken line, not a slow request (and keeps inf out).
MAX_LATENCY_MS = 86_400_000
_SHOWN_BAD_LINES = 5


class Histogram:
    """Counts of latencies in buckets ``(GROWTH**(b-1), GROWTH**b]``; percentiles by nearest rank."""

    def __init__(self) -> None:
        self.buckets: Counter[int] = Counter()
        self.count = 0
        self.max = 0.0

    def add(self, value: float) -> None:
        self.count += 1
        self.max = max(self.max, value)
        self.buckets[math.ceil(math.log(value, _GROWTH)) if value > 0.01 else -1000] += 1

    def percentile(self, p: float) -> float | None:
        if not self.count:
            return None
        rank = max(1, math.ceil(p / 100 * self.count))
        seen = 0
        for bucket in sorted(self.buckets):
            seen += self.buckets[bucket]
            if seen >= rank:
                upper = 0.01 if bucket == -1000 else _GROWTH**bucket
                return round(min(upper, self.max), 2)
        return round(self.max, 2)  # pragma: no cover - rank <= count


class BadLine(ValueError):
    """A line that is not an access-log entry; the message says why."""


@dataclass(frozen=True)
class Entry:
    time: str
    when: datetime
    operation: str
    status: int | None  # None: the connection was dropped before a response
    latency_ms: float
    client: str | None
    code: str | None


def _text(entry: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = entry.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value:
        raise BadLine(f"{name} is {'missing' if value is None else 'not a non-empty string'}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape: cannot be printed
        raise BadLine(f"{name} is not valid text") from None
    return value


def parse_line(raw: bytes | str) -> Entry:
    """One access-log line as an :class:`Entry`, or :class:`BadLine` saying what is wrong with it."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise BadLine("not valid UTF-8") from None
    try:
        entry = json.loads(text)
    except RecursionError:
        raise BadLine("JSON nested too deeply") from None
    except ValueError:
        raise BadLine("not JSON") from None
    if not isinstance(entry, dict):
        raise BadLine("not a JSON object")
    time = _text(entry, "time", required=True)
    assert time is not None
    try:
        when = _parse_time(time)
    except ValueError:
        raise BadLine("time is not an RFC 3339 time") from None
    method = _text(entry, "method", required=True)
    route = _text(entry, "route") or "(no route)"
    if "status" not in entry:
        raise BadLine("status is missing")
    status = entry["status"]
    if status is not None and (type(status) is not int or not 100 <= status <= 599):
        raise BadLine("status is not an HTTP status code or null")
    latency = entry.get("latency_ms")
    try:
        if type(latency) not in (int, float):  # bool is not a latency
            raise OverflowError
        latency = float(latency)  # type: ignore[arg-type]
        if not (math.isfinite(latency) and 0 <= latency <= MAX_LATENCY_MS):
            raise OverflowError
    except OverflowError:
        raise BadLine(
            f"latency_ms is not a number of milliseconds from 0 to {MAX_LATENCY_MS} (a day)"
        ) from None
    return Entry(
        time=time,
        when=when,
        operation=f"{method} {route}",
        status=status,
        latency_ms=latency,
        client=_text(entry, "client"),
        code=_text(entry, "code"),
    )


@dataclass
class Operation:
    requests: int = 0
    errors: int = 0
    latency: Histogram = field(default_factory=Histogram)


@dataclass
class Summary:
    requests: int = 0
    errors: int = 0
    skipped: int = 0
    bad_lines: list[str] = field(default_factory=list)  # "line N: reason", the first few
    entries: int = 0  # lines that are access-log entries, --since or not
    first: str | None = None
    last: str | None = None
    statuses: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    operations: dict[str, Operation] = field(default_factory=dict)
    client_requests: Counter[str] = field(default_factory=Counter)
    client_errors: Counter[str] = field(default_factory=Counter)

    def as_data(self) -> dict[str, Any]:
        def rate(errors: int, total: int) -> str:
            return f"{100 * errors / total:.2f}" if total else "0.00"

        return {
            "requests": self.requests,
            "errors": self.errors,
            "error_rate": rate(self.errors, self.requests),
            "skipped_lines": self.skipped,
            "first": self.first,
            "last": self.last,
            "by_status": [
                {"status": s, "requests": n, "share": rate(n, self.requests)}
                for s, n in sorted(self.statuses.items())
            ],
            "by_code": [{"code": c, "requests": n} for c, n in self.codes.most_common()],
            "operations": [
                {
                    "operation": name,
                    "requests": op.requests,
                    "errors": op.errors,
                    "error_rate": rate(op.errors, op.requests),
                    "p50_ms": op.latency.percentile(50),
                    "p95_ms": op.latency.percentile(95),
                    "p99_ms": op.latency.percentile(99),
                    "max_ms": round(op.latency.max, 2),
                }
                for name, op in sorted(
                    self.operations.items(), key=lambda kv: (-kv[1].requests, kv[0])
                )
            ],
            "clients_with_most_errors": [
                {
                    "client": client,
                    "errors": n,
                    "requests": self.client_requests[client],
                    "error_rate": rate(n, self.client_requests[client]),
                }
                for client, n in sorted(self.client_errors.items(), key=lambda kv: (-kv[1], kv[0]))[
                    :_TOP_CLIENTS
                ]
            ],
        }


def _parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


_RELATIVE = re.compile(r"(\d+)([smhd])")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """``30m``, ``2h``, ``7d`` (ago), a date ``2026-01-15`` (its start, UTC) or an RFC 3339 time."""
    match = _RELATIVE.fullmatch(text.strip())
    try:
        if match:
            seconds = int(match[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]]
            return (now or datetime.now(timezone.utc)) - timedelta(seconds=seconds)
        return _parse_time(text.strip())
    except (ValueError, OverflowError):  # not a time, or before year 1
        raise argparse.ArgumentTypeError(
            f"expected 30m, 2h, 7d, YYYY-MM-DD or an RFC 3339 time, got {text!r}"
        ) from None


def summarize(lines: Iterable[bytes | str], since: datetime | None = None) -> Summary:
    summary = Summary()
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            entry = parse_line(raw)
        except BadLine as bad:
            summary.skipped += 1
            if len(summary.bad_lines) < _SHOWN_BAD_LINES:
                summary.bad_lines.append(f"line {number}: {bad}")
            continue
        summary.entries += 1
        if since is not None and entry.when < since:
            continue
        summary.first = summary.first or entry.time
        summary.last = entry.time
        status = entry.status
        failed = status is None or status >= 400  # None: the connection was dropped
        summary.requests += 1
        summary.statuses[str(status) if status is not None else "dropped"] += 1
        op = summary.operations.setdefault(entry.operation, Operation())
        op.requests += 1
        op.latency.add(entry.latency_ms)
        client = entry.client
        if client:
            summary.client_requests[client] += 1
        if failed:
            summary.errors += 1
            op.errors += 1
            summary.codes[entry.code or ("dropped" if status is None else str(status))] += 1
            if client:
                summary.client_errors[client] += 1
    return summary


def _skipped_note(summary: Summary) -> str:
    more = (
        f" (the first {len(summary.bad_lines)} of {summary.skipped})"
        if summary.skipped > len(summary.bad_lines)
        else ""
    )
    return (
        f"{summary.skipped} line(s) skipped, not access-log entries: "
        + "; ".join(summary.bad_lines)
        + more
    )


CSV_COLUMNS = (
    "section",
    "key",
    "requests",
    "errors",
    "error_rate",
    "p50_ms",
    "p95_ms",
    "p99_ms",
    "max_ms",
)


def _csv_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [{"section": "total", "key": "all", **data}]
    rows += [
        {"section": "status", "key": s["status"], "requests": s["requests"]}
        for s in data["by_status"]
    ]
    rows += [
        {"section": "code", "key": c["code"], "requests": c["requests"]} for c in data["by_code"]
    ]
    rows += [{"section": "operation", "key": o["operation"], **o} for o in data["operations"]]
    rows += [
        {"section": "client", "key": c["client"], **c} for c in data["clients_with_most_errors"]
    ]
    return rows


def cmd_summarize(ctx: Any) -> int:
    from ._main import CLIError

    a = ctx.args
    out: TextIO = ctx.out
    try:
        with open(a.file, "rb") as handle:  # bytes: each line is decoded on its own, strictly
            summary = summarize(handle, a.since)
    except OSError as exc:
        raise CLIError(f"cannot read {a.file}: {exc.strerror or exc}") from None
    if summary.skipped and not summary.entries:
        raise CLIError(f"{a.file} has no access-log lines ({_skipped_note(summary)})")
    if summary.skipped:
        ctx.err.write(f"note: {_skipped_note(summary)}\n")
    data = summary.as_data()
    if ctx.fmt == "json":
        write_json(out, data)
    elif ctx.fmt == "csv":
        write_csv(out, _csv_rows(data), CSV_COLUMNS)
    else:
        out.write(
            f"{data['requests']} requests, {data['errors']} errors ({data['error_rate']} %)"
            + (f", {data['first']} .. {data['last']}" if data["first"] else "")
            + "\n\n"
        )
        out.write("by status:\n")
        write_table(out, data["by_status"], ("status", "requests", "share"))
        out.write("\nerrors by code:\n")
        write_table(out, data["by_code"], ("code", "requests"))
        out.write("\nlatency per operation (ms):\n")
        write_table(
            out,
            data["operations"],
            (
                "operation",
                "requests",
                "error_rate",
                "p50_ms",
                "p95_ms",
                "p99_ms",
                "errors",
                "max_ms",
            ),
        )
        out.write("\nclients with most errors:\n")
        write_table(
            out, data["clients_with_most_errors"], ("client", "errors", "requests", "error_rate")
        )
    return 0


def add_commands(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    logs = add(sub, "logs", None, "Access-log tools.")
    lsub = logs.add_subparsers(dest="logs_command", metavar="COMMAND", required=True)
    p = add(
        lsub,
        "summarize",
        cmd_summarize,
        "Summarize a JSON-lines access log (the mock's --access-log): requests, error rate by status "
        "and code, p50/p95/p99 latency per operation, clients with most errors.",
        epilog="Lines that are not access-log entries are skipped, counted and named in a note on "
        "stderr. Exit codes: 0 summary written; 1 the file cannot be read or has no access-log "
        "line; 2 usage error.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--since",
        type=parse_since,
        metavar="WHEN",
        help="only requests from WHEN on: 30m, 2h, 7d, YYYY-MM-DD or RFC 3339",
    )
