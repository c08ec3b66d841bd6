#!/usr/bin/env python3
"""Benchmark the SDK against hand-written httpx doing the same signed requests.

    .venv/bin/python python-sdk/bench/bench_sdk.py [--n 2000] [--concurrency 50] [--markdown]

Starts a tiny fixed-response ASGI server (uvicorn, loopback) that answers
``POST /v1/payments`` and ``GET /v1/payments/{id}`` with the spec's Payment
example, then measures:

* per-call time of ``payments.create`` / ``payments.retrieve`` through
  ``PayCrypt`` vs a raw ``httpx.Client`` that serialises, signs
  (``paycrypt._signing.sign_request``), sends and ``json()``-decodes;
* async throughput at concurrency 50 through ``AsyncPayCrypt`` vs raw ``httpx.AsyncClient``;
* ``import paycrypt`` vs ``import httpx, pydantic`` (fresh interpreters, best of 7).

Not a test: numbers depend on the machine. Target: SDK ≤ 1.10× raw.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[2]
KEY, SECRET = "pk_test_demo", "sk_test_demo"

SERVER = textwrap.dedent(
    """
    async def app(scope, receive, send):
        if scope["type"] != "http":
            return
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False)
        status = 201 if scope["method"] == "POST" else 200
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"),
            (b"paycrypt-request-id", b"req_000000000000000000000000")]})
        await send({"type": "http.response.body", "body": BODY})
    """
)


def payment_example() -> dict[str, Any]:
    import yaml

    spec = yaml.safe_load((REPO / "openapi.yaml").read_text(encoding="utf-8"))
    schema = spec["components"]["schemas"]["Payment"]
    example = schema.get("example") or (schema.get("examples") or [None])[0]
    if not isinstance(example, dict):
        raise SystemExit("openapi.yaml's Payment schema has no example to serve")
    return example


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(body: bytes) -> tuple[subprocess.Popen[bytes], str, Path]:
    tmp = Path(tempfile.mkdtemp())
    (tmp / "fixed_app.py").write_text(SERVER + f"\nBODY = {body!r}\n")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "fixed_app:app", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning", "--no-access-log"],
        cwd=tmp,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/health", timeout=0.2)
            return proc, url, tmp
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    raise SystemExit("fixed-response server did not start")


# --- raw httpx, hand-written ------------------------------------------------------


def raw_headers(method: str, path: str, body: bytes) -> dict[str, str]:
    from paycrypt import _signing

    ts = int(time.time())
    nonce = _signing.new_nonce()
    headers = {
        "PayCrypt-Key": KEY,
        "PayCrypt-Timestamp": str(ts),
        "PayCrypt-Nonce": nonce,
        "PayCrypt-Signature": _signing.sign_request(
            SECRET, method=method, path=path, query="", timestamp=ts, nonce=nonce, body=body
        ),
        "Accept": "application/json",
    }
    if method == "POST":
        headers["Content-Type"] = "application/json"
        headers["Idempotency-Key"] = str(uuid.uuid4())
    return headers


CREATE = {"amount": "49.99", "currency": "USD", "pay_currency": "BTC", "order_id": "order-1042"}


def raw_create(http: httpx.Client, url: str) -> Any:
    body = json.dumps(CREATE, separators=(",", ":"), ensure_ascii=False).encode()
    r = http.post(url + "/v1/payments", content=body, headers=raw_headers("POST", "/v1/payments", body))
    r.raise_for_status()
    return r.json()


def raw_retrieve(http: httpx.Client, url: str, pid: str) -> Any:
    path = f"/v1/payments/{pid}"
    r = http.get(url + path, headers=raw_headers("GET", path, b""))
    r.raise_for_status()
    return r.json()


async def araw_retrieve(http: httpx.AsyncClient, url: str, pid: str) -> Any:
    path = f"/v1/payments/{pid}"
    r = await http.get(url + path, headers=raw_headers("GET", path, b""))
    r.raise_for_status()
    return r.json()


def per_call(fn: Any, n: int, rounds: int = 5) -> float:
    """Best-of-rounds mean seconds per call (after a warm-up)."""
    for _ in range(min(200, n)):
        fn()
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(n // rounds):
            fn()
        best = min(best, (time.perf_counter() - start) / (n // rounds))
    return best


async def throughput(make_call: Any, n: int, concurrency: int) -> float:
    sem = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with sem:
            await make_call()

    await asyncio.gather(*(one() for _ in range(min(200, n))))
    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return n / (time.perf_counter() - start)


def import_time(code: str, runs: int = 7) -> float:
    best = float("inf")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()

    import paycrypt

    example = payment_example()
    proc, url, _ = start_server(json.dumps(example).encode())
    rows: list[tuple[str, str, str, str]] = []
    try:
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        pid = example["id"]
        with paycrypt.PayCrypt(KEY, SECRET, base_url=url) as sdk, httpx.Client(limits=limits) as http:
            for name, sdk_fn, raw_fn in [
                ("payments.create", lambda: sdk.payments.create(**CREATE), lambda: raw_create(http, url)),
                ("payments.retrieve", lambda: sdk.payments.retrieve(pid), lambda: raw_retrieve(http, url, pid)),
            ]:
                raw_t = sdk_t = float("inf")
                for _ in range(3):  # interleaved rounds, best of each
                    raw_t = min(raw_t, per_call(raw_fn, args.n))
                    sdk_t = min(sdk_t, per_call(sdk_fn, args.n))
                rows.append((f"sync {name} (per call)", f"{sdk_t * 1e6:.0f} µs", f"{raw_t * 1e6:.0f} µs",
                             f"{sdk_t / raw_t:.2f}×"))

        async def run_async() -> tuple[float, float]:
            async with paycrypt.AsyncPayCrypt(KEY, SECRET, base_url=url,
                                              http_client=httpx.AsyncClient(limits=limits)) as asdk, \
                    httpx.AsyncClient(limits=limits) as ahttp:
                raw_rps = sdk_rps = 0.0
                for _ in range(3):  # interleaved rounds, best of each: the loopback is noisy
                    raw_rps = max(raw_rps, await throughput(lambda: araw_retrieve(ahttp, url, pid), args.n, args.concurrency))
                    sdk_rps = max(sdk_rps, await throughput(lambda: asdk.payments.retrieve(pid), args.n, args.concurrency))
                await asdk._http.aclose()
                return sdk_rps, raw_rps

        sdk_rps, raw_rps = asyncio.run(run_async())
        rows.append((f"async payments.retrieve, concurrency {args.concurrency}", f"{sdk_rps:.0f} req/s",
                     f"{raw_rps:.0f} req/s", f"{raw_rps / sdk_rps:.2f}× (time)"))
    finally:
        proc.kill()
        proc.wait()

    base = import_time("pass")
    imp_sdk = import_time("import paycrypt") - base
    imp_client = import_time("import paycrypt; paycrypt.PayCrypt") - base
    imp_deps = import_time("import httpx, pydantic") - base
    rows.append(("import paycrypt", f"{imp_sdk * 1e3:.1f} ms", "—", "—"))
    rows.append(("import paycrypt + PayCrypt (httpx)", f"{imp_client * 1e3:.1f} ms",
                 f"{imp_deps * 1e3:.1f} ms (import httpx, pydantic)", "—"))

    print(f"| measure | paycrypt SDK | raw httpx | ratio |\n| --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nPython {sys.version.split()[0]}, httpx {httpx.__version__}, n={args.n}, loopback fixed-response uvicorn server.")


if __name__ == "__main__":
    main()
