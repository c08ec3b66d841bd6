#!/usr/bin/env python3
"""Write request-signing.json and webhook-signing.json, the shared signing vectors.

    python contract-tests/vectors/generate.py            # rewrite the files beside this script
    python contract-tests/vectors/generate.py --out DIR  # write them into DIR instead
    python contract-tests/vectors/generate.py --check    # exit 1 if the committed files differ

Standard library only, and no SDK: every expected value (canonical_query,
string_to_sign, signature, each webhook header and result) comes from the
small reference below, written again from DESIGN.md's text with ``urllib.parse``
and ``hmac``. The vectors test the SDKs, the mock, the PHP plugin and the
Postman script; computing them with any of those would let a bug grade itself.
Wherever a human can write the answer down (canonical queries, webhook
results), the reference is also checked against the hand-written expectation
below, so a reference bug stops the generator instead of becoming a vector.
Output is deterministic (fixed key order, ``indent=2``, UTF-8, trailing
newline), so regenerating must reproduce the committed files byte for byte.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import hmac
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes, unquote_to_bytes

HERE = Path(__file__).resolve().parent

REQUEST_FILE = "request-signing.json"
WEBHOOK_FILE = "webhook-signing.json"

# --- the reference: DESIGN.md's rules, written out once more ----------------------

SCHEME = "PAYCRYPT-HMAC-SHA256"
WEBHOOK_SCHEME = "PAYCRYPT-WEBHOOK-HMAC-SHA256"


def ref_canonical_query(query: str) -> str:
    """``+`` is a space; ``unquote_to_bytes`` turns ``%XX`` (either case) into a byte and
    leaves a malformed ``%`` alone; ``quote_from_bytes(safe="")`` keeps exactly RFC 3986's
    unreserved characters and writes upper-case ``%XX`` for every other byte."""

    def canon(text: str) -> str:
        return quote_from_bytes(unquote_to_bytes(text.replace("+", " ")), safe="")

    pairs = sorted(
        (canon(name), canon(value))
        for name, _, value in (piece.partition("=") for piece in query.split("&") if piece)
    )
    return "&".join(f"{name}={value}" for name, value in pairs)


def ref_string_to_sign(
    *, method: str, path: str, query: str, timestamp: int, nonce: str, body: bytes
) -> str:
    return "\n".join(
        [
            SCHEME,
            str(timestamp),
            nonce,
            method.upper(),
            path,
            ref_canonical_query(query),
            hashlib.sha256(body).hexdigest(),
        ]
    )


def ref_hmac(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def ref_check_webhook(
    payload: bytes, header: str, secret: str, *, tolerance: int, now: int
) -> str | None:
    """The webhook checks in the notes' order; the first failure is the reason."""
    if not secret:
        return "empty_secret"
    items = [item.strip(" \t") for item in header.split(",")] if header.strip(" \t") else []
    if not items or any("=" not in item for item in items):
        return "malformed_header"
    pairs = [item.split("=", 1) for item in items]
    ts = [value for key, value in pairs if key == "t"]
    if len(ts) != 1 or not re.fullmatch(r"[0-9]+", ts[0]):
        return "malformed_header"
    v1 = [value for key, value in pairs if key == "v1"]
    if not v1:
        return "no_signature"
    expected = ref_hmac(secret, ts[0].encode("ascii") + b"." + payload)
    if not any(hmac.compare_digest(expected.encode(), value.encode()) for value in v1):
        return "signature_mismatch"
    if now - int(ts[0]) > tolerance:
        return "timestamp_too_old"
    if int(ts[0]) - now > tolerance:
        return "timestamp_in_future"
    return None


# --- shared fixtures -------------------------------------------------------------

SK_DEMO = "sk_test_demo"
SK_A = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SK_LIVE = "sk_live_Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5"
SK_ADMIN = "sk_test_admin"
SK_UNICODE = "sk_test_sécret-ключ"  # secrets are HMAC'd as their UTF-8 bytes

T0 = 1767225600  # 2026-01-01T00:00:00Z


def nonce(tc_id: int) -> str:
    """A fixed, distinct 32-hex-char nonce per case."""
    return hashlib.sha256(f"paycrypt-vector-nonce-{tc_id}".encode()).hexdigest()[:32]


def large_body() -> str:
    """A deterministic JSON body of at least 64 KiB (UTF-8 bytes), with some non-ASCII."""
    items: list[str] = []
    size = 0
    i = 0
    while size < 64 * 1024:
        item = (
            f'{{"sku":"SKU-{i:05d}","name":"Article {i} — café n°{i % 7}",'
            f'"quantity":{i % 5 + 1},"unit_price":"{(i * 37) % 1000}.{i % 100:02d}"}}'
        )
        items.append(item)
        size += len(item.encode("utf-8")) + 1
        i += 1
    return '{"order_id":"ord_large","currency":"EUR","items":[' + ",".join(items) + "]}"


PAYMENT_BODY = '{"amount":"49.99","currency":"USD","pay_currency":"BTC","order_id":"ord_1001"}'

# Each request case: inputs, plus "expect_canonical" written by hand from the
# rule text (None only where the query is empty).
REQUEST_CASES: list[dict[str, Any]] = [
    dict(
        comment="GET without query or body (empty body hashes the empty string)",
        secret=SK_DEMO,
        method="GET",
        path="/health/detailed",
        query="",
        body="",
        expect_canonical="",
    ),
    dict(
        comment="GET with unsorted query",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="status=pending&limit=10",
        body="",
        expect_canonical="limit=10&status=pending",
    ),
    dict(
        comment="POST with an ASCII JSON body",
        secret=SK_DEMO,
        method="POST",
        path="/v1/payments",
        query="",
        body=PAYMENT_BODY,
        expect_canonical="",
    ),
    dict(
        comment="POST with a non-ASCII JSON body (é as raw UTF-8)",
        secret=SK_A,
        method="POST",
        path="/v1/payments",
        query="",
        body='{"amount":"12.50","currency":"EUR","pay_currency":"ETH","description":"Café crème"}',
        expect_canonical="",
    ),
    dict(
        comment="POST with the same text but é escaped as \\u00e9: different bytes, different hash",
        secret=SK_A,
        method="POST",
        path="/v1/payments",
        query="",
        body='{"amount":"12.50","currency":"EUR","pay_currency":"ETH","description":"Caf\\u00e9 cr\\u00e8me"}',
        expect_canonical="",
    ),
    dict(
        comment="POST with a Chinese JSON body",
        secret=SK_A,
        method="POST",
        path="/v1/payments",
        query="",
        body='{"amount":"88.00","currency":"CNY","pay_currency":"USDT","description":"中文描述：测试订单"}',
        expect_canonical="",
    ),
    dict(
        comment="POST with emoji in the JSON body (4-byte UTF-8)",
        secret=SK_LIVE,
        method="POST",
        path="/v1/payments",
        query="",
        body='{"amount":"5.00","currency":"USD","pay_currency":"BTC","metadata":{"note":"🚀💸 to the moon"}}',
        expect_canonical="",
    ),
    dict(
        comment="POST with a pretty-printed body: whitespace and newlines are signed as sent",
        secret=SK_DEMO,
        method="POST",
        path="/v1/estimates",
        query="",
        body='{\n  "amount": "100.00",\n  "currency": "USD",\n  "pay_currency": "BTC"\n}\n',
        expect_canonical="",
    ),
    dict(
        comment="PATCH with a JSON body",
        secret=SK_DEMO,
        method="PATCH",
        path="/v1/webhook_endpoints/we_123",
        query="",
        body='{"events":["payment.confirmed","payment.expired"]}',
        expect_canonical="",
    ),
    dict(
        comment="DELETE without body",
        secret=SK_DEMO,
        method="DELETE",
        path="/v1/webhook_endpoints/we_123",
        query="",
        body="",
        expect_canonical="",
    ),
    dict(
        comment="lower-case method input is upper-cased",
        secret=SK_DEMO,
        method="get",
        path="/v1/payments",
        query="limit=3",
        body="",
        expect_canonical="limit=3",
    ),
    dict(
        comment="mixed-case method input with a body is upper-cased",
        secret=SK_ADMIN,
        method="Post",
        path="/v1/payments/pay_123/cancel",
        query="",
        body="{}",
        expect_canonical="",
    ),
    dict(
        comment="space written as + in a value decodes to a space and re-encodes as %20",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="description=hello+world",
        body="",
        expect_canonical="description=hello%20world",
    ),
    dict(
        comment="space written as %20 gives the same canonical query as +",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="description=hello%20world",
        body="",
        expect_canonical="description=hello%20world",
    ),
    dict(
        comment="literal plus sent as %2B stays %2B; a bare + in the same value is a space",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="q=a%2Bb+c",
        body="",
        expect_canonical="q=a%2Bb%20c",
    ),
    dict(
        comment="slash, colon, question mark and equals inside a value are encoded",
        secret=SK_A,
        method="GET",
        path="/v1/payments",
        query="redirect_url=https://shop.example/thanks?order=42&x=1",
        body="",
        expect_canonical="redirect_url=https%3A%2F%2Fshop.example%2Fthanks%3Forder%3D42&x=1",
    ),
    dict(
        comment="only the first = splits a piece; later = belong to the value",
        secret=SK_A,
        method="GET",
        path="/v1/events",
        query="filter=type=payment.confirmed&a==",
        body="",
        expect_canonical="a=%3D&filter=type%3Dpayment.confirmed",
    ),
    dict(
        comment="encoded & (%26) is data, not a separator",
        secret=SK_A,
        method="GET",
        path="/v1/payments",
        query="q=fish%26chips&a=1",
        body="",
        expect_canonical="a=1&q=fish%26chips",
    ),
    dict(
        comment="raw UTF-8 characters in the query are encoded from their UTF-8 bytes",
        secret=SK_UNICODE,
        method="GET",
        path="/v1/payments",
        query="name=café&city=東京",
        body="",
        expect_canonical="city=%E6%9D%B1%E4%BA%AC&name=caf%C3%A9",
    ),
    dict(
        comment="percent-encoded UTF-8 with lower-case hex decodes and re-encodes upper-case",
        secret=SK_UNICODE,
        method="GET",
        path="/v1/payments",
        query="name=caf%c3%a9&city=%E6%9D%B1%E4%BA%AC",
        body="",
        expect_canonical="city=%E6%9D%B1%E4%BA%AC&name=caf%C3%A9",
    ),
    dict(
        comment="emoji in a query value, raw",
        secret=SK_LIVE,
        method="GET",
        path="/v1/payments",
        query="note=🚀",
        body="",
        expect_canonical="note=%F0%9F%9A%80",
    ),
    dict(
        comment="empty values are kept as name=",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="status=&limit=5",
        body="",
        expect_canonical="limit=5&status=",
    ),
    dict(
        comment="a name without = gets an empty value",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="flag&a=1",
        body="",
        expect_canonical="a=1&flag=",
    ),
    dict(
        comment="repeated names are all kept, sorted by value (byte order: 1, 10, 2)",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="a=2&a=1&a=10",
        body="",
        expect_canonical="a=1&a=10&a=2",
    ),
    dict(
        comment="empty pieces (leading, doubled, trailing &) are skipped",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="&a=1&&b=2&",
        body="",
        expect_canonical="a=1&b=2",
    ),
    dict(
        comment="a query of only separators canonicalises to the empty string",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="&&",
        body="",
        expect_canonical="",
    ),
    dict(
        comment="an empty name is still a pair (=1) and sorts first",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="b=2&=1",
        body="",
        expect_canonical="=1&b=2",
    ),
    dict(
        comment="lower-case percent escapes are normalised to upper case (%2f -> %2F)",
        secret=SK_A,
        method="GET",
        path="/v1/events",
        query="path=%2fv1%2fpayments",
        body="",
        expect_canonical="path=%2Fv1%2Fpayments",
    ),
    dict(
        comment="already-encoded unreserved characters are decoded (%7E -> ~, %41 -> A, %2d -> -)",
        secret=SK_A,
        method="GET",
        path="/v1/events",
        query="user=%7Ealice&code=%41%42%2d%2E%5F%30",
        body="",
        expect_canonical="code=AB-._0&user=~alice",
    ),
    dict(
        comment="%25 stays %25 and is never decoded twice (%2525 -> %2525)",
        secret=SK_A,
        method="GET",
        path="/v1/events",
        query="pct=50%25&twice=%2525",
        body="",
        expect_canonical="pct=50%25&twice=%2525",
    ),
    dict(
        comment="malformed escapes (%zz, %4, trailing %) are literal % bytes, encoded as %25",
        secret=SK_ADMIN,
        method="GET",
        path="/v1/payments",
        query="q=100%&r=%zz&s=%4",
        body="",
        expect_canonical="q=100%25&r=%25zz&s=%254",
    ),
    dict(
        comment="sub-delims and other reserved characters are all encoded",
        secret=SK_ADMIN,
        method="GET",
        path="/v1/payments",
        query="x=!*'();:@$,[]",
        body="",
        expect_canonical="x=%21%2A%27%28%29%3B%3A%40%24%2C%5B%5D",
    ),
    dict(
        comment="names are sorted in byte order: - . 0 A B _ a b ~",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="b=1&B=2&a=3&A=4&_=5&~=6&0=7&-=8&.=9",
        body="",
        expect_canonical="-=8&.=9&0=7&A=4&B=2&_=5&a=3&b=1&~=6",
    ),
    dict(
        comment="sorting uses the encoded form: %2F (from /) sorts before - although / > - decoded",
        secret=SK_DEMO,
        method="GET",
        path="/v1/payments",
        query="a=-&a=/",
        body="",
        expect_canonical="a=%2F&a=-",
    ),
    dict(
        comment="encoded names sort too: %C3%A9 (é) before z; + and %5B in names",
        secret=SK_UNICODE,
        method="GET",
        path="/v1/payments",
        query="z=1&é=2&sort+by=created&page%5Bsize%5D=10",
        body="",
        expect_canonical="%C3%A9=2&page%5Bsize%5D=10&sort%20by=created&z=1",
    ),
    dict(
        comment="listing with every filter, unsorted, at another timestamp",
        secret=SK_LIVE,
        method="GET",
        path="/v1/payments",
        query="created_lt=1767225600&status=confirmed&limit=100&starting_after=pay_9zY&created_gte=1764547200",
        body="",
        timestamp=1700000000,
        expect_canonical="created_gte=1764547200&created_lt=1767225600&limit=100&starting_after=pay_9zY&status=confirmed",
    ),
    dict(
        comment="path with percent-encoded characters is signed exactly as sent (not normalised)",
        secret=SK_A,
        method="GET",
        path="/v1/payments/pay_%C3%A9t%C3%A9%20x/refunds",
        query="",
        body="",
        expect_canonical="",
    ),
    dict(
        comment="path with a lower-case escape is not normalised either",
        secret=SK_A,
        method="GET",
        path="/v1/events/evt%5f01",
        query="",
        body="",
        expect_canonical="",
    ),
    dict(
        comment="POST with both a query and a body",
        secret=SK_ADMIN,
        method="POST",
        path="/v1/admin/clients/cl_42/package",
        query="dry_run=true&reason=upgrade+requested",
        body='{"package":"business"}',
        expect_canonical="dry_run=true&reason=upgrade%20requested",
    ),
    dict(
        comment="timestamp beyond 2^31 (2038) is signed as its decimal digits",
        secret=SK_LIVE,
        method="GET",
        path="/v1/account",
        query="",
        body="",
        timestamp=2147483648,
        expect_canonical="",
    ),
    dict(
        comment="another timestamp and secret: the admin usage report",
        secret=SK_ADMIN,
        method="GET",
        path="/v1/admin/usage/report",
        query="month=2026-01",
        body="",
        timestamp=1735689599,
        expect_canonical="month=2026-01",
    ),
    dict(
        comment="large body (64 KiB of JSON, deterministic; see generate.py)",
        secret=SK_DEMO,
        method="POST",
        path="/v1/payments",
        query="",
        body=large_body(),
        timestamp=1767225601,
        expect_canonical="",
    ),
]


def build_request_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for tc_id, spec in enumerate(REQUEST_CASES, start=1):
        timestamp = spec.get("timestamp", T0 + tc_id)
        inputs = dict(
            method=spec["method"],
            path=spec["path"],
            query=spec["query"],
            timestamp=timestamp,
            nonce=nonce(tc_id),
            body=spec["body"].encode("utf-8"),
        )
        canonical = ref_canonical_query(spec["query"])
        if canonical != spec["expect_canonical"]:
            raise SystemExit(
                f"tcId {tc_id}: canonical_query gave {canonical!r}, "
                f"hand-written expectation is {spec['expect_canonical']!r}"
            )
        text = ref_string_to_sign(**inputs)
        signature = "v1=" + ref_hmac(spec["secret"], text.encode("utf-8"))
        cases.append(
            {
                "tcId": tc_id,
                "comment": spec["comment"],
                "secret": spec["secret"],
                "method": spec["method"],
                "path": spec["path"],
                "query": spec["query"],
                "timestamp": timestamp,
                "nonce": inputs["nonce"],
                "body": spec["body"],
                "canonical_query": canonical,
                "string_to_sign": text,
                "signature": signature,
            }
        )
    return cases


# --- webhooks ----------------------------------------------------------------------

WH = "whsec_test_MfKQ9r8GKYqrTwjUPD8ILPZIo2La"
WH_OLD = "whsec_test_old_3u8Xq1bL0pRzT5vY"
WH_OTHER = "whsec_test_someone_else_9Kd2"
NOW = T0 + 30

EVENT = (
    '{"id":"evt_1Qx7mK2","type":"payment.confirmed","created":1767225600,'
    '"data":{"object":{"id":"pay_7Hq2","status":"confirmed","amount":"49.99","currency":"USD",'
    '"pay_currency":"BTC","pay_amount":"0.00052000","order_id":"ord_1001"}}}'
)
EVENT_TAMPERED = EVENT.replace('"amount":"49.99"', '"amount":"4999"')
EVENT_PRETTY = json.dumps(json.loads(EVENT), indent=2)
EVENT_UNICODE = (
    '{"id":"evt_ü1","type":"payment.created","created":1767225600,'
    '"data":{"object":{"id":"pay_中文","description":"Café — 🚀","amount":"10.00","currency":"EUR"}}}'
)


def sig(secret: str, payload: str, t: int | str) -> str:
    """v1 hex over the timestamp text exactly as it will appear in the header."""
    return hmac.new(
        secret.encode(), f"{t}.".encode() + payload.encode(), hashlib.sha256
    ).hexdigest()


def hdr(secret: str | list[str], payload: str = EVENT, t: int = T0) -> str:
    """A ``PayCrypt-Webhook-Signature`` value: ``t=`` then one ``v1=`` per secret, in order."""
    secrets = [secret] if isinstance(secret, str) else secret
    return ",".join([f"t={t}"] + [f"v1={sig(each, payload, t)}" for each in secrets])


GOOD = hdr(WH)
GOOD_SIG = sig(WH, EVENT, T0)

# Each webhook case: (comment, secret, payload, header, now, tolerance, expected reason or None).
WEBHOOK_CASES: list[tuple[str, str, str, str, int, int, str | None]] = [
    ("valid, one signature", WH, EVENT, GOOD, NOW, 300, None),
    (
        "secret rotation: old secret's signature first, current second",
        WH,
        EVENT,
        hdr([WH_OLD, WH]),
        NOW,
        300,
        None,
    ),
    (
        "secret rotation: current secret's signature first, old second",
        WH,
        EVENT,
        hdr([WH, WH_OLD]),
        NOW,
        300,
        None,
    ),
    (
        "rotation finished: only the old secret's signature, verifier has the new one",
        WH,
        EVENT,
        hdr(WH_OLD),
        NOW,
        300,
        "signature_mismatch",
    ),
    ("signed with another secret", WH, EVENT, hdr(WH_OTHER), NOW, 300, "signature_mismatch"),
    (
        "tampered body (amount changed after signing)",
        WH,
        EVENT_TAMPERED,
        GOOD,
        NOW,
        300,
        "signature_mismatch",
    ),
    (
        "one byte added to the body (trailing newline)",
        WH,
        EVENT + "\n",
        GOOD,
        NOW,
        300,
        "signature_mismatch",
    ),
    (
        "re-serialised JSON (pretty-printed) instead of the raw body",
        WH,
        EVENT_PRETTY,
        GOOD,
        NOW,
        300,
        "signature_mismatch",
    ),
    (
        "t replaced by a newer value (replay with a fresh timestamp)",
        WH,
        EVENT,
        f"t={T0 + 25},v1={GOOD_SIG}",
        NOW,
        300,
        "signature_mismatch",
    ),
    (
        "too old: 301 s before now with tolerance 300",
        WH,
        EVENT,
        GOOD,
        T0 + 301,
        300,
        "timestamp_too_old",
    ),
    (
        "exactly at the tolerance boundary in the past (300 s old) is valid",
        WH,
        EVENT,
        GOOD,
        T0 + 300,
        300,
        None,
    ),
    (
        "too far in the future: 301 s ahead of now",
        WH,
        EVENT,
        GOOD,
        T0 - 301,
        300,
        "timestamp_in_future",
    ),
    (
        "exactly at the tolerance boundary in the future (300 s ahead) is valid",
        WH,
        EVENT,
        GOOD,
        T0 - 300,
        300,
        None,
    ),
    ("custom tolerance 600: 500 s old is valid", WH, EVENT, GOOD, T0 + 500, 600, None),
    ("custom tolerance 60: 61 s old is too old", WH, EVENT, GOOD, T0 + 61, 60, "timestamp_too_old"),
    ("tolerance 0 with t equal to now is valid", WH, EVENT, GOOD, T0, 0, None),
    (
        "a wrong signature is reported before a stale timestamp (checks run in order)",
        WH,
        EVENT,
        hdr(WH_OTHER),
        T0 + 10_000,
        300,
        "signature_mismatch",
    ),
    ("empty header", WH, EVENT, "", NOW, 300, "malformed_header"),
    ("whitespace-only header", WH, EVENT, "   ", NOW, 300, "malformed_header"),
    ("missing t", WH, EVENT, f"v1={GOOD_SIG}", NOW, 300, "malformed_header"),
    ("non-numeric t", WH, EVENT, f"t=yesterday,v1={GOOD_SIG}", NOW, 300, "malformed_header"),
    ("negative t", WH, EVENT, f"t=-{T0},v1={sig(WH, EVENT, -T0)}", NOW, 300, "malformed_header"),
    (
        "fractional t",
        WH,
        EVENT,
        f"t={T0}.5,v1={sig(WH, EVENT, f'{T0}.5')}",
        NOW,
        300,
        "malformed_header",
    ),
    ("duplicate t", WH, EVENT, f"t={T0},t={T0},v1={GOOD_SIG}", NOW, 300, "malformed_header"),
    ("item without =", WH, EVENT, f"t={T0},v1={GOOD_SIG},garbage", NOW, 300, "malformed_header"),
    (
        "trailing comma leaves an empty item, which has no =",
        WH,
        EVENT,
        f"t={T0},v1={GOOD_SIG},",
        NOW,
        300,
        "malformed_header",
    ),
    ("no v1 entry, only v0", WH, EVENT, f"t={T0},v0={GOOD_SIG}", NOW, 300, "no_signature"),
    ("only t, no signature at all", WH, EVENT, f"t={T0}", NOW, 300, "no_signature"),
    ("spaces around items are ignored", WH, EVENT, f"  t={T0} ,  v1={GOOD_SIG}  ", NOW, 300, None),
    ("tabs around items are ignored too", WH, EVENT, f"t={T0},\tv1={GOOD_SIG}\t", NOW, 300, None),
    (
        "unknown schemes (v0, v2) alongside a valid v1 are ignored",
        WH,
        EVENT,
        f"t={T0},v0=deadbeef,v1={GOOD_SIG},v2=c2lnbmF0dXJl",
        NOW,
        300,
        None,
    ),
    (
        "v1 values are lowercase hex: the right signature in upper case does not match",
        WH,
        EVENT,
        f"t={T0},v1={GOOD_SIG.upper()}",
        NOW,
        300,
        "signature_mismatch",
    ),
    (
        "a v1 value that is not hex does not match",
        WH,
        EVENT,
        f"t={T0},v1=not-a-signature",
        NOW,
        300,
        "signature_mismatch",
    ),
    ("an empty v1 value does not match", WH, EVENT, f"t={T0},v1=", NOW, 300, "signature_mismatch"),
    (
        "empty secret fails closed even with a header that would be valid for some secret",
        "",
        EVENT,
        GOOD,
        NOW,
        300,
        "empty_secret",
    ),
    (
        "empty secret is reported before a malformed header",
        "",
        EVENT,
        "garbage",
        NOW,
        300,
        "empty_secret",
    ),
    (
        "non-ASCII payload (UTF-8: ü, 中文, é, emoji)",
        WH,
        EVENT_UNICODE,
        hdr(WH, EVENT_UNICODE),
        NOW,
        300,
        None,
    ),
    ("empty payload", WH, "", hdr(WH, ""), NOW, 300, None),
    (
        "t with leading zeros is valid when the signature covers that exact text",
        WH,
        EVENT,
        f"t=0{T0},v1={sig(WH, EVENT, f'0{T0}')}",
        NOW,
        300,
        None,
    ),
]


def build_webhook_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for tc_id, (comment, secret, payload, header, now, tolerance, reason) in enumerate(
        WEBHOOK_CASES, start=1
    ):
        got = ref_check_webhook(
            payload.encode("utf-8"), header, secret, tolerance=tolerance, now=now
        )
        if got != reason:
            raise SystemExit(
                f"webhook tcId {tc_id} ({comment}): expected {reason!r}, the reference gave {got!r}"
            )
        cases.append(
            {
                "tcId": tc_id,
                "comment": comment,
                "secret": secret,
                "payload": payload,
                "header": header,
                "now": now,
                "tolerance": tolerance,
                "result": "valid" if reason is None else "invalid",
                "reason": reason,
            }
        )
    return cases


# --- output --------------------------------------------------------------------------

REQUEST_NOTES = [
    "Inputs are secret, method, path, query (raw, as on the wire, without '?'), timestamp, nonce and body "
    "(the exact UTF-8 text sent). Expected outputs are canonical_query, string_to_sign and signature.",
    "canonical_query: split on '&' skipping empty pieces; split each piece at its first '=' (none: empty "
    "value); decode '+' to a space and '%XX' (hex digits of either case) to that byte, every other character "
    "to its UTF-8 bytes; re-encode keeping A-Z a-z 0-9 - . _ ~ and writing every other byte as upper-case "
    "%XX; sort by encoded name, then encoded value, in byte order; join as name=value with '&'.",
    "A '%' not followed by two hex digits (%zz, %4, a trailing %) is the literal byte '%', encoded as %25.",
    "The method is upper-cased; the path is signed exactly as given (no normalisation of its escapes).",
    "The body is hashed as the UTF-8 bytes of the body text; an empty body hashes the empty string.",
    "The HMAC key is the secret's UTF-8 bytes; the signature is 'v1=' plus lowercase hex.",
]

WEBHOOK_NOTES = [
    "Inputs are secret, payload (the raw body, as UTF-8 text), header (the PayCrypt-Webhook-Signature "
    "value), now and tolerance (seconds). Expected: result valid|invalid and reason (null when valid).",
    "v1 = lowercase hex HMAC-SHA256(secret UTF-8 bytes, t + '.' + payload bytes), where t is the text "
    "of the header's t item exactly as written.",
    "Checks run in this order and the first failure is the reason: empty_secret, malformed_header, "
    "no_signature, signature_mismatch, timestamp_too_old / timestamp_in_future.",
    "Header parsing: split on ',', strip spaces and tabs (only those) around each item, "
    "split each item at its first '='. "
    "malformed_header: empty header, an item without '=' (an empty item too), no t, more than one t, or a t "
    "that is not ASCII decimal digits (so no sign, no fraction). Unknown keys (v0, v2, ...) are ignored.",
    "no_signature: no v1 item. signature_mismatch: no v1 value equals the expected lowercase hex (compared "
    "in constant time); upper-case hex does not match.",
    "Timestamp: now - t > tolerance is timestamp_too_old, t - now > tolerance is timestamp_in_future; a "
    "difference of exactly tolerance is valid.",
]


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def documents() -> dict[str, str]:
    return {
        REQUEST_FILE: render(
            {
                "scheme": SCHEME,
                "version": 1,
                "schema": "request-signing.schema.json",
                "notes": REQUEST_NOTES,
                "cases": build_request_cases(),
            }
        ),
        WEBHOOK_FILE: render(
            {
                "scheme": WEBHOOK_SCHEME,
                "version": 1,
                "schema": "webhook-signing.schema.json",
                "notes": WEBHOOK_NOTES,
                "cases": build_webhook_cases(),
            }
        ),
    }


def check(directory: Path) -> int:
    """Compare freshly generated text with the files in ``directory``; print a diff for each drift."""
    drifted = 0
    for name, text in documents().items():
        path = directory / name
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed != text:
            drifted += 1
            diff = difflib.unified_diff(
                committed.splitlines(),
                text.splitlines(),
                f"{path} (committed)",
                f"{name} (generate.py)",
                lineterm="",
                n=1,
            )
            print("\n".join(list(diff)[:40]))
    if drifted:
        print(
            f"{drifted} vector file(s) out of date: run `python contract-tests/vectors/generate.py` "
            "and commit the result",
            file=sys.stderr,
        )
        return 1
    print(f"vectors up to date ({directory})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--out",
        type=Path,
        default=HERE,
        help="directory to write into (default: beside this script)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if the files in --out differ from a fresh run",
    )
    args = parser.parse_args(argv)
    if args.check:
        return check(args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in documents().items():
        (args.out / name).write_bytes(text.encode("utf-8"))
        print(f"wrote {args.out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
