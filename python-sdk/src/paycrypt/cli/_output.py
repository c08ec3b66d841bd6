"""Rendering: tables that fit the terminal (wrapping, or dropping columns with a note), CSV via the
csv module, machine-clean JSON."""

from __future__ import annotations

import csv
import json
import re
import shutil
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any, TextIO
from urllib.parse import urlsplit, urlunsplit

Row = Mapping[str, Any]


def to_data(obj: Any) -> Any:
    """A model (or list of models) as plain JSON data; money stays the API's decimal strings."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, (list, tuple)):
        return [to_data(item) for item in obj]
    if isinstance(obj, dict):
        return {key: to_data(value) for key, value in obj.items()}
    return obj


def flatten(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"package": {"id": "starter"}}`` → ``{"package.id": "starter"}`` (lists stay as JSON)."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def mask_secret(secret: str) -> str:
    """``whsec_…2Lp9``: the kind of secret and its last 4 characters, enough to tell two apart.

    A short secret (under 16 characters after its prefix) shows no characters at all."""
    prefix, sep, rest = secret.partition("_")
    if not sep or len(prefix) > 8:
        prefix, rest = "", secret
    else:
        prefix += "_"
    return f"{prefix}…{rest[-4:] if len(rest) >= 16 else ''}"


def safe_url(url: str) -> str:
    """``url`` fit to print: a password in it (``https://user:pw@host``) becomes ``***``."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
    except ValueError:  # not a URL we can take apart: print nothing of its userinfo
        return url.rpartition("@")[2] if "@" in url else url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


class TableSettings:
    """How tables are fitted, set once per command by ``run()`` (``--wide``, where notes go)."""

    wide: bool = False
    notes: TextIO | None = None


SETTINGS = TableSettings()


def terminal_width() -> int:
    """``COLUMNS`` or the terminal's width; 80 in a pipe (``shutil`` falls back to it)."""
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 200))


HEADERS = {
    "currency": "CUR",
    "pay_currency": "COIN",
    "created_at": "CREATED",
    "usage_percentage": "USAGE%",
    "current_volume": "VOLUME",
    "package.id": "PACKAGE",
    "max_volume": "MAX",
    "alert_month": "MONTH",
    "payments_count": "PAYMENTS",
    "latency_ms": "MS",
    "fee_percent": "FEE%",
    "expires_at": "EXPIRES",
}

# Below this a wrapped column is more line breaks than text: drop columns instead.
MIN_WRAP = 8


def _protected(column: str) -> bool:
    """Ids, names of things and money are never wrapped or dropped: a split id or amount is useless."""
    return (
        column == "id"
        or column.endswith("_id")
        or column
        in {
            "amount",
            "pay_amount",
            "current_volume",
            "max_volume",
            "volume",
            "fee_percent",
            "usage_percentage",
            "operation",
            "client",
            "code",
        }
    )


def fit_columns(
    headers: Sequence[str], natural: list[int], protected: Sequence[bool], total: int, gap: int = 2
) -> tuple[list[int], list[int]]:
    """Choose which columns to show and how wide: ``(kept indexes, widths)``.

    Columns are given most important first. While the table is too wide, the rightmost unprotected
    column that would have to wrap below ``MIN_WRAP`` is dropped; what is left is fitted by narrowing
    (and so wrapping) the widest unprotected columns. A header is never cut: it is a column's minimum.
    """
    kept = list(range(len(natural)))

    def floor(i: int) -> int:
        return natural[i] if protected[i] else max(len(headers[i]), min(natural[i], MIN_WRAP))

    while len(kept) > 1 and sum(floor(i) for i in kept) + gap * (len(kept) - 1) > total:
        droppable = [i for i in kept if not protected[i]] or kept[1:]
        kept.remove(droppable[-1])
    widths = {i: natural[i] for i in kept}
    budget = total - gap * (len(kept) - 1)
    while sum(widths.values()) > budget:
        shrinkable = [i for i in kept if not protected[i] and widths[i] > floor(i)]
        if not shrinkable:
            break  # only ids and money left: let the line be long rather than cut them
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
    return kept, [widths[i] for i in kept]


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` for a terminal: line breaks and tabs become spaces, any other control character
    ``\\x1b``-style, so data (a log line, a name) can never move the cursor or retitle the window."""
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters (at spaces where possible, never dropping any)."""
    text = printable(text)
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def short_time(text: str) -> str:
    """``2026-01-15T10:30:00Z`` → ``2026-01-15 10:30`` in tables."""
    if len(text) == 20 and text[10] == "T" and text.endswith("Z"):
        return f"{text[:10]} {text[11:16]}"
    return text


def write_table(
    out: TextIO,
    rows: Sequence[Row],
    columns: Sequence[str],
    *,
    width: int | None = None,
    wide: bool | None = None,
    notes: TextIO | None = None,
) -> None:
    """A table that fits ``width`` (default: the terminal): long cells wrap onto more lines, and the
    least important columns are dropped with a note on stderr. ``--wide`` keeps every column whole."""
    if not rows:
        out.write("(none)\n")
        return
    wide = SETTINGS.wide if wide is None else wide
    notes = notes if notes is not None else SETTINGS.notes
    cells = [[printable(short_time(cell(row.get(col)))) for col in columns] for row in rows]
    headers = [HEADERS.get(col, col.upper()) for col in columns]
    natural = [max(len(headers[i]), *(len(r[i]) for r in cells)) for i in range(len(columns))]
    if wide:
        kept, widths = list(range(len(columns))), natural
    else:
        kept, widths = fit_columns(
            headers, natural, [_protected(c) for c in columns], width or terminal_width()
        )
    dropped = [columns[i] for i in range(len(columns)) if i not in kept]
    if dropped and notes is not None:
        notes.write(
            f"note: {len(dropped)} column(s) not shown to fit {width or terminal_width()} characters: "
            f"{', '.join(dropped)} (--wide shows every column, --format csv/json every field)\n"
        )
    for line in [headers, *cells]:
        parts = [wrap(line[i], w) for i, w in zip(kept, widths, strict=False)]
        for n in range(max(len(p) for p in parts)):
            text = "  ".join(
                (p[n] if n < len(p) else "").ljust(w) for p, w in zip(parts, widths, strict=False)
            )
            out.write(text.rstrip() + "\n")


def write_fields(out: TextIO, data: Mapping[str, Any], *, width: int | None = None) -> None:
    """One object as ``field  value`` lines (nested objects flattened); long values wrap, never cut."""
    flat = {printable(key): value for key, value in flatten(data).items()}  # metadata keys too
    if not flat:
        return
    total = width or terminal_width()
    key_width = max(len(k) for k in flat)
    value_width = 10**9 if SETTINGS.wide else max(20, total - key_width - 2)
    for key, value in flat.items():
        lines = wrap(cell(value), value_width) if cell(value) else [""]
        out.write(f"{key.ljust(key_width)}  {lines[0]}".rstrip() + "\n")
        for more in lines[1:]:
            out.write(f"{'':{key_width}}  {more}".rstrip() + "\n")


def write_csv(out: TextIO, rows: Sequence[Row], columns: Sequence[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(col)) for col in columns])


def write_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_list(
    out: TextIO,
    fmt: str,
    items: Sequence[Any],
    columns: Sequence[str],
    csv_columns: Sequence[str] | None = None,
) -> None:
    """A listing: the chosen columns for table and CSV (flattened), every field for JSON."""
    data = [to_data(item) for item in items]
    if fmt == "json":
        write_json(out, data)
        return
    rows = [flatten(item) for item in data]
    if fmt == "csv":
        write_csv(out, rows, csv_columns or columns)
    else:
        write_table(out, rows, columns)


def render_object(out: TextIO, fmt: str, obj: Any) -> None:
    data = to_data(obj)
    if fmt == "json":
        write_json(out, data)
    elif fmt == "csv":
        flat = flatten(data)
        write_csv(out, [flat], list(flat))
    else:
        write_fields(out, data)
