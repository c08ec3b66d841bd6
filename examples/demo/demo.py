"""`make demo`: a merchant's whole flow against the local sandbox, as a short transcript.

Starts the mock gateway (a fresh on-disk SQLite file in a temp dir, fast webhook
retries) and a local webhook receiver, then walks: register a webhook endpoint →
create a payment → the customer pays (sandbox test helper) → the signed webhook
arrives and is verified → the payment is confirmed → usage crosses 80 % and the
alert fires, with the e-mail it produced → the same flow with the Node SDK. Exits
non-zero, naming the step, if anything fails; always stops what it started
(Ctrl-C included).
"""

from __future__ import annotations

import http.server
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from paycrypt import PayCrypt, webhooks

ROOT = Path(__file__).resolve().parents[2]
NODE_FLOW = Path(__file__).with_name("node-flow.mjs")
JS_DIST = ROOT / "js-sdk" / "dist" / "esm" / "index.js"
API_KEY, API_SECRET = "pk_test_demo", "sk_test_demo"
WAIT = 10.0  # seconds to wait for a webhook


class StepFailed(Exception):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- the mock gateway --------------------------------------------------------


def start_mock(db: Path) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "paycrypt_mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            str(db),
            "--webhook-retry-delays",
            "0.2,0.5,1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # Ctrl-C reaches us only; we stop it ourselves
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 20
    lines: list[str] = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith("listening on "):
            # keep draining its output so it never blocks on a full pipe
            threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
            return proc, line.split("listening on ", 1)[1].strip()
    stop(proc)
    raise StepFailed("the mock gateway did not start:\n" + "".join(lines))


def stop(proc: subprocess.Popen[str] | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


# --- the webhook receiver ----------------------------------------------------


class Receiver(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.secret = ""
        self.events: queue.Queue[Any] = queue.Queue()
        self.rejected: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/webhooks/paycrypt"

    def wait_for(self, event_type: str, object_id: str | None = None) -> Any:
        deadline = time.monotonic() + WAIT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StepFailed(
                    f"no verified {event_type} webhook within {WAIT:.0f}s"
                    + (f" (rejected: {self.rejected})" if self.rejected else "")
                )
            try:
                event = self.events.get(timeout=remaining)
            except queue.Empty:
                continue
            if event.type == event_type and (
                object_id is None or getattr(event.data.object, "id", None) == object_id
            ):
                return event


class ReceiverHandler(http.server.BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:  # noqa: N802
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))  # the raw bytes
        try:
            event = webhooks.verify(
                raw, self.headers.get("PayCrypt-Webhook-Signature"), self.server.secret
            )
        except Exception as exc:  # a WebhookVerificationError: refuse it
            self.server.rejected.append(str(exc))
            self.send_response(400)
            self.end_headers()
            return
        self.server.events.put(event)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"received":true}')

    def log_message(self, format: str, *args: Any) -> None:
        pass


# --- the transcript ----------------------------------------------------------


class Transcript:
    def __init__(self) -> None:
        self.n = 0
        self.current = ""

    def step(self, title: str) -> None:
        self.n += 1
        self.current = f"{self.n}. {title}"
        print(f"\n{self.n}. {title}", flush=True)

    def say(self, text: str) -> None:
        print(f"   {text}", flush=True)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def run(out: Transcript, tmp: Path, procs: list[subprocess.Popen[str]]) -> None:
    started = time.monotonic()
    out.step("Start the local sandbox")
    db = tmp / "paycrypt-demo.sqlite3"
    proc, base_url = start_mock(db)
    procs.append(proc)
    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    out.say(f"mock gateway {base_url} (SQLite {db}); webhook receiver {receiver.url}")

    try:
        with PayCrypt(API_KEY, API_SECRET, base_url=base_url) as client:
            out.step("Register a webhook endpoint")
            endpoint = client.webhook_endpoints.create(
                url=receiver.url, events=["*"], description="make demo"
            )
            check(bool(endpoint.secret), "the new endpoint has no signing secret")
            receiver.secret = endpoint.secret or ""
            out.say(
                f"{endpoint.id} → {endpoint.url} (all events; secret whsec_…{receiver.secret[-4:]})"
            )

            out.step("Create a payment")
            payment = client.payments.create(
                amount="49.99", currency="USD", pay_currency="BTC", order_id="demo-order-1"
            )
            check(payment.status == "pending", f"expected pending, got {payment.status}")
            out.say(
                f"{payment.id}: {payment.amount} {payment.currency} → pay "
                f"{payment.pay_amount} {payment.pay_currency} to {payment.pay_address}"
            )

            out.step("The customer pays (sandbox test helper)")
            paid = client.test_helpers.payments.pay(payment.id)
            out.say(f"received {paid.amount_received} {paid.pay_currency}; status {paid.status}")

            out.step("The signed webhook arrives and is verified")
            event = receiver.wait_for("payment.confirmed", payment.id)
            out.say(f"{event.id} {event.type} — signature verified over the raw body")

            out.step("The payment is confirmed")
            payment = client.payments.retrieve(payment.id)
            check(payment.status == "confirmed", f"expected confirmed, got {payment.status}")
            out.say(f"{payment.id} {payment.status} at {payment.confirmed_at:%Y-%m-%d %H:%M:%S}Z")

            out.step("Usage rises past 80 % and the alert fires")
            big = client.payments.create(
                amount="8100.00", currency="USD", pay_currency="USDT", order_id="demo-order-2"
            )
            client.test_helpers.payments.pay(big.id)
            usage = client.usage.retrieve()
            out.say(
                f"usage {usage.current_volume} / {usage.max_volume} {usage.currency} "
                f"= {usage.usage_percentage} % of package {usage.package.id}"
            )
            alerts = list(client.usage.list_alerts())
            alert = next((a for a in alerts if a.threshold == 80), None)
            check(alert is not None, f"no 80 % alert in usage.list_alerts() ({len(alerts)} alerts)")
            assert alert is not None
            recommended = getattr(alert.recommended_package, "root", alert.recommended_package)
            out.say(
                f"alert {alert.id}: {alert.threshold} % {alert.alert_type}, projected "
                f"{alert.projected_volume} USD this month, recommends {recommended or 'no change'}; "
                f"email_sent={str(alert.email_sent).lower()}"
            )
            check(alert.email_sent, "the 80 % alert says email_sent=false")
            emails = client.test_helpers.emails.list(alert_id=alert.id).data
            check(
                len(emails) == 1,
                f"expected one e-mail for {alert.id} in the sandbox outbox, got {len(emails)}",
            )
            email = emails[0]
            first_line = email.text.splitlines()[0] if email.text else ""
            out.say(f"email {email.id} to {email.to}: “{email.subject}”")
            out.say(f"   {first_line}")
            out.say(
                f"   (HTML part: {len(email.html)} characters; the sandbox keeps it in its outbox, "
                "client.test_helpers.emails)"
            )
            usage_event = receiver.wait_for("usage.threshold_reached")
            out.say(
                f"webhook {usage_event.id} {usage_event.type} (threshold "
                f"{usage_event.data.object.threshold}) verified"
            )

            out.step("The same with the Node SDK")
            run_node(out, base_url)

            out.step("Done")
            out.say(f"the whole flow took {time.monotonic() - started:.1f}s; stopping the sandbox")
    finally:
        receiver.shutdown()
        receiver.server_close()


def run_node(out: Transcript, base_url: str) -> None:
    if not JS_DIST.exists():
        raise StepFailed(
            f"{JS_DIST.relative_to(ROOT)} is missing: build it with `cd js-sdk && npm run build`"
        )
    env = dict(
        os.environ,
        PAYCRYPT_BASE_URL=base_url,
        PAYCRYPT_API_KEY=API_KEY,
        PAYCRYPT_API_SECRET=API_SECRET,
    )
    try:
        result = subprocess.run(
            ["node", str(NODE_FLOW)], env=env, capture_output=True, text=True, timeout=30
        )
    except FileNotFoundError:
        raise StepFailed("`node` is not on PATH") from None
    for line in result.stdout.splitlines():
        out.say(line)
    if result.returncode != 0:
        raise StepFailed(f"node-flow.mjs exited {result.returncode}: {result.stderr.strip()}")


def main() -> int:
    out = Transcript()
    procs: list[subprocess.Popen[str]] = []
    print("PayCrypt demo — a merchant's whole flow against the local sandbox", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="paycrypt-demo-") as tmp:
            try:
                run(out, Path(tmp), procs)
            finally:
                for proc in procs:
                    stop(proc)
    except KeyboardInterrupt:
        print(f"\ninterrupted during step {out.current}; the sandbox is stopped", file=sys.stderr)
        return 130
    except Exception as exc:  # any failure: say which step
        print(f"\nFAILED at step {out.current}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("\nOK — the demo passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
