"""Crash soak for webhook delivery: load, flaky receivers and ``kill -9`` restarts on one SQLite file.

Each round starts a real mock process on the same database, drives create/pay (and, with
``mixed``, cancel, refund and resend) from a few threads, and SIGKILLs the process part-way
through the burst. After the last round the mock is started once more and left to drain.
Then every event ``/v1/events`` lists must have reached every receiver (deduplicated on
``PayCrypt-Event-Id``; duplicates are allowed by at-least-once and counted), or have visibly
failed after its last retry (``outcome: failed``); anything else is lost.

    python contract-tests/soak_webhooks.py --minutes 3      # what ``make soak`` runs
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

# Enough retries that a receiver failing 30 % of the time essentially never exhausts them
# (0.3 ** 15 per event), short enough that a soak drains in seconds.
RETRY_DELAYS = "0.1,0.2,0.3,0.4,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5,0.5"


class FlakyReceiver:
    """Answers 500 to a seeded ``fail_rate`` share of deliveries; counts each event id it acknowledged."""

    def __init__(self, fail_rate: float, seed: int) -> None:
        self.fail_rate = fail_rate
        self.random = random.Random(seed)
        self.acknowledged: Counter[str] = Counter()
        self.refused = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                event_id = self.headers.get("PayCrypt-Event-Id", "")
                with receiver.lock:
                    fail = receiver.random.random() < receiver.fail_rate
                    if fail:
                        receiver.refused += 1
                    else:
                        receiver.acknowledged[event_id] += 1
                self.send_response(500 if fail else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class Report:
    events: int = 0
    deliveries: int = 0  # acknowledged POSTs, duplicates included, summed over receivers
    duplicates: int = 0
    lost: dict[str, list[str]] = field(
        default_factory=dict
    )  # receiver url -> event ids silently not delivered
    failed: int = 0  # deliveries given up after every retry, visibly (outcome "failed")
    kills: int = 0
    requests_failed: int = 0  # API calls cut off by a kill (expected)

    def line(self) -> str:
        lost = sum(len(v) for v in self.lost.values())
        return (
            f"events={self.events} deliveries={self.deliveries} duplicates={self.duplicates} "
            f"failed_visibly={self.failed} lost={lost} kills={self.kills} "
            f"requests_cut_by_kills={self.requests_failed}"
        )


def _burst(
    base_url: str,
    payments: int,
    threads: int,
    mixed: bool,
    seed: int,
    failed: list[int],
    done: list[int],
) -> None:
    """Create and pay ``payments`` payments (and, with ``mixed``, cancel/refund/test/resend some)."""

    def worker(n: int, rng: random.Random) -> None:
        with SignedClient(base_url, timeout=5.0) as api:
            for _ in range(n):
                try:
                    payment = api.post(
                        "/v1/payments",
                        json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"},
                    ).json()
                    roll = rng.random() if mixed else 0.0
                    if roll < 0.7:
                        api.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={})
                        if mixed and rng.random() < 0.3:
                            api.post(
                                f"/v1/payments/{payment['id']}/refunds", json={"amount": "1.00"}
                            )
                    elif roll < 0.85:
                        api.post(f"/v1/payments/{payment['id']}/cancel", json={})
                    else:
                        events = api.get("/v1/events", params={"limit": 3}).json()["data"]
                        if events:
                            api.post(f"/v1/events/{rng.choice(events)['id']}/resend", json={})
                    done.append(1)
                except (httpx.HTTPError, KeyError, ValueError):
                    failed.append(1)  # the process was killed under us: expected
                    return

    rng = random.Random(seed)
    share = [payments // threads + (1 if i < payments % threads else 0) for i in range(threads)]
    pool = [threading.Thread(target=worker, args=(n, random.Random(rng.random()))) for n in share]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def _list_events(api: SignedClient) -> list[str]:
    ids: list[str] = []
    after = None
    while True:
        params: dict[str, object] = {"limit": 100}
        if after:
            params["starting_after"] = after
        page = api.get("/v1/events", params=params).json()
        ids += [e["id"] for e in page["data"]]
        if not page["has_more"]:
            return ids
        after = page["data"][-1]["id"]


def _gave_up(api: SignedClient, event_id: str, endpoint_id: str) -> bool:
    """The event's last attempt at the endpoint ran out of retries and says so."""
    attempts = [
        a
        for a in api.get(f"/v1/events/{event_id}").json()["delivery_attempts"]
        if a["webhook_endpoint_id"] == endpoint_id
    ]
    return bool(attempts) and attempts[-1]["outcome"] == "failed"


def soak(
    db: str,
    *,
    rounds: int,
    payments_per_round: int,
    fail_rates: tuple[float, ...] = (0.3,),
    mixed: bool = False,
    threads: int = 4,
    seed: int = 1,
    drain_timeout: float = 60.0,
    log: bool = False,
) -> Report:
    """Run the rounds (each ends with a SIGKILL mid-burst), then drain; return what was lost."""
    rng = random.Random(seed)
    receivers = [FlakyReceiver(rate, seed + i) for i, rate in enumerate(fail_rates)]
    report = Report()
    failed: list[int] = []
    args = ["--webhook-retry-delays", RETRY_DELAYS]
    try:
        endpoints: dict[str, str] = {}  # receiver url -> its endpoint id
        for n in range(rounds):
            with running_mock(db=db, extra_args=args, check_clean=False) as mock:
                if not endpoints:
                    with SignedClient(mock.base_url) as api:
                        for receiver in receivers:
                            created = api.post(
                                "/v1/webhook_endpoints", json={"url": receiver.url, "events": ["*"]}
                            )
                            endpoints[receiver.url] = created.raise_for_status().json()["id"]
                done: list[int] = []
                burst = threading.Thread(
                    target=_burst,
                    args=(
                        mock.base_url,
                        payments_per_round,
                        threads,
                        mixed,
                        rng.randrange(1 << 30),
                        failed,
                        done,
                    ),
                )
                burst.start()
                # Kill in the second half of the burst: requests and deliveries in flight.
                kill_at = rng.uniform(0.5, 0.9) * payments_per_round
                while len(done) < kill_at and burst.is_alive():
                    time.sleep(0.01)
                mock.process.send_signal(signal.SIGKILL)
                mock.process.wait()
                burst.join()
                report.kills += 1
                if log:
                    print(
                        f"round {n + 1}/{rounds}: killed; receivers hold "
                        f"{sum(len(r.acknowledged) for r in receivers)} distinct acknowledgements",
                        flush=True,
                    )
        with running_mock(db=db, extra_args=args) as mock, SignedClient(mock.base_url) as api:
            events = _list_events(api)
            deadline = time.monotonic() + drain_timeout
            while True:
                missing = {r.url: [e for e in events if e not in r.acknowledged] for r in receivers}
                given_up = {
                    url: [e for e in ids if _gave_up(api, e, endpoints[url])]
                    for url, ids in missing.items()
                    if len(ids) <= 50
                }
                settled = all(
                    len(given_up.get(url, ())) == len(ids) for url, ids in missing.items()
                )
                if settled or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
        report.events = len(events)
        report.requests_failed = len(failed)
        for receiver in receivers:
            report.deliveries += sum(receiver.acknowledged.values())
            report.duplicates += sum(c - 1 for c in receiver.acknowledged.values())
            report.failed += len(given_up.get(receiver.url, ()))
            lost = [e for e in missing[receiver.url] if e not in given_up.get(receiver.url, ())]
            if lost:
                report.lost[receiver.url] = lost
    finally:
        for receiver in receivers:
            receiver.close()
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--minutes", type=float, default=3.0, help="how long to keep running rounds"
    )
    parser.add_argument("--payments", type=int, default=120, help="payments per round")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    options = parser.parse_args()
    stop = time.monotonic() + options.minutes * 60
    total = Report()
    batch = 0
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() < stop:
            batch += 1
            report = soak(
                str(Path(tmp) / f"soak{batch}.sqlite3"),
                rounds=5,
                payments_per_round=options.payments,
                fail_rates=(0.3, 0.5, 0.0),
                mixed=True,
                seed=options.seed + batch,
                log=True,
            )
            print(f"batch {batch}: {report.line()}", flush=True)
            for url, missing in report.lost.items():
                print(
                    f"  LOST at {url}: {missing[:10]}{' …' if len(missing) > 10 else ''}",
                    flush=True,
                )
            total.events += report.events
            total.deliveries += report.deliveries
            total.duplicates += report.duplicates
            total.kills += report.kills
            total.requests_failed += report.requests_failed
            total.failed += report.failed
            for url, missing in report.lost.items():
                total.lost[f"{batch}:{url}"] = missing
    print(f"soak total (seed {options.seed}): {total.line()}", flush=True)
    # A visible "failed" is the promised outcome when a receiver keeps failing; only silence is a loss.
    return 1 if total.lost else 0


if __name__ == "__main__":
    sys.exit(main())
