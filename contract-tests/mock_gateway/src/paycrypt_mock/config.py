"""The mock's settings (:class:`Config`, filled from the command line by ``__main__``)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .smtp_delivery import DEFAULT_SMTP_RETRY_DELAYS
from .webhooks import DEFAULT_DEADLINE, DEFAULT_RETRY_DELAYS

__all__ = ["Config", "default_spec_path"]


def default_spec_path() -> Path:
    """``openapi.yaml`` at the repository root (``contract-tests/mock_gateway/src/paycrypt_mock/..``)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "openapi.yaml"
        if candidate.is_file():
            return candidate
    return Path.cwd() / "openapi.yaml"


def _masked_url(url: str) -> str:
    """``scheme://user:***@host…``: the URL without its password."""
    parts = urlsplit(url)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return parts._replace(netloc=f"{userinfo.split(':', 1)[0]}:***@{host}").geturl()


@dataclass(repr=False)
class Config:
    db: str = "paycrypt-mock.sqlite3"
    spec: str | None = None
    fault_rate: float = 0.0
    fault_seed: int | None = None
    webhook_retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS
    webhook_deadline: float = DEFAULT_DEADLINE
    webhook_resolve: dict[str, str] = field(default_factory=dict)  # name -> address, before DNS
    sweep_interval: float = 1.0
    seed_clients: list[dict[str, Any]] = field(default_factory=list)
    payment_ttl: int = 15 * 60
    host: str = "127.0.0.1"  # the bound address: a name the mock answers to
    allowed_hosts: list[str] = field(
        default_factory=list
    )  # more Host names to answer (--allowed-host)
    dashboard_token: str | None = None  # when set, the dashboard needs it (--dashboard-token)
    access_log: str | None = None  # a JSON-lines file (access_log.py)
    smtp_url: str | None = None  # deliver alert e-mails over SMTP (smtp_delivery.py)
    smtp_retry_delays: tuple[float, ...] = DEFAULT_SMTP_RETRY_DELAYS

    def __repr__(self) -> str:
        """Every setting, the secrets masked: the SMTP password, the dashboard token, and the
        seeded clients' API secrets (a repr ends up in logs and tracebacks)."""
        shown: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.dashboard_token is not None:
            shown["dashboard_token"] = "***"
        if self.smtp_url is not None:
            shown["smtp_url"] = _masked_url(self.smtp_url)
        shown["seed_clients"] = [
            {k: "***" if "secret" in k else v for k, v in client.items()}
            for client in self.seed_clients
        ]
        return f"Config({', '.join(f'{name}={value!r}' for name, value in shown.items())})"
