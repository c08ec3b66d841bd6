"""Throughput of the mock gateway: signed create, signed retrieve and GET /health.

    .venv/bin/python contract-tests/bench/bench_mock.py [--seconds 5] [--concurrency 16]

One mock (one uvicorn worker, on-disk SQLite in a temp dir) is started as
``python -m paycrypt_mock``; the load comes from a *separate process* with
``--concurrency`` keep-alive connections, each sending one request at a time
(every request freshly signed with ``paycrypt._signing``: new timestamp and
nonce) and reading the whole response. Each scenario runs for ``--seconds``
after a one-second warm-up; the table shows requests/second and latency
percentiles. Any non-2xx response fails the run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from paycrypt import _signing

KEY, SECRET = "pk_test_demo", "sk_test_demo"
CREATE_BODY = json.dumps(
    {
        "amount": "49.99",
        "currency": "USD",
        "pay_currency": "BTC",
        "order_id": "bench",
        "metadata": {"source": "bench"},
    },
    separators=(",", ":"),
).encode()


def _request(method: str, path: str, body: bytes, host: str, signed: bool) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: keep-alive"]
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    if signed:
        timestamp, nonce = int(time.time()), _signing.new_nonce()
        route, _, query = path.partition("?")
        signature = _signing.sign_request(
            SECRET,
            method=method,
            path=route,
            query=query,
            timestamp=timestamp,
            nonce=nonce,
            body=body,
        )
        lines += [
            f"PayCrypt-Key: {KEY}",
            f"PayCrypt-Timestamp: {timestamp}",
            f"PayCrypt-Nonce: {nonce}",
            f"PayCrypt-Signature: {signature}",
        ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    return status, await reader.readexactly(length)


async def _worker(
    host: str,
    port: int,
    method: str,
    path: str,
    body: bytes,
    signed: bool,
    stop_at: float,
    record_from: float,
    latencies: list[float],
    errors: list[str],
) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    count = 0
    try:
        while True:
            started = time.perf_counter()
            if started >= stop_at:
                return count
            writer.write(_request(method, path, body, f"{host}:{port}", signed))
            status, payload = await _read_response(reader)
            finished = time.perf_counter()
            if not 200 <= status < 300:
                errors.append(f"{status} {payload[:200]!r}")
                return count
            if started >= record_from:
                count += 1
                latencies.append(finished - started)
    finally:
        writer.close()


async def _load(
    host: str,
    port: int,
    method: str,
    path: str,
    body: bytes,
    signed: bool,
    seconds: float,
    concurrency: int,
) -> dict[str, Any]:
    record_from = time.perf_counter() + 1.0
    stop_at = record_from + seconds
    latencies: list[float] = []
    errors: list[str] = []
    counts = await asyncio.gather(
        *[
            _worker(host, port, method, path, body, signed, stop_at, record_from, latencies, errors)
            for _ in range(concurrency)
        ]
    )
    if errors:
        raise SystemExit(f"{method} {path}: {errors[0]}")
    latencies.sort()
    return {
        "requests": sum(counts),
        "rps": sum(counts) / seconds,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99) - 1],
    }


def _client_process(args: tuple[Any, ...], queue: Any) -> None:
    queue.put(asyncio.run(_load(*args)))


def run_scenario(*args: Any) -> dict[str, Any]:
    """Run one load in a separate process so the client never shares the server's interpreter."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_client_process, args=(args, queue))
    process.start()
    result = queue.get(timeout=600)
    process.join()
    return result  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--db", default=None, help="SQLite path (default: a file in a temp dir; ':memory:' works)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()

    import httpx

    from paycrypt_mock.testing import running_mock

    sys.path.insert(
        0, str(Path(__file__).resolve().parents[1])
    )  # contract-tests/, for signed_client
    from signed_client import SignedClient

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.sqlite3")
        with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
            payment = api.post(
                "/v1/payments", content=CREATE_BODY, headers={"Content-Type": "application/json"}
            ).json()
            host, port = mock.host, mock.port
            scenarios = [
                ("signed create payment", "POST", "/v1/payments", CREATE_BODY, True),
                ("signed retrieve payment", "GET", f"/v1/payments/{payment['id']}", b"", True),
                ("GET /health", "GET", "/health", b"", False),
            ]
            rows = []
            for name, method, path, body, signed in scenarios:
                result = run_scenario(
                    host, port, method, path, body, signed, args.seconds, args.concurrency
                )
                rows.append((name, result))
            assert httpx.get(mock.base_url + "/health").status_code == 200
    print(
        f"\nPayCrypt mock gateway — one uvicorn worker, SQLite {'in memory' if db == ':memory:' else 'on disk'}, "
        f"{args.concurrency} keep-alive connections, {args.seconds:g} s per scenario "
        f"(Python {sys.version.split()[0]})\n"
    )
    print(f"| {'scenario':<24} | {'requests':>8} | {'req/s':>7} | {'p50 ms':>6} | {'p99 ms':>6} |")
    print(f"|{'-' * 26}|{'-' * 10}|{'-' * 9}|{'-' * 8}|{'-' * 8}|")
    for name, r in rows:
        print(
            f"| {name:<24} | {r['requests']:>8} | {r['rps']:>7.0f} | {r['p50_ms']:>6.1f} | {r['p99_ms']:>6.1f} |"
        )
    if args.json:
        print(json.dumps({name: r for name, r in rows}, indent=2))


if __name__ == "__main__":
    main()
