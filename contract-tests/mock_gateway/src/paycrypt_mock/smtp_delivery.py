"""``--smtp-url``: deliver the outbox's alert e-mails to a real SMTP server, in the background.

Without ``--smtp-url`` e-mails stay in the sandbox outbox (``delivery_status: outbox``). With it, an
alert's e-mail is stored ``queued`` (and the alert ``email_sent: false``) inside the API call's
transaction; after the commit the :class:`Mailer` task sends it as ``multipart/alternative`` (text, then
HTML) and records the outcome on the e-mail (``delivery_status``, ``delivery_attempts``,
``delivery_error``, ``delivered_at``) and the alert (``email_sent: true`` once the server accepted it).

A transient failure (a 4xx reply, a refused or dropped connection, a timeout) is retried after each of
``retry_delays``; a permanent one (5xx) or the last retry ends ``failed``. Any other exception while
sending (smtplib refusing a non-ASCII password, a bug) is retried the same way; its ``delivery_error``
names only its type, since its message may quote what was being sent. The SMTP conversation runs in a
worker thread (``smtplib``), so an API call never waits for it; store updates run on the event loop.
Queued e-mails survive a restart. The password is never logged, stored or put in an error.

URL forms::

    smtp://HOST:PORT                      plain (port 25 by default)
    smtp+starttls://USER:PASS@HOST:587     STARTTLS, then AUTH (also: smtp://…?starttls=1)
    smtps://USER:PASS@HOST:465             TLS from the first byte
    …?from=alerts@example.com             the sender (default: PayCrypt <alerts@paycrypt.test>)
    …?cafile=/path/ca.pem                 trust this CA (a test server's throw-away certificate)
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import smtplib
import ssl
import time
import traceback
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from .store import Store

__all__ = ["SmtpConfig", "Mailer", "DEFAULT_SMTP_RETRY_DELAYS"]

log = logging.getLogger("paycrypt_mock.smtp")

DEFAULT_SMTP_RETRY_DELAYS: tuple[float, ...] = (5, 30, 120, 600)
_TIMEOUT = 10.0


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # "plain" | "starttls" | "tls"
    username: str | None
    password: str | None
    sender: str
    cafile: str | None

    @classmethod
    def parse(cls, url: str) -> SmtpConfig:
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        security = {"smtp": "plain", "smtp+starttls": "starttls", "smtps": "tls"}.get(parts.scheme)
        if security is None or not parts.hostname:
            raise ValueError("expected smtp://HOST:PORT, smtp+starttls://… or smtps://…")
        if security == "plain" and query.get("starttls", "").lower() in ("1", "true", "yes"):
            security = "starttls"
        port = parts.port or {"plain": 25, "starttls": 587, "tls": 465}[security]
        return cls(
            host=parts.hostname,
            port=port,
            security=security,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            sender=query.get("from", "PayCrypt <alerts@paycrypt.test>"),
            cafile=query.get("cafile"),
        )

    def __repr__(self) -> str:  # the password never reaches a log line
        user = f"{self.username}:***@" if self.username else ""
        return f"SmtpConfig({self.security} {user}{self.host}:{self.port})"

    __str__ = __repr__


class Permanent(Exception):
    """The server refused the message for good (5xx): do not retry."""


def build_message(email: dict[str, Any], sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = email["to"]
    message["Subject"] = email["subject"]
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(idstring=email["id"], domain="paycrypt.test")
    message["X-PayCrypt-Email-Id"] = email["id"]
    message.set_content(email["text"])
    message.add_alternative(email["html"], subtype="html")
    return message


def _reply(code: int, text: bytes | str) -> str:
    detail = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(detail.split())}"[:300]


def send_sync(config: SmtpConfig, message: EmailMessage) -> None:
    """One SMTP conversation (runs in a worker thread). Raises :class:`Permanent` on a 5xx refusal."""
    context = ssl.create_default_context(cafile=config.cafile)
    try:
        client: smtplib.SMTP
        if config.security == "tls":
            client = smtplib.SMTP_SSL(config.host, config.port, timeout=_TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(config.host, config.port, timeout=_TIMEOUT)
        with client:
            client.ehlo()
            if config.security == "starttls":
                client.starttls(context=context)
                client.ehlo()
            if config.username:
                client.login(config.username, config.password or "")
            client.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        text = "; ".join(_reply(code, reply) for code, reply in exc.recipients.values())
        if all(code >= 500 for code in codes):
            raise Permanent(f"recipient refused: {text}") from None
        raise ConnectionError(f"recipient deferred: {text}") from None
    except smtplib.SMTPResponseException as exc:
        text = _reply(exc.smtp_code, exc.smtp_error)
        if exc.smtp_code >= 500:
            raise Permanent(text) from None
        raise ConnectionError(text) from None


class Mailer:
    """The background sender: a queue of e-mail ids, one worker task."""

    def __init__(
        self,
        store: Store,
        config: SmtpConfig,
        retry_delays: tuple[float, ...] = DEFAULT_SMTP_RETRY_DELAYS,
    ) -> None:
        self.store = store
        self.config = config
        self.retry_delays = retry_delays
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._timers: set[asyncio.TimerHandle] = set()

    def enqueue(self, email_id: str, delay: float = 0.0) -> None:
        """Called on the event loop (inside a handler: the worker runs only after the commit)."""
        if delay <= 0:
            self._queue.put_nowait(email_id)
            return
        handle = asyncio.get_running_loop().call_later(delay, self._queue.put_nowait, email_id)
        self._timers.add(handle)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._work(), name="smtp-mailer")
        for row in self.store.db.execute(
            "SELECT id FROM emails WHERE status = 'queued' ORDER BY seq"
        ):
            self.enqueue(row[0])  # left from before a restart

    async def stop(self) -> None:
        for handle in self._timers:
            handle.cancel()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _work(self) -> None:
        while True:
            email_id = await self._queue.get()
            try:
                await self._deliver(email_id)
            except Exception:
                log.exception("e-mail %s: delivery bookkeeping failed", email_id)

    def _redact(self, text: str) -> str:
        """The password in any form a server's reply or an exception could echo."""
        password, user = self.config.password, self.config.username or ""
        if not password:
            return text
        for form in (
            password,
            quote(password, safe=""),
            repr(password.encode())[2:-1],  # as a bytes repr shows it (SMTPAuthenticationError)
            base64.b64encode(password.encode()).decode(),  # AUTH LOGIN
            base64.b64encode(f"\0{user}\0{password}".encode()).decode(),  # AUTH PLAIN
        ):
            text = text.replace(form, "***")
        return text

    async def _deliver(self, email_id: str) -> None:
        email = self.store.get("emails", email_id)
        if email is None or email.get("delivery_status") != "queued":
            return
        error: str | None = None
        permanent = False
        try:
            await asyncio.to_thread(
                send_sync, self.config, build_message(email, self.config.sender)
            )
        except Permanent as exc:
            error, permanent = str(exc), True
        except (OSError, smtplib.SMTPException) as exc:  # ConnectionError, timeouts, refused, TLS
            error = str(exc) or type(exc).__name__
        except Exception as exc:  # anything else is a failed attempt too, never `queued` for good
            where = traceback.extract_tb(exc.__traceback__)[-1]
            log.error(  # no message: UnicodeEncodeError's, for one, quotes the password's character
                "e-mail %s: unexpected %s at %s:%s while sending",
                email_id,
                type(exc).__name__,
                where.filename,
                where.lineno,
            )
            error = f"unexpected {type(exc).__name__} while sending (see the mock's log)"
        email = self.store.get("emails", email_id)  # re-read: the await let other work run
        if email is None:
            return
        attempts = int(email.get("delivery_attempts", 0)) + 1
        email["delivery_attempts"] = attempts
        if error is None:
            email.update(
                delivery_status="sent",
                delivery_error=None,
                delivered_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            )
        else:
            error = self._redact(error)[:300]
            retry = not permanent and attempts <= len(self.retry_delays)
            email.update(delivery_status="queued" if retry else "failed", delivery_error=error)
        with self.store.transaction():
            self.store.update("emails", email, status=email["delivery_status"])
            if error is None and email.get("alert_id"):
                alert = self.store.get("usage_alerts", email["alert_id"])
                if alert is not None:
                    alert["email_sent"] = True
                    self.store.update("usage_alerts", alert)
        if error is None:
            log.info("e-mail %s delivered to %s via %s", email_id, email["to"], self.config)
        elif email["delivery_status"] == "queued":
            log.warning(
                "e-mail %s attempt %d failed (%s); retrying in %s s",
                email_id,
                attempts,
                error,
                self.retry_delays[attempts - 1],
            )
            self.enqueue(email_id, self.retry_delays[attempts - 1])
        else:
            log.warning(
                "e-mail %s not delivered after %d attempt(s): %s", email_id, attempts, error
            )
