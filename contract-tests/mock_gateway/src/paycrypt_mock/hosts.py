"""Which ``Host`` values the mock answers, and whether it is bound to loopback only.

DNS rebinding: a page on ``attacker.example`` re-points its name at
127.0.0.1 and then reads the sandbox (its dashboard, its audit log) with the
victim's browser, same-origin. Its requests still say ``Host:
attacker.example``, so answering only the names of this server stops it.
The port is not compared (a forwarded port, ``docker -p 9000:8787``, changes
it, and a rebinding attacker cannot change the name anyway).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

__all__ = ["HostPolicy", "is_loopback", "normalise"]

_ALWAYS = ("127.0.0.1", "localhost", "[::1]")


def normalise(name: str) -> str:
    """Lower-case, port removed, IPv6 literals in brackets: ``[::1]:8787`` -> ``[::1]``."""
    name = name.strip().lower()
    if name.startswith("["):
        return name.split("]", 1)[0] + "]"
    if name.count(":") > 1:  # a bare IPv6 literal, as given to --host
        return f"[{name}]"
    host, sep, port = name.rpartition(":")
    return host if sep and port.isdigit() else name


def is_loopback(host: str) -> bool:
    """``--host`` names only this machine: localhost, 127.0.0.0/8 or ::1."""
    name = normalise(host).strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class HostPolicy:
    def __init__(self, bound_host: str, extra: Iterable[str] = ()) -> None:
        self.names = frozenset(normalise(n) for n in (*_ALWAYS, bound_host, *extra) if n.strip())

    def allows(self, host_header: bytes | None) -> bool:
        if not host_header:
            return False  # HTTP/1.1 requires Host; a request without one names nobody
        try:
            text = host_header.decode("ascii")
        except UnicodeDecodeError:
            return False
        return normalise(text) in self.names
