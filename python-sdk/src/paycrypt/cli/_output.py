"""Rendering: tables that fit 80 columns, CSV via the csv module, machine-clean JSON."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

Row = Mapping[str, Any]

ELLIPSIS = "…"


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


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return str(value)


def ellipsize(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    return text[: width - 1] + ELLIPSIS


def terminal_width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 200))


HEADERS = {"currency": "CUR", "pay_currency": "COIN", "created_at": "CREATED", "usage_percentage": "USAGE%",
           "current_volume": "VOLUME", "package.id": "PACKAGE", "max_volume": "MAX", "alert_month": "MONTH",
           "payments_count": "PAYMENTS", "latency_ms": "MS", "fee_percent": "FEE%", "expires_at": "EXPIRES"}


def _protected(column: str) -> bool:
    """Ids and money are ellipsized last: a cut id or amount is useless."""
    return column == "id" or column.endswith("_id") or column in {
        "amount", "pay_amount", "current_volume", "max_volume", "volume", "fee_percent", "usage_percentage"}


def fit_widths(natural: list[int], total: int, gap: int = 2, protected: Sequence[bool] = ()) -> list[int]:
    """Shrink the widest columns (unprotected ones first) until the table fits ``total`` characters."""
    widths = list(natural)
    budget = total - gap * (len(widths) - 1)
    prot = list(protected) or [False] * len(widths)
    for allow_protected in (False, True):
        while sum(widths) > budget:
            candidates = [i for i in range(len(widths)) if (allow_protected or not prot[i]) and widths[i] > 4]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: widths[i])
            widths[widest] -= 1
    return widths


def short_time(text: str) -> str:
    """``2026-01-15T10:30:00Z`` → ``2026-01-15 10:30`` in tables."""
    if len(text) == 20 and text[10] == "T" and text.endswith("Z"):
        return f"{text[:10]} {text[11:16]}"
    return text


def write_table(out: TextIO, rows: Sequence[Row], columns: Sequence[str], *, width: int | None = None) -> None:
    if not rows:
        out.write("(none)\n")
        return
    cells = [[short_time(cell(row.get(col))) for col in columns] for row in rows]
    headers = [HEADERS.get(col, col.upper()) for col in columns]
    natural = [max(len(headers[i]), *(len(r[i]) for r in cells)) for i in range(len(columns))]
    widths = fit_widths(natural, width or terminal_width(), protected=[_protected(c) for c in columns])
    for line in [headers, *cells]:
        parts = [ellipsize(value, widths[i]).ljust(widths[i]) for i, value in enumerate(line)]
        out.write("  ".join(parts).rstrip() + "\n")


def write_fields(out: TextIO, data: Mapping[str, Any], *, width: int | None = None) -> None:
    """One object as ``field  value`` lines (nested objects flattened), fitting the terminal."""
    flat = flatten(data)
    if not flat:
        return
    total = width or terminal_width()
    key_width = min(max(len(k) for k in flat), 30)
    for key, value in flat.items():
        out.write(f"{ellipsize(key, key_width).ljust(key_width)}  "
                  f"{ellipsize(cell(value), max(8, total - key_width - 2))}".rstrip() + "\n")


def write_csv(out: TextIO, rows: Sequence[Row], columns: Sequence[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(col)) for col in columns])


def write_json(out: TextIO, data: Any) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def render_list(out: TextIO, fmt: str, items: Sequence[Any], columns: Sequence[str],
                csv_columns: Sequence[str] | None = None) -> None:
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
