"""``--smtp-url``: alert e-mails delivered to a real SMTP server on loopback (aiosmtpd), in the background,
with retries, STARTTLS and AUTH; the outcome recorded on the e-mail and the alert; no secret leaks."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import ipaddress
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from paycrypt_mock.smtp_delivery import SmtpConfig
from paycrypt_mock.testing import free_port, running_mock

from signed_client import SignedClient

SHOP = {
    "name": "Mail Shop",
    "email": "owner@mail.example",
    "package": "starter",
    "api_key": "pk_test_mailshop",
    "api_secret": "sk_test_mailshop",
}
SMTP_USER, SMTP_PASSWORD = "paycrypt", "s3cret-p@ss/word"


class Inbox:
    """An aiosmtpd handler: answers each DATA with the next scripted reply (default 250), keeps what it
    accepted; ``gate`` (if set) holds a DATA until the test releases it."""

    def __init__(self, replies: list[str] | None = None) -> None:
        self.replies = list(replies or [])
        self.accepted: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.attempts = 0
        self.gate: threading.Event | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        import asyncio

        self.attempts += 1
        if self.gate is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.gate.wait, 20)
        reply = self.replies.pop(0) if self.replies else "250 Message accepted for delivery"
        if reply.startswith("250"):
            self.accepted.append(
                email.message_from_bytes(envelope.content, policy=email.policy.default)
            )
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return reply


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., tuple[Inbox, int]]]:
    controllers: list[Controller] = []

    def start(inbox: Inbox, **kwargs: Any) -> tuple[Inbox, int]:
        port = free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return inbox, port

    yield start
    for controller in controllers:
        controller.stop()


def wait_for(
    check: Callable[[], Any], timeout: float = 15.0, show: Callable[[], Any] | None = None
) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting; last state: {show() if show else None}")


def cross_80_percent(base_url: str) -> tuple[SignedClient, dict[str, Any]]:
    shop = SignedClient(base_url, SHOP["api_key"], SHOP["api_secret"])
    payment = shop.post(
        "/v1/payments", json={"amount": "8200.00", "currency": "USD", "pay_currency": "USDT"}
    ).json()
    assert (
        shop.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={}).json()["status"]
        == "confirmed"
    )
    (alert,) = shop.get("/v1/usage/alerts").json()["data"]
    return shop, alert


def the_email(shop: SignedClient) -> dict[str, Any]:
    (message,) = shop.get("/v1/test_helpers/emails").json()["data"]
    return message


def test_alert_email_arrives_as_text_and_html_without_blocking_the_api(smtp_server: Any) -> None:
    inbox, port = smtp_server(Inbox())
    inbox.gate = threading.Event()  # the server holds the message until we have looked
    with running_mock(
        seed=[SHOP],
        extra_args=[
            "--smtp-url",
            f"smtp://127.0.0.1:{port}?from=alerts@paycrypt.test",
            "--log-level",
            "info",
        ],
    ) as mock:
        shop, alert = cross_80_percent(
            mock.base_url
        )  # returned while the SMTP server is still holding
        with contextlib.closing(shop):
            assert alert["email_sent"] is False
            stored = the_email(shop)
            assert stored["delivery_status"] == "queued" and inbox.accepted == []
            inbox.gate.set()
            wait_for(lambda: the_email(shop)["delivery_status"] == "sent")
            stored = the_email(shop)
            (alert,) = shop.get("/v1/usage/alerts").json()["data"]
    assert alert["email_sent"] is True
    assert stored["delivery_attempts"] == 1 and stored["delivery_error"] is None
    dt.datetime.fromisoformat(stored["delivered_at"].replace("Z", "+00:00"))
    (message,) = inbox.accepted
    assert inbox.envelopes == [("alerts@paycrypt.test", ["owner@mail.example"])]
    assert message["To"] == "owner@mail.example" and message["Subject"] == stored["subject"]
    assert message["X-PayCrypt-Email-Id"] == stored["id"]
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None

    def lf(part: Any) -> str:  # SMTP carries CRLF line ends
        return str(part.get_content()).replace("\r\n", "\n").strip()

    assert lf(text) == stored["text"].strip() and lf(html) == stored["html"].strip()
    assert "82.00 %" in text.get_content() and "<!DOCTYPE html>" in html.get_content()


def test_a_refused_first_attempt_is_retried(smtp_server: Any) -> None:
    inbox, port = smtp_server(Inbox(["451 4.3.0 Mailbox busy, try again later"]))
    with running_mock(
        seed=[SHOP],
        extra_args=["--smtp-url", f"smtp://127.0.0.1:{port}", "--smtp-retry-delays", "1.5,2"],
    ) as mock:
        shop, _ = cross_80_percent(mock.base_url)
        with contextlib.closing(shop):
            first = wait_for(lambda: (e := the_email(shop))["delivery_attempts"] == 1 and e)
            assert first["delivery_status"] == "queued"
            assert first["delivery_error"] == "451 4.3.0 Mailbox busy, try again later"
            wait_for(lambda: the_email(shop)["delivery_status"] == "sent")
            stored = the_email(shop)
            (alert,) = shop.get("/v1/usage/alerts").json()["data"]
    assert (
        stored["delivery_attempts"] == 2
        and stored["delivery_error"] is None
        and alert["email_sent"] is True
    )
    assert inbox.attempts == 2 and len(inbox.accepted) == 1
    assert "retrying" in mock.log


def test_a_permanent_refusal_fails_at_once(smtp_server: Any) -> None:
    inbox, port = smtp_server(Inbox(["550 5.1.1 No such mailbox"]))
    with running_mock(
        seed=[SHOP],
        extra_args=["--smtp-url", f"smtp://127.0.0.1:{port}", "--smtp-retry-delays", "0.1,0.1"],
    ) as mock:
        shop, _ = cross_80_percent(mock.base_url)
        with contextlib.closing(shop):
            stored = wait_for(lambda: (e := the_email(shop))["delivery_status"] == "failed" and e)
            time.sleep(0.5)  # no retry happens after a 5xx
            assert the_email(shop)["delivery_attempts"] == 1
            (alert,) = shop.get("/v1/usage/alerts").json()["data"]
    assert stored["delivery_error"] == "550 5.1.1 No such mailbox" and alert["email_sent"] is False
    assert inbox.attempts == 1 and inbox.accepted == []


def test_an_unreachable_server_is_retried_then_given_up() -> None:
    port = free_port()
    with running_mock(
        seed=[SHOP],
        extra_args=["--smtp-url", f"smtp://127.0.0.1:{port}", "--smtp-retry-delays", "0.1,0.1"],
    ) as mock:
        shop, _ = cross_80_percent(mock.base_url)
        with contextlib.closing(shop):
            stored = wait_for(lambda: (e := the_email(shop))["delivery_status"] == "failed" and e)
    assert stored["delivery_attempts"] == 3 and "refused" in stored["delivery_error"].lower()


def test_an_unexpected_error_while_sending_is_retried_then_failed_without_the_password(
    smtp_server: Any,
) -> None:
    # smtplib encodes AUTH credentials as ASCII: a non-ASCII password raises UnicodeEncodeError,
    # neither an OSError nor an SMTPException. Before, that escaped the sender and the e-mail
    # stayed `queued` forever (with the offending character of the password in the log).
    password = "pässwörd-Zq8"
    quoted = "p%C3%A4ssw%C3%B6rd-Zq8"

    def authenticator(*args: Any) -> AuthResult:
        return AuthResult(success=True)

    inbox, port = smtp_server(Inbox(), authenticator=authenticator, auth_require_tls=False)
    url = f"smtp://{SMTP_USER}:{quoted}@127.0.0.1:{port}"
    with running_mock(
        seed=[SHOP], extra_args=["--smtp-url", url, "--smtp-retry-delays", "0.1"]
    ) as mock:
        shop, _ = cross_80_percent(mock.base_url)
        with contextlib.closing(shop):
            stored = wait_for(
                lambda: (e := the_email(shop))["delivery_status"] == "failed" and e,
                show=lambda: (the_email(shop), mock.log[-2000:]),
            )
    assert stored["delivery_attempts"] == 2, stored
    assert "UnicodeEncodeError" in stored["delivery_error"]
    for secret in (password, quoted, "ä", "\\xe4", "ö", "Zq8"):
        assert secret not in stored["delivery_error"] and secret not in mock.log, secret
    assert inbox.accepted == []


def throwaway_cert(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_starttls_and_login_and_no_password_anywhere(smtp_server: Any, tmp_path: Path) -> None:
    cert, key = throwaway_cert(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    logins: list[tuple[str, str, bool]] = []

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        assert isinstance(auth_data, LoginPassword)
        user, password = (
            v.decode() if isinstance(v, bytes) else v for v in (auth_data.login, auth_data.password)
        )
        logins.append((user, password, session.ssl is not None))
        ok = (user, password) == (SMTP_USER, SMTP_PASSWORD)
        return AuthResult(
            success=ok, handled=False
        )  # handled=False: the server answers 235 or 535 itself

    inbox, port = smtp_server(
        Inbox(),
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    quoted = SMTP_PASSWORD.replace("@", "%40").replace("/", "%2F")
    for password, outcome in ((quoted, "sent"), ("wrong-" + quoted, "failed")):
        url = f"smtp+starttls://{SMTP_USER}:{password}@127.0.0.1:{port}?cafile={cert}"
        with running_mock(
            seed=[SHOP],
            extra_args=["--smtp-url", url, "--smtp-retry-delays", "0.1", "--log-level", "debug"],
        ) as mock:
            shop, alert = cross_80_percent(mock.base_url)
            with contextlib.closing(shop):
                stored = wait_for(
                    lambda: (e := the_email(shop))["delivery_status"] in ("sent", "failed") and e,  # noqa: B023
                    show=lambda: (the_email(shop), mock.log[-3000:]),  # noqa: B023
                )
                everything = (
                    shop.get("/v1/test_helpers/emails").text + shop.get("/v1/usage/alerts").text
                )
        assert stored["delivery_status"] == outcome, stored
        for secret in (SMTP_PASSWORD, quoted, "wrong-"):
            assert secret not in mock.log and secret not in everything
        if outcome == "failed":
            assert stored["delivery_error"].startswith("535") and stored["delivery_attempts"] == 1
    assert logins[0] == (SMTP_USER, SMTP_PASSWORD, True)  # AUTH happened over TLS
    assert len(inbox.accepted) == 1
    assert inbox.accepted[0].get_body(preferencelist=("html",)) is not None


def test_smtp_url_forms_and_repr_hide_the_password() -> None:
    config = SmtpConfig.parse("smtp://u:p%40ss@mail.example:2525?starttls=1&from=ops@x.example")
    assert (
        config.host,
        config.port,
        config.security,
        config.username,
        config.password,
        config.sender,
    ) == ("mail.example", 2525, "starttls", "u", "p@ss", "ops@x.example")
    assert "p@ss" not in repr(config) and "p@ss" not in str(config)
    assert SmtpConfig.parse("smtps://mail.example").port == 465
    assert SmtpConfig.parse("smtp+starttls://mail.example").port == 587
    with pytest.raises(ValueError):
        SmtpConfig.parse("http://mail.example")
    import subprocess
    import sys

    bad = subprocess.run(
        [sys.executable, "-m", "paycrypt_mock", "--smtp-url", "imap://u:hunter2@x"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert bad.returncode == 2 and "smtp://HOST:PORT" in bad.stderr and "hunter2" not in bad.stderr


def test_an_error_echoing_the_credentials_in_any_encoding_is_redacted() -> None:
    import base64
    from urllib.parse import quote

    from paycrypt_mock.smtp_delivery import Mailer
    from paycrypt_mock.store import Store

    store = Store(":memory:")
    config = SmtpConfig.parse(f"smtp://{SMTP_USER}:{quote(SMTP_PASSWORD, safe='')}@127.0.0.1:25")
    plain = base64.b64encode(f"\0{SMTP_USER}\0{SMTP_PASSWORD}".encode()).decode()
    login = base64.b64encode(SMTP_PASSWORD.encode()).decode()
    echoed = f"535 bad {SMTP_PASSWORD} {quote(SMTP_PASSWORD, safe='')} {plain} {login}"
    shown = Mailer(store, config)._redact(echoed)
    store.close()
    assert shown == "535 bad *** *** *** ***"


def test_a_password_shown_escaped_in_a_bytes_repr_is_redacted() -> None:
    # str(SMTPAuthenticationError) shows the server's reply as bytes: a \ or ' in the password
    # comes out escaped there.
    import smtplib
    from urllib.parse import quote

    from paycrypt_mock.smtp_delivery import Mailer
    from paycrypt_mock.store import Store

    password = "ab\\cd'ef"
    store = Store(":memory:")
    config = SmtpConfig.parse(f"smtp://{SMTP_USER}:{quote(password, safe='')}@127.0.0.1:25")
    error = smtplib.SMTPAuthenticationError(535, f"bad credentials for {password}".encode())
    shown = Mailer(store, config)._redact(str(error))
    store.close()
    assert "ab\\\\cd" not in shown and "***" in shown, shown
