"""Disabling or deleting an endpoint stops the retries already queued for it; its last attempt
ends ``failed`` and says why."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from test_mock_webhooks import Receiver, _attempts, _endpoint

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

RETRY_AFTER = 2.0


class HeldReceiver:
    """Answers 500, but only once ``release`` is set: the attempt is in flight until then."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.count = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.count += 1
                receiver.arrived.set()
                receiver.release.wait(10)
                self.send_response(500)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


def _test_event(api: SignedClient, endpoint: dict[str, Any]) -> str:
    return str(api.post(f"/v1/webhook_endpoints/{endpoint['id']}/test").json()["id"])


def test_disabling_or_deleting_an_endpoint_stops_its_queued_retries() -> None:
    to_disable, to_delete, held = Receiver(fail=99), Receiver(fail=99), HeldReceiver()
    try:
        with (
            running_mock(webhook_retry_delays=f"{RETRY_AFTER},{RETRY_AFTER}") as mock,
            SignedClient(mock.base_url) as api,
        ):
            disabled = _endpoint(api, to_disable.url, events=["webhook_endpoint.test"])
            deleted = _endpoint(api, to_delete.url, events=["webhook_endpoint.test"])
            in_flight = _endpoint(api, held.url, events=["webhook_endpoint.test"])
            events = {
                name: _test_event(api, e)
                for name, e in (("disabled", disabled), ("deleted", deleted))
            }
            for event_id in events.values():  # each has failed once and waits for its retry
                assert [a["outcome"] for a in _attempts(api, event_id, 1)] == ["retrying"]
            events["in flight"] = _test_event(api, in_flight)
            assert held.arrived.wait(10)  # ...and this one's first attempt is still on the wire
            assert (
                api.patch(
                    f"/v1/webhook_endpoints/{disabled['id']}", json={"enabled": False}
                ).json()["enabled"]
                is False
            )
            assert api.delete(f"/v1/webhook_endpoints/{deleted['id']}").json()["deleted"] is True
            assert (
                api.patch(
                    f"/v1/webhook_endpoints/{in_flight['id']}", json={"enabled": False}
                ).status_code
                == 200
            )
            held.release.set()
            time.sleep(RETRY_AFTER + 1.0)  # past the moment every retry was due
            shown = {
                name: api.get(f"/v1/events/{event_id}").json()["delivery_attempts"]
                for name, event_id in events.items()
            }
        assert (len(to_disable.deliveries), len(to_delete.deliveries), held.count) == (1, 1, 1)
        for name, attempts in shown.items():
            assert [(a["outcome"], a["next_retry_at"]) for a in attempts] == [("failed", None)], (
                name,
                attempts,
            )
            reason = "deleted" if name == "deleted" else "disabled"
            assert attempts[0]["error"].startswith("endpoint answered HTTP 500")
            assert f"no further attempts: the endpoint was {reason}" in attempts[0]["error"]
    finally:
        to_disable.close()
        to_delete.close()
        held.close()


def test_a_resend_after_re_enabling_is_delivered() -> None:
    receiver = Receiver(fail=1)
    try:
        with (
            running_mock(webhook_retry_delays="30") as mock,
            SignedClient(mock.base_url) as api,
        ):
            endpoint = _endpoint(api, receiver.url, events=["webhook_endpoint.test"])
            event_id = _test_event(api, endpoint)
            _attempts(api, event_id, 1)
            path = f"/v1/webhook_endpoints/{endpoint['id']}"
            api.patch(path, json={"enabled": False})
            api.patch(path, json={"enabled": True})  # the stopped delivery stays stopped...
            api.post(f"/v1/events/{event_id}/resend", json={"webhook_endpoint_id": endpoint["id"]})
            attempts = _attempts(api, event_id, 2)  # ...a resend starts a fresh one
        assert [a["outcome"] for a in attempts] == ["failed", "delivered"]
        assert len(receiver.deliveries) == 2
    finally:
        receiver.close()
