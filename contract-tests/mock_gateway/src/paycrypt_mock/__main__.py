"""``python -m paycrypt_mock --host 127.0.0.1 --port 8787 [--db PATH|:memory:]``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import ipaddress
import json
import logging
import re
import secrets
import sys
from typing import Any, cast

import uvicorn

from .app import Config, create_app
from .hosts import is_loopback
from .read_deadline import DEFAULT_REQUEST_TIMEOUT, ReadDeadlineProtocol
from .smtp_delivery import DEFAULT_SMTP_RETRY_DELAYS, SmtpConfig
from .store import DatabaseInUse
from .webhooks import DEFAULT_DEADLINE, DEFAULT_RETRY_DELAYS


def _delays(text: str) -> tuple[float, ...]:
    try:
        values = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected comma-separated seconds, e.g. 5,30,120"
        ) from None
    if any(v < 0 for v in values):
        raise argparse.ArgumentTypeError("delays must be >= 0")
    return values


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected seconds, e.g. 30") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def _token(text: str) -> str:
    # What fits in a cookie and a URL unescaped; long enough not to be guessed.
    if not re.fullmatch(r"[A-Za-z0-9_-]{16,100}", text):
        raise argparse.ArgumentTypeError("use 16-100 letters, digits, '-' or '_'")
    return text


def _smtp_url(text: str) -> str:
    try:
        SmtpConfig.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _name_address(text: str) -> tuple[str, str]:
    name, sep, address = text.partition("=")
    try:
        ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected NAME=ADDRESS, e.g. hooks.test=127.0.0.1"
        ) from None
    if not sep or not name:
        raise argparse.ArgumentTypeError("expected NAME=ADDRESS, e.g. hooks.test=127.0.0.1")
    return name, address.strip("[]")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m paycrypt_mock", description="PayCrypt mock gateway (sandbox)."
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1); anything but loopback warns that the "
        "sandbox's credentials are public and puts the dashboard behind a token",
    )
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="another Host name to answer (repeatable; besides 127.0.0.1, localhost, [::1] "
        "and --host); other names get 421 host_not_allowed",
    )
    parser.add_argument(
        "--dashboard-token",
        type=_token,
        default=None,
        help="require this token for /dashboard (default: none on loopback, a random one, "
        "printed at start, on any other address)",
    )
    parser.add_argument(
        "--request-timeout",
        type=_seconds,
        default=DEFAULT_REQUEST_TIMEOUT,
        help="seconds a request's headers and body may take to arrive (default 30); "
        "slower requests get 408 and the connection is closed",
    )
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument(
        "--db",
        default="paycrypt-mock.sqlite3",
        help="SQLite file (default: ./paycrypt-mock.sqlite3); ':memory:' for a throwaway store",
    )
    parser.add_argument(
        "--spec", default=None, help="openapi.yaml to validate against (default: the repo's)"
    )
    parser.add_argument(
        "--seed",
        default=None,
        help="JSON file: a list of clients to add "
        "({name, email, package, api_key, api_secret, admin?})",
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=0.0,
        help="probability of a random fault per /v1 request",
    )
    parser.add_argument("--fault-seed", type=int, default=None)
    parser.add_argument(
        "--webhook-retry-delays",
        type=_delays,
        default=DEFAULT_RETRY_DELAYS,
        help="comma-separated seconds between delivery attempts (default 5,30,120,600,3600)",
    )
    parser.add_argument(
        "--webhook-deadline",
        type=_seconds,
        default=DEFAULT_DEADLINE,
        help="seconds a whole delivery attempt may take (default 10)",
    )
    parser.add_argument(
        "--webhook-resolve",
        type=_name_address,
        action="append",
        default=[],
        metavar="NAME=ADDRESS",
        help="resolve NAME to ADDRESS for webhook deliveries, before DNS (like curl --resolve); "
        "the address rule still applies",
    )
    parser.add_argument(
        "--payment-ttl", type=int, default=15 * 60, help="seconds until a payment expires"
    )
    parser.add_argument(
        "--sweep-interval", type=float, default=1.0, help="seconds between expiry sweeps"
    )
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--smtp-url",
        type=_smtp_url,
        default=None,
        metavar="URL",
        help="deliver alert e-mails: smtp://HOST:PORT, smtp+starttls://USER:PASS@HOST:587, "
        "smtps://… (?from=ADDRESS, ?cafile=PEM); default: outbox only",
    )
    parser.add_argument(
        "--smtp-retry-delays",
        type=_delays,
        default=DEFAULT_SMTP_RETRY_DELAYS,
        help="comma-separated seconds between SMTP delivery attempts (default 5,30,120,600)",
    )
    parser.add_argument(
        "--access-log",
        metavar="FILE",
        default=None,
        help="append one JSON line per request to FILE (route, status, latency, request id, "
        "client id, error code; never bodies or secrets)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    seed: list[dict[str, Any]] = []
    if args.seed:
        with open(args.seed, encoding="utf-8") as handle:
            seed = json.load(handle)
    logging.basicConfig(
        level=args.log_level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    exposed = not is_loopback(args.host)
    token = args.dashboard_token
    if exposed and token is None:
        token = secrets.token_urlsafe(24)
    try:
        app = create_app(
            Config(
                db=args.db,
                spec=args.spec,
                fault_rate=args.fault_rate,
                fault_seed=args.fault_seed,
                webhook_retry_delays=args.webhook_retry_delays,
                seed_clients=seed,
                payment_ttl=args.payment_ttl,
                sweep_interval=args.sweep_interval,
                host=args.host,
                allowed_hosts=args.allowed_host,
                dashboard_token=token,
                access_log=args.access_log,
                smtp_url=args.smtp_url,
                smtp_retry_delays=args.smtp_retry_delays,
                webhook_deadline=args.webhook_deadline,
                webhook_resolve=dict(args.webhook_resolve),
            )
        )
    except DatabaseInUse as exc:  # a second mock on the same file would run requests twice
        sys.exit(f"paycrypt-mock: {exc}")
    config = uvicorn.Config(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        lifespan="on",
        server_header=False,
        date_header=False,
        # uvicorn only calls the protocol class, so a partial carrying the timeout will do
        http=cast(
            "type[asyncio.Protocol]",
            functools.partial(ReadDeadlineProtocol, request_timeout=args.request_timeout),
        ),
    )
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
        if exposed:
            _warn_exposed(args.host, port, token if args.dashboard_token is None else None)
        print(f"listening on http://{args.host}:{port}", flush=True)
        await task

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


def _warn_exposed(host: str, port: int, generated_token: str | None) -> None:
    """Said before the ``listening on`` line, so nobody starts it on a network unawares."""
    print(
        f"WARNING: listening on {host}, not loopback: anyone who can reach this port can use the sandbox, "
        "and its credentials (pk_test_demo/sk_test_demo, pk_test_admin/sk_test_admin) are public. "
        "Clients must use a Host name it answers to (add --allowed-host NAME for yours).",
        flush=True,
    )
    if generated_token is not None:
        print(
            f"dashboard token: {generated_token} (open http://<host>:{port}/dashboard?token=... once; "
            "or send Authorization: Bearer <token>)",
            flush=True,
        )
    else:
        print("the dashboard needs the --dashboard-token given", flush=True)


if __name__ == "__main__":
    main()
