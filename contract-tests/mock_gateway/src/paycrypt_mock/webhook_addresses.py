"""Which addresses a webhook may be POSTed to (a request-forgery guard).

The sandbox signs and POSTs events to URLs its users register, so without a rule it is a
relay into whatever its host can reach. Refused: unspecified (0.0.0.0, ::), link-local
(169.254.0.0/16 with the cloud metadata service, fe80::/10), multicast and broadcast, and
the few cloud metadata addresses outside those ranges — including IPv4 written inside IPv6
(mapped ``::ffff:a.b.c.d``, compatible ``::a.b.c.d``, NAT64, 6to4) and the odd IPv4
spellings ``inet_aton`` accepts (``0xa9.0xfe.0xa9.0xfe``, ``2852039166``, ``169.254.43518``).
Loopback and private ranges stay allowed: sandbox receivers live there.

:func:`literal_refusal` checks a URL's host when an endpoint is created or updated;
:func:`address_refusal` checks every address its name resolves to, at every delivery.
"""

from __future__ import annotations

import ipaddress
import socket

__all__ = ["address_refusal", "literal_refusal", "host_literal"]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Metadata services that are not link-local (169.254.169.254 already is).
_METADATA = {
    ipaddress.ip_address("fd00:ec2::254"): "the AWS IPv6 instance metadata service",
    ipaddress.ip_address("100.100.100.200"): "the Alibaba Cloud metadata service",
    ipaddress.ip_address("168.63.129.16"): "the Azure host (WireServer) address",
    ipaddress.ip_address("192.0.0.192"): "the Oracle Cloud metadata service",
}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):  # not :: or ::1
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def address_refusal(ip: IPAddress) -> str | None:
    """Why a webhook may not be sent to ``ip`` (``"link-local"``…), or None when it may."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.scope_id:
            ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
        inner = _embedded_ipv4(ip)
        if inner is not None:
            reason = address_refusal(inner)
            return f"{reason} (IPv4 {inner} inside IPv6)" if reason else None
    if ip in _METADATA:
        return _METADATA[ip]
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return (
            "link-local (cloud metadata lives at 169.254.169.254)"
            if ip.version == 4
            else "link-local"
        )
    if ip.is_multicast:
        return "multicast"
    if ip == ipaddress.IPv4Address("255.255.255.255"):
        return "broadcast"
    return None


def host_literal(host: str) -> IPAddress | None:
    """The address a URL host denotes by itself, without DNS (None for a name).

    Accepts what the resolver would treat as an address too: a trailing dot, an IPv6 zone
    (``fe80::1%eth0``, ``%25`` in a URL) and the shorthand/hex/octal IPv4 forms.
    """
    text = host.strip("[]").rstrip(".")
    text = text.split("%", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        pass
    if (
        text
        and all(c in "0123456789abcdefxABCDEFX." for c in text)
        and any(c.isdigit() for c in text)
    ):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


def literal_refusal(host: str) -> str | None:
    """Why a URL whose host is ``host`` is refused at creation, or None."""
    ip = host_literal(host)
    return None if ip is None else address_refusal(ip)
