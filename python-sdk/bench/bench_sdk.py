#!/usr/bin/env python3
"""Benchmark the SDK against hand-written httpx doing the same signed requests.

    .venv/bin/python python-sdk/bench/bench_sdk.py [--n 2000] [--concurrency 50] [--async-only] [--server uvicorn]

Starts a tiny fixed-response server in another process (raw asyncio, loopback,
~10k req/s so it is not the bottleneck; ``--server uvicorn`` for the old ASGI one)
that answers every request with the spec's Payment example, then measures:

* per-call time of ``payments.create`` / ``payments.retrieve`` through
  ``PayCrypt`` vs a raw ``httpx.Client`` that serialises, signs
  (``paycrypt._signing.sign_request``), sends and ``json()``-decodes;
* async ``payments.retrieve`` throughput (req/s) and p99 latency at concurrency 50:
  ``AsyncPayCrypt`` on its default transport (httpx) vs raw ``httpx.AsyncClient``, and,
  if aiohttp is installed, ``AsyncPayCrypt(transport="aiohttp")`` vs a raw
  ``aiohttp.ClientSession`` doing the same signed requests;
* ``import paycrypt`` vs ``import httpx, pydantic``, ``import stripe`` and ``import openai``
  (each in a fresh interpreter, median of 10, the interpreter's bare start-up subtracted);
* with the comparison SDKs installed (below), openai-python's ``AsyncOpenAI`` doing the
  same GET at the same concurrency (``client.get(..., cast_to=object)``: JSON-decoded, unsigned).

stripe and openai are never installed into the project venv: they live in a bench-only
virtualenv, ``python-sdk/bench/.venv`` (git-ignored), made with::

    python3 -m venv python-sdk/bench/.venv
    python-sdk/bench/.venv/bin/pip install -r python-sdk/bench/requirements-bench.txt

Without it those rows are skipped with a "not installed: run …" note.

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
BENCH_VENV = Path(__file__).resolve().parent / ".venv"
BENCH_SETUP = ("python3 -m venv python-sdk/bench/.venv && "
               "python-sdk/bench/.venv/bin/pip install -r python-sdk/bench/requirements-bench.txt")
KEY, SECRET = "pk_test_demo", "sk_test_demo"

# A raw asyncio HTTP/1.1 keep-alive server: answers every request with BODY. It does
# ~10k req/s on one core, so it is not what limits the clients measured.
FAST_SERVER = textwrap.dedent(
    """
    import asyncio, sys

    class Fixed(asyncio.Protocol):
        def connection_made(self, transport):
            self.t = transport
            self.buf = b""

        def data_received(self, data):
            self.buf += data
            while True:
                end = self.buf.find(b"\\r\\n\\r\\n")
                if end < 0:
                    return
                head = self.buf[:end].decode("latin-1")
                length = 0
                for line in head.split("\\r\\n")[1:]:
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if len(self.buf) < end + 4 + length:
                    return
                self.buf = self.buf[end + 4 + length:]
                status = b"201 Created" if head.startswith("POST") else b"200 OK"
                self.t.write(b"HTTP/1.1 " + status + RESPONSE)

    async def main(port):
        server = await asyncio.get_running_loop().create_server(Fixed, "127.0.0.1", port, backlog=1024)
        async with server:
            await server.serve_forever()

    RESPONSE = (b"\\r\\ncontent-type: application/json\\r\\npaycrypt-request-id: req_000000000000000000000000"
                b"\\r\\ncontent-length: " + str(len(BODY)).encode() + b"\\r\\n\\r\\n" + BODY)
    asyncio.run(main(int(sys.argv[1])))
    """
)

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


def start_server(body: bytes, kind: str = "asyncio") -> tuple[subprocess.Popen[bytes], str, Path]:
    tmp = Path(tempfile.mkdtemp())
    port = free_port()
    if kind == "uvicorn":
        (tmp / "fixed_app.py").write_text(SERVER + f"\nBODY = {body!r}\n")
        cmd = [sys.executable, "-m", "uvicorn", "fixed_app:app", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning", "--no-access-log"]
    else:
        (tmp / "fixed_server.py").write_text(f"BODY = {body!r}\n" + FAST_SERVER)
        cmd = [sys.executable, "fixed_server.py", str(port)]
    proc = subprocess.Popen(cmd, cwd=tmp)
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


def bench_venv_python() -> Path | None:
    """The bench-only virtualenv's interpreter (stripe, openai), if it has been made."""
    python = BENCH_VENV / "bin" / "python"
    return python if python.exists() else None


def use_bench_venv() -> bool:
    """Append the bench venv's site-packages to sys.path (after ours: same httpx and pydantic)."""
    site = BENCH_VENV / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    if not site.is_dir():
        return False
    if str(site) not in sys.path:
        sys.path.append(str(site))
    return True


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


async def throughput(make_call: Any, n: int, concurrency: int) -> tuple[float, float]:
    """(requests per second, p99 latency in seconds) of ``n`` calls, ``concurrency`` at a time."""
    sem = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one() -> None:
        async with sem:
            t0 = time.perf_counter()
            await make_call()
            latencies.append(time.perf_counter() - t0)

    await asyncio.gather(*(one() for _ in range(min(200, n))))
    latencies.clear()
    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    elapsed = time.perf_counter() - start
    latencies.sort()
    return n / elapsed, latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]


async def aiohttp_retrieve(session: Any, url: str, pid: str) -> Any:
    path = f"/v1/payments/{pid}"
    async with session.get(url + path, headers=raw_headers("GET", path, b"")) as r:
        r.raise_for_status()
        return await r.json()


async def async_rows(url: str, pid: str, n: int, concurrency: int, rounds: int = 3) -> list[tuple[str, float, float]]:
    """Async retrieve throughput of each client, best of interleaved rounds (the loopback is noisy)."""
    import paycrypt

    clients: list[tuple[str, Any, Any]] = []  # (name, make_call, close)
    sdk = paycrypt.AsyncPayCrypt(KEY, SECRET, base_url=url)  # the SDK's default: httpx, its pool limits
    clients.append(("paycrypt SDK, default transport (httpx)", lambda: sdk.payments.retrieve(pid), sdk.close))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    ahttp = httpx.AsyncClient(limits=limits)
    clients.append((f"raw httpx.AsyncClient (limits {concurrency}/{concurrency})",
                    lambda: araw_retrieve(ahttp, url, pid), ahttp.aclose))
    try:
        import aiohttp
    except ImportError:
        print("aiohttp not installed: skipping the aiohttp rows (pip install 'paycrypt[aiohttp]')", file=sys.stderr)
    else:
        sdk_aio = paycrypt.AsyncPayCrypt(KEY, SECRET, base_url=url, transport="aiohttp")
        clients.append(('paycrypt SDK, transport="aiohttp"', lambda: sdk_aio.payments.retrieve(pid), sdk_aio.close))
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        clients.append(("raw aiohttp.ClientSession", lambda: aiohttp_retrieve(session, url, pid), session.close))
    openai = None
    if use_bench_venv():
        try:
            import openai
        except ImportError:
            pass
    if openai is None:
        print(f"openai not installed: skipping the AsyncOpenAI row (run: {BENCH_SETUP})", file=sys.stderr)
    else:
        # openai-python's own client machinery (httpx, its default pool, retries, headers): the same
        # GET, body JSON-decoded (cast_to=object); no request signing and no model, so it does less.
        oai = openai.AsyncOpenAI(api_key="sk-bench", base_url=url + "/v1")
        transport = next((c.__module__.split(".")[0] for c in type(oai._client).__mro__  # httpx2 in 3.x
                          if c.__module__.startswith("httpx")), "httpx")
        clients.append((f"openai-python {openai.__version__} AsyncOpenAI ({transport}), unsigned",
                        lambda: oai.get(f"/payments/{pid}", cast_to=object), oai.close))
    best: dict[str, tuple[float, float]] = {}
    try:
        for _ in range(rounds):
            for name, call, _close in clients:
                rps, p99 = await throughput(call, n, concurrency)
                if name not in best or rps > best[name][0]:
                    best[name] = (rps, p99)
    finally:
        for _name, _call, close in clients:
            await close()
    return [(name, rps, p99) for name, (rps, p99) in best.items()]


def import_time(code: str, runs: int = 10, python: str | Path = sys.executable) -> float:
    """Median wall time of ``python -c code``, each run a fresh interpreter."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(python), "-c", code], check=True, env=env)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def import_rows() -> list[tuple[str, str]]:
    """(what, ms) of each import, the bare interpreter start-up subtracted."""
    base = import_time("pass")
    rows = [
        ("import paycrypt", import_time("import paycrypt") - base),
        ("import paycrypt; paycrypt.PayCrypt (client class loaded)",
         import_time("import paycrypt; paycrypt.PayCrypt") - base),
        ("import httpx, pydantic", import_time("import httpx, pydantic") - base),
    ]
    out = [(name, f"{t * 1e3:.1f} ms") for name, t in rows]
    other = bench_venv_python()
    for module in ("stripe", "openai"):
        ok = other is not None and subprocess.run([str(other), "-c", f"import {module}"],
                                                 capture_output=True).returncode == 0
        if not ok:
            out.append((f"import {module}", f"not installed: run {BENCH_SETUP}"))
            continue
        assert other is not None
        version = subprocess.run([str(other), "-c", f"import {module}; print({module}.VERSION "
                                  f"if hasattr({module}, 'VERSION') else {module}.__version__)"],
                                 capture_output=True, text=True).stdout.strip()
        t = import_time(f"import {module}", python=other) - import_time("pass", python=other)
        out.append((f"import {module} ({version})", f"{t * 1e3:.1f} ms"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--server", choices=["asyncio", "uvicorn"], default="asyncio",
                        help="the fixed-response server: raw asyncio (default, ~10k req/s) or uvicorn (h11)")
    parser.add_argument("--async-only", action="store_true", help="only the async throughput table")
    args = parser.parse_args()

    import paycrypt

    example = payment_example()
    proc, url, _ = start_server(json.dumps(example).encode(), args.server)
    rows: list[tuple[str, str, str, str]] = []
    try:
        limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
        pid = example["id"]
        if not args.async_only:
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
        arows = asyncio.run(async_rows(url, pid, args.n, args.concurrency))
    finally:
        proc.kill()
        proc.wait()

    if not args.async_only:
        print("| measure | paycrypt SDK | raw httpx | ratio |\n| --- | --- | --- | --- |")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        print()
        print("| import, fresh interpreter (median of 10, minus bare start-up) | wall time |\n| --- | --- |")
        for name, value in import_rows():
            print(f"| `{name}` | {value} |")
        print()

    print(f"| async payments.retrieve, concurrency {args.concurrency} | req/s | p99 |\n| --- | --- | --- |")
    for name, rps, p99 in arows:
        print(f"| {name} | {rps:.0f} | {p99 * 1e3:.1f} ms |")
    versions = f"httpx {httpx.__version__}"
    try:
        import aiohttp

        versions += f", aiohttp {aiohttp.__version__}"
    except ImportError:
        pass
    print(f"\nPython {sys.version.split()[0]}, {versions}, n={args.n}, {os.cpu_count()} CPUs, "
          f"loopback fixed-response {args.server} server.")


if __name__ == "__main__":
    main()
