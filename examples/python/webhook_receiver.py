"""A framework-free webhook receiver: verify the signature over the RAW body, then handle the event.

export PAYCRYPT_WEBHOOK_SECRET=whsec_...     # from webhook_endpoints.create (or `paycrypt webhooks listen`)
python examples/python/webhook_receiver.py [PORT]      # POST http://127.0.0.1:PORT/webhooks/paycrypt
"""

import contextlib
import http.server
import os
import sys

from paycrypt import WebhookVerificationError, webhooks
from paycrypt.types import PaymentWebhookEvent

# Delivery is at-least-once: dedupe on event.id (use your database in production).
SEEN: set[str] = set()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        if self.path != "/webhooks/paycrypt":
            self.send_error(404)
            return
        raw = self.rfile.read(
            int(self.headers.get("Content-Length") or 0)
        )  # bytes, exactly as sent
        try:
            event = webhooks.verify(
                raw,
                self.headers.get("PayCrypt-Webhook-Signature"),
                os.environ["PAYCRYPT_WEBHOOK_SECRET"],
            )
        except WebhookVerificationError as exc:
            print(f"rejected: {exc.reason}", flush=True)
            self.send_response(400)
            self.end_headers()
            return
        if event.id not in SEEN:
            SEEN.add(event.id)
            if isinstance(event, PaymentWebhookEvent):  # narrow by class: data.object is a Payment
                payment = event.data.object
                print(f"verified {event.id} {event.type} {payment.id} {payment.status}", flush=True)
            else:
                print(f"verified {event.id} {event.type}", flush=True)
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 4242
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}/webhooks/paycrypt", flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C stops it quietly
        server.serve_forever()


if __name__ == "__main__":
    main()
