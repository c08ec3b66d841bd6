"""``python -m paycrypt_mock --host 127.0.0.1 --port 8787 [--db PATH|:memory:]``."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from typing import Any

import uvicorn

from .app import Config, create_app
from .webhooks import DEFAULT_RETRY_DELAYS


def _delays(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("expected comma-separated seconds, e.g. 5,30,120") from None
    if any(v < 0 for v in values):
        raise argparse.ArgumentTypeError("delays must be >= 0")
    return values


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m paycrypt_mock", description="PayCrypt mock gateway (sandbox).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--db", default="paycrypt-mock.sqlite3",
                        help="SQLite file (default: ./paycrypt-mock.sqlite3); ':memory:' for a throwaway store")
    parser.add_argument("--spec", default=None, help="openapi.yaml to validate against (default: the repo's)")
    parser.add_argument("--seed", default=None, help="JSON file: a list of clients to add "
                        "({name, email, package, api_key, api_secret, admin?})")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="probability of a random fault per /v1 request")
    parser.add_argument("--fault-seed", type=int, default=None)
    parser.add_argument("--webhook-retry-delays", type=_delays, default=DEFAULT_RETRY_DELAYS,
                        help="comma-separated seconds between delivery attempts (default 5,30,120,600,3600)")
    parser.add_argument("--payment-ttl", type=int, default=15 * 60, help="seconds until a payment expires")
    parser.add_argument("--sweep-interval", type=float, default=1.0, help="seconds between expiry sweeps")
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--access-log", action="store_true")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    seed: list[dict[str, Any]] = []
    if args.seed:
        with open(args.seed, encoding="utf-8") as handle:
            seed = json.load(handle)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(Config(
        db=args.db, spec=args.spec, fault_rate=args.fault_rate, fault_seed=args.fault_seed,
        webhook_retry_delays=args.webhook_retry_delays, seed_clients=seed, payment_ttl=args.payment_ttl,
        sweep_interval=args.sweep_interval,
    ))
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level,
                            access_log=args.access_log, lifespan="on", server_header=False,
                            date_header=False)
    server = uvicorn.Server(config)

    async def serve() -> None:
        task = asyncio.create_task(server.serve())
        while not server.started:
            if task.done():
                await task
                raise SystemExit(1)
            await asyncio.sleep(0.01)
        port = args.port
        for srv in server.servers:
            for sock in srv.sockets:
                port = sock.getsockname()[1]
                break
        print(f"listening on http://{args.host}:{port}", flush=True)
        await task

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
