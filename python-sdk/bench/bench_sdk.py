#!/usr/bin/env python3
"""The Python rows of issue 16's table, each a ratio against a reference measured in the same run.

    .venv/bin/python python-sdk/bench/bench_sdk.py [--n 2000] [--blocks 5] [--concurrency 50] [--json PATH]
    .venv/bin/python python-sdk/bench/bench_sdk.py --smoke      # tiny N: checks the harness, not the speed

Starts a fixed-response keep-alive server in another process (raw asyncio, loopback,
~10k req/s so it is not the bottleneck) answering every request with the spec's Payment
example, then measures, always in *interleaved blocks* (SDK block, reference block, SDK
block … with the order flipped every block, so that machine noise hits both sides):

* sync ``payments.create`` / ``payments.retrieve`` per call (median per block, the two sides
  alternating call by call) vs a raw ``httpx.Client`` that
  serialises, signs (``paycrypt._signing``), sends and ``json()``-decodes (target ≤ 1.05×);
* the default ``AsyncPayCrypt()`` doing ``payments.retrieve`` at 50 concurrent tasks vs
  openai-python's default ``AsyncOpenAI()`` doing the same GET (target ≥ 1.5× its req/s);
  for information also ``transport="httpx"`` (the default when aiohttp is not installed)
  and raw ``httpx.AsyncClient`` / ``aiohttp.ClientSession``;
* fresh processes (CPU time, user + system, as the kernel accounts it; wall time shown too),
  importing a byte-compiled copy of the SDK as ``pip install`` leaves it:
  ``import paycrypt; PayCrypt(...)`` vs ``import httpx, pydantic`` (target ≤ +15 ms), and the
  first ``payments.retrieve`` vs raw httpx's first signed GET validated into a hand-written
  pydantic model of the same fields (target ≤ +30 ms; the floor of a typed answer); for
  information, vs that GET without a model, and ``import stripe`` / ``import openai``.

Each row reports the median over the blocks of the per-block ratio (or difference), its
spread (min–max over the blocks), the target, the command to reproduce, and the whole
result goes to ``build/bench/python.json``. Not a test: numbers depend on the machine
and its load; ``--smoke`` (run by the tests) only checks that the harness works.

stripe and openai are never installed into the project venv: they live in a bench-only
virtualenv, ``python-sdk/bench/.venv`` (git-ignored), made by ``make bench-setup``.
Without it those rows say "not installed".
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import resource
import shlex
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
BENCH_SETUP = (
    "python3 -m venv python-sdk/bench/.venv && "
    "python-sdk/bench/.venv/bin/pip install -r python-sdk/bench/requirements-bench.txt"
)
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
        cmd = [
            sys.executable,
            "-m",
            "uvicorn",
            "fixed_app:app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
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
    r = http.post(
        url + "/v1/payments", content=body, headers=raw_headers("POST", "/v1/payments", body)
    )
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
    site = (
        BENCH_VENV
        / "lib"
        / f"python{sys.version_info.major}.{sys.version_info.minor}"
        / "site-packages"
    )
    if not site.is_dir():
        return False
    if str(site) not in sys.path:
        sys.path.append(str(site))
    return True


# --- measuring: interleaved blocks, per-block ratios -----------------------------------


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def paired_per_call(sdk_fn: Any, raw_fn: Any, calls: int, blocks: int) -> dict[str, Any]:
    """Blocks of ``calls`` call pairs: SDK and raw alternate call by call (order flipped every
    call), so a burst of machine noise hits both; per block, the median time of each side."""
    for _ in range(min(200, calls)):
        sdk_fn()
        raw_fn()
    clock = time.perf_counter
    sdk_t: list[float] = []
    raw_t: list[float] = []
    for _block in range(blocks):
        sdk_calls: list[float] = []
        raw_calls: list[float] = []
        for i in range(calls):
            for fn, out in ((sdk_fn, sdk_calls), (raw_fn, raw_calls))[:: -1 if i % 2 else 1]:
                start = clock()
                fn()
                out.append(clock() - start)
        sdk_t.append(statistics.median(sdk_calls))
        raw_t.append(statistics.median(raw_calls))
    return {
        "sdk": sdk_t,
        "raw": raw_t,
        "ratio": [s / r for s, r in zip(sdk_t, raw_t, strict=False)],
    }


async def throughput(make_call: Any, n: int, concurrency: int) -> float:
    """Requests per second of ``n`` calls, ``concurrency`` at a time."""
    sem = asyncio.Semaphore(concurrency)

    async def one() -> None:
        async with sem:
            await make_call()

    start = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(n)))
    return n / (time.perf_counter() - start)


async def aiohttp_retrieve(session: Any, url: str, pid: str) -> Any:
    path = f"/v1/payments/{pid}"
    async with session.get(url + path, headers=raw_headers("GET", path, b"")) as r:
        r.raise_for_status()
        return await r.json()


async def async_blocks(
    url: str, pid: str, n: int, concurrency: int, blocks: int, use_openai: bool = True
) -> tuple[dict[str, list[float]], dict[str, str]]:
    """req/s per block of each async client; blocks interleaved, order reversed every other block."""
    import paycrypt

    notes: dict[str, str] = {}
    clients: list[tuple[str, Any, Any]] = []  # (name, make_call, close)
    sdk = paycrypt.AsyncPayCrypt(
        KEY, SECRET, base_url=url
    )  # the default, exactly as a user gets it
    clients.append(
        ("paycrypt AsyncPayCrypt() default", lambda: sdk.payments.retrieve(pid), sdk.close)
    )
    sdk_httpx = paycrypt.AsyncPayCrypt(KEY, SECRET, base_url=url, transport="httpx")
    clients.append(
        (
            'paycrypt AsyncPayCrypt(transport="httpx")',
            lambda: sdk_httpx.payments.retrieve(pid),
            sdk_httpx.close,
        )
    )
    ahttp = httpx.AsyncClient(
        limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    )
    clients.append(
        (
            "raw httpx.AsyncClient, signed by hand",
            lambda: araw_retrieve(ahttp, url, pid),
            ahttp.aclose,
        )
    )
    try:
        import aiohttp
    except ImportError:
        notes["aiohttp"] = "not installed: pip install 'paycrypt[aiohttp]'"
    else:
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        clients.append(
            (
                "raw aiohttp.ClientSession, signed by hand",
                lambda: aiohttp_retrieve(session, url, pid),
                session.close,
            )
        )
    openai = None
    if use_openai and use_bench_venv():
        with contextlib.suppress(ImportError):
            import openai
    if openai is None and use_openai:
        notes["openai"] = f"not installed: run make bench-setup ({BENCH_SETUP})"
    elif openai is not None:
        # openai-python's own machinery with its defaults (pool, retries, headers): the same GET,
        # body JSON-decoded (cast_to=object); no signing and no model, so it does less per call.
        oai = openai.AsyncOpenAI(api_key="sk-bench", base_url=url + "/v1")
        notes["openai"] = openai.__version__
        clients.append(
            (
                "openai AsyncOpenAI() default",
                lambda: oai.get(f"/payments/{pid}", cast_to=object),
                oai.close,
            )
        )
    rps: dict[str, list[float]] = {name: [] for name, _, _ in clients}
    try:
        for _name, call, _close in clients:  # warm-up: connections open, models built
            await throughput(call, min(200, n), concurrency)
        for block in range(blocks):
            for name, call, _close in clients[:: -1 if block % 2 else 1]:
                rps[name].append(await throughput(call, n, concurrency))
    finally:
        for _name, _call, close in clients:
            await close()
    return rps, notes


SITE: Path | None = None  # the installed copy of the SDK that fresh processes import


def process_ms(argv: list[str]) -> tuple[float, float]:
    """(CPU ms, wall ms) of one fresh process. CPU (user + system, from the kernel's child
    accounting) is what the rows compare: on a loaded machine wall time mostly measures
    the scheduler."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    if SITE is not None:
        env["PYTHONPATH"] = str(SITE)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = (time.perf_counter() - start) * 1e3
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1e3
    return cpu, wall


def paired_processes(sdk: list[str], ref: list[str], runs: int) -> dict[str, list[float]]:
    """Fresh processes, SDK and reference alternating (order flipped each run): CPU ms each,
    wall ms each, and the per-pair CPU difference SDK − reference."""
    process_ms(sdk), process_ms(ref)  # warm the page cache
    out: dict[str, list[float]] = {"sdk": [], "raw": [], "sdk_wall": [], "raw_wall": []}
    for run in range(runs):
        for name, argv in [("sdk", sdk), ("raw", ref)][:: -1 if run % 2 else 1]:
            cpu, wall = process_ms(argv)
            out[name].append(cpu)
            out[name + "_wall"].append(wall)
    out["delta"] = [s - r for s, r in zip(out["sdk"], out["raw"], strict=False)]
    return out


def proc_cell(r: dict[str, list[float]], side: str) -> str:
    return f"{statistics.median(r[side]):.0f} ms CPU ({statistics.median(r[side + '_wall']):.0f} ms wall)"


CLIENT_READY = (
    "import paycrypt; paycrypt.PayCrypt('pk_test_demo', 'sk_test_demo', base_url={url!r})"
)
FIRST_RETRIEVE = (
    "import paycrypt; c = paycrypt.PayCrypt('pk_test_demo', 'sk_test_demo', base_url={url!r}); "
    "assert c.payments.retrieve({pid!r}).id"
)
# The same signed GET by hand (the same HMAC code, httpx, pydantic imported), JSON-decoded.
RAW_FIRST_GET = (
    "import httpx, pydantic, time; from paycrypt import _signing; p = '/v1/payments/' + {pid!r}; "
    "ts = int(time.time()); n = _signing.new_nonce(); "
    "h = {{'PayCrypt-Key': 'pk_test_demo', 'PayCrypt-Timestamp': str(ts), 'PayCrypt-Nonce': n, "
    "'PayCrypt-Signature': _signing.sign_request('sk_test_demo', method='GET', path=p, query='', timestamp=ts, "
    "nonce=n, body=b'')}}; "
    "r = httpx.Client().get({url!r} + p, headers=h)"
)
# The floor for a typed answer: that GET validated into a pydantic model written by hand with
# the example's fields, as a user of httpx and pydantic would. It pays pydantic's first use
# (pydantic.main, the plugin scan, building a validator), which no pydantic model avoids.
RAW_FIRST_MODEL = RAW_FIRST_GET + "; assert Payment.model_validate_json(r.content).id"


def hand_written_model(example: dict[str, Any]) -> str:
    """``class Payment(pydantic.BaseModel)``: one plain field per key of ``example``."""

    def kind(name: str, value: Any) -> str:
        if name.endswith("_at"):
            return "datetime.datetime | None = None"
        if isinstance(value, dict):
            return "dict[str, str] | None = None"
        return "str | None = None"

    fields = "".join(f"    {name}: {kind(name, value)}\n" for name, value in example.items())
    return f"import datetime, pydantic\nclass Payment(pydantic.BaseModel):\n{fields}"


def installed_copy(dest: Path) -> Path:
    """The SDK as ``pip install paycrypt`` leaves it: a copy of the package, byte-compiled.

    The project venv has it as an editable install and PYTHONDONTWRITEBYTECODE=1 (the
    Makefile sets it), so every fresh process there would compile the SDK's sources: tens
    of ms that no installed copy pays, while httpx and pydantic are byte-compiled."""
    import compileall
    import shutil

    site = dest / "site"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(REPO / "python-sdk" / "src" / "paycrypt", site / "paycrypt")
    if not compileall.compile_dir(site, quiet=1):
        raise SystemExit("could not byte-compile the SDK copy")
    return site


def row(
    name: str,
    sdk: str,
    reference: str,
    ref_value: str,
    values: list[float],
    unit: str,
    target: str,
    ok: Any,
) -> dict[str, Any]:
    s = spread(values)
    return {
        "row": name,
        "paycrypt": sdk,
        "reference": reference,
        "reference_value": ref_value,
        "unit": unit,
        **s,
        "blocks": len(values),
        "target": target,
        "met": None if ok is None else bool(ok(s["median"])),
    }


def fmt(r: dict[str, Any]) -> str:
    if r["unit"] == "×":
        value = f"{r['median']:.2f}× ({r['min']:.2f}–{r['max']:.2f})"
    else:
        value = f"{r['median']:+.1f} ms ({r['min']:+.1f} to {r['max']:+.1f})"
    met = {True: "yes", False: "**no**", None: "—"}[r["met"]]
    reference = f"{r['reference']}: {r['reference_value']}"
    return f"| {r['row']} | {r['paycrypt']} | {reference} | {value} | {r['target']} | {met} |"


def write_readme(runs: list[Path]) -> None:
    """Put consecutive runs' JSON results side by side in python-sdk/README.md's bench table."""
    results = [json.loads(path.read_text(encoding="utf-8")) for path in runs]
    lines = [
        "| row | reference, same run | target | "
        + " | ".join(f"run {i + 1}" for i in range(len(results)))
        + " |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in results) + " |",
    ]
    for first in results[0]["rows"]:
        cells = []
        for result in results:
            same = [
                r
                for r in result["rows"]
                if (r["row"], r["reference"]) == (first["row"], first["reference"])
            ]
            mark = {True: " ✓", False: " ✗", None: ""}[same[0]["met"]] if same else ""
            cells.append(fmt(same[0]).split(" | ")[3] + mark if same else "not measured")
        lines.append(
            f"| {first['row']} | {first['reference']} | {first['target']} | {' | '.join(cells)} |"
        )
    v = results[0]["versions"]
    loads = ", ".join(f"{r['machine']['loadavg_before'][0]:.1f}" for r in results)
    lines += [
        "",
        f"{len(results)} consecutive runs of `make bench`'s Python part, {results[0]['when']} to "
        f"{results[-1]['when']}, {results[0]['machine']['cpus']} CPUs "
        f"({results[0]['machine']['processor']}), load average at the start of each run: {loads}; "
        + ", ".join(f"{k} {val}" for k, val in v.items())
        + f". Reproduce: `{results[0]['command']}`.",
    ]
    readme = REPO / "python-sdk" / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->\n", "\n<!-- bench:end -->"
    head, rest = text.split(start, 1)
    readme.write_text(
        head + start + "\n".join(lines) + end + rest.split(end, 1)[1], encoding="utf-8"
    )
    print(f"{readme} updated from {len(results)} runs")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--readme",
        type=Path,
        nargs="+",
        metavar="RUN.json",
        help="write these runs' results into the README's table (no measuring)",
    )
    parser.add_argument(
        "--n", type=int, default=2000, help="sync calls per side per row, over all blocks"
    )
    parser.add_argument("--async-n", type=int, default=500, help="calls per client per async block")
    parser.add_argument("--blocks", type=int, default=6, help="interleaved blocks per row")
    parser.add_argument("--runs", type=int, default=12, help="fresh-process pairs per start-up row")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--server", choices=["asyncio", "uvicorn"], default="asyncio")
    parser.add_argument("--json", type=Path, default=REPO / "build" / "bench" / "python.json")
    parser.add_argument(
        "--smoke", action="store_true", help="tiny N: check the harness, not the speed"
    )
    args = parser.parse_args()
    if args.readme:
        write_readme(args.readme)
        return
    if args.smoke:
        args.n, args.async_n, args.blocks, args.runs = 20, 20, 2, 1

    import paycrypt

    global SITE
    SITE = installed_copy(args.json.parent)
    example = payment_example()
    load_before = os.getloadavg()
    proc, url, _ = start_server(json.dumps(example).encode(), args.server)
    rows: list[dict[str, Any]] = []
    notes: dict[str, str] = {}
    pid = example["id"]
    try:
        limits = httpx.Limits(
            max_connections=args.concurrency, max_keepalive_connections=args.concurrency
        )
        calls = max(1, args.n // args.blocks)
        with (
            paycrypt.PayCrypt(KEY, SECRET, base_url=url) as sdk,
            httpx.Client(limits=limits) as http,
        ):
            for name, sdk_fn, raw_fn in [
                ("create", lambda: sdk.payments.create(**CREATE), lambda: raw_create(http, url)),
                (
                    "retrieve",
                    lambda: sdk.payments.retrieve(pid),
                    lambda: raw_retrieve(http, url, pid),
                ),
            ]:
                r = paired_per_call(sdk_fn, raw_fn, calls, args.blocks)
                rows.append(
                    row(
                        f"sync `payments.{name}`, per call",
                        f"{statistics.median(r['sdk']) * 1e6:.0f} µs",
                        "raw httpx.Client signed by hand",
                        f"{statistics.median(r['raw']) * 1e6:.0f} µs",
                        r["ratio"],
                        "×",
                        "≤ 1.05×",
                        lambda m: m <= 1.05,
                    )
                )
        rps, notes = asyncio.run(
            async_blocks(url, pid, args.async_n, args.concurrency, args.blocks, not args.smoke)
        )
        default = rps["paycrypt AsyncPayCrypt() default"]
        med = lambda name: f"{statistics.median(rps[name]):.0f} req/s"  # noqa: E731
        openai_name = "openai AsyncOpenAI() default"
        for name in rps:
            if name == "paycrypt AsyncPayCrypt() default":
                continue
            is_target = name == openai_name
            ratios = [a / b for a, b in zip(default, rps[name], strict=False)]
            rows.append(
                row(
                    f"`AsyncPayCrypt()` default, retrieve at {args.concurrency} concurrent",
                    med("paycrypt AsyncPayCrypt() default"),
                    name,
                    med(name),
                    ratios,
                    "×",
                    "≥ 1.5×" if is_target else "(information)",
                    (lambda m: m >= 1.5) if is_target else None,
                )
            )
        py = [sys.executable, "-c"]
        r = paired_processes(
            py + [CLIENT_READY.format(url=url)], py + ["import httpx, pydantic"], args.runs
        )
        rows.append(
            row(
                "`import paycrypt` + `PayCrypt(...)`, fresh process, CPU",
                proc_cell(r, "sdk"),
                "`import httpx, pydantic`",
                proc_cell(r, "raw"),
                r["delta"],
                "ms",
                "≤ +15 ms",
                lambda m: m <= 15,
            )
        )
        first = FIRST_RETRIEVE.format(url=url, pid=pid)
        model = hand_written_model(example) + "\n" + RAW_FIRST_MODEL.format(url=url, pid=pid)
        r = paired_processes(py + [first], py + [model], args.runs)
        rows.append(
            row(
                "first `payments.retrieve`, fresh process, CPU",
                proc_cell(r, "sdk"),
                "raw httpx first signed GET into a hand-written pydantic model",
                proc_cell(r, "raw"),
                r["delta"],
                "ms",
                "≤ +30 ms",
                lambda m: m <= 30,
            )
        )
        r = paired_processes(py + [first], py + [RAW_FIRST_GET.format(url=url, pid=pid)], args.runs)
        rows.append(
            row(
                "first `payments.retrieve`, fresh process, CPU (information)",
                proc_cell(r, "sdk"),
                "raw httpx first signed GET, no model (pydantic imported, unused)",
                proc_cell(r, "raw"),
                r["delta"],
                "ms",
                "—",
                None,
            )
        )
        other = bench_venv_python()
        for module in () if args.smoke else ("stripe", "openai"):
            if (
                other is None
                or subprocess.run(
                    [str(other), "-c", f"import {module}"], capture_output=True
                ).returncode
            ):
                notes[module] = f"not installed: run make bench-setup ({BENCH_SETUP})"
                continue
            r = paired_processes(
                [str(other), "-c", f"import {module}"], [str(other), "-c", "pass"], args.runs
            )
            rows.append(
                row(
                    f"`import {module}`, fresh process, CPU (information)",
                    proc_cell(r, "sdk"),
                    "bare `python -c pass`",
                    proc_cell(r, "raw"),
                    r["delta"],
                    "ms",
                    "—",
                    None,
                )
            )
    finally:
        proc.kill()
        proc.wait()

    versions = {
        "python": platform.python_version(),
        "httpx": httpx.__version__,
        "paycrypt": paycrypt.__version__,
    }
    try:
        import aiohttp

        versions["aiohttp"] = aiohttp.__version__
    except ImportError:
        pass
    command = "make bench  # or: " + " ".join(
        shlex.quote(a) for a in [".venv/bin/python", "python-sdk/bench/bench_sdk.py", *sys.argv[1:]]
    )
    result = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "loadavg_before": load_before,
            "loadavg_after": os.getloadavg(),
        },
        "versions": versions,
        "settings": {
            "n": args.n,
            "blocks": args.blocks,
            "runs": args.runs,
            "concurrency": args.concurrency,
            "server": args.server,
            "smoke": args.smoke,
        },
        "command": command,
        "rows": rows,
        "notes": notes,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(
        "| row | paycrypt | reference, same run | ratio or difference: median (min–max over blocks) | target | met |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(fmt(r))
    for name, note in notes.items():
        print(f"- {name}: {note}")
    print(
        f"\n{result['when']}, Python {versions['python']}, "
        + ", ".join(f"{k} {v}" for k, v in versions.items() if k != "python")
        + f"; {os.cpu_count()} CPUs, load average {load_before[0]:.1f} before, "
        f"{result['machine']['loadavg_after'][0]:.1f} after; {args.blocks} interleaved blocks "
        f"({args.n} sync calls per side in all, {args.async_n} async calls per client per block), "
        f"{args.runs} process pairs. Reproduce: {command}. JSON: {args.json}"
    )


if __name__ == "__main__":
    main()
