"""``make bench``'s Python harness runs end to end (tiny N, ``--smoke``): rows, ratios, JSON.

No timing is asserted (the machine is shared and noisy); only that every row of the
issue-16 table is measured against its reference and written out.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_sdk.py"


def test_bench_harness_smoke(tmp_path: Path) -> None:
    out = tmp_path / "python.json"
    run = subprocess.run(
        [sys.executable, str(BENCH), "--smoke", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {r["row"]: r for r in result["rows"]}
    assert {
        "sync `payments.create`, per call",
        "sync `payments.retrieve`, per call",
        "`import paycrypt` + `PayCrypt(...)`, fresh process, CPU",
        "first `payments.retrieve`, fresh process, CPU",
    } <= set(rows)
    for r in result["rows"]:
        assert r["min"] <= r["median"] <= r["max"] and r["blocks"] >= 1, r
        assert r["reference"] and r["target"]
    refs = {r["reference"] for r in result["rows"] if r["row"].startswith("`AsyncPayCrypt()`")}
    assert 'paycrypt AsyncPayCrypt(transport="httpx")' in refs
    assert result["command"].startswith("make bench") and result["machine"]["cpus"]
    assert "| row | paycrypt | reference, same run |" in run.stdout
