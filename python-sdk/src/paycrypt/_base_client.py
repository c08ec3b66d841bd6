"""The HTTP machinery under :class:`~paycrypt.PayCrypt` and :class:`~paycrypt.AsyncPayCrypt`.

One call = one :class:`httpx.Request`, built once (JSON serialised once, the
``Idempotency-Key`` fixed) and sent once per attempt, signed afresh (timestamp,
nonce) for every attempt by :class:`~paycrypt.PayCryptAuth`. The retry policy is
in :mod:`paycrypt._retry`.
"""

from __future__ import annotations

import contextvars
import json
import logging
import os
import random
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from urllib.parse import quote

import httpx

from . import _signing, _transports
from ._auth import PayCryptAuth, loggable_url
from ._constants import (
    DEFAULT_BASE_URL,
    ENV_API_KEY,
    ENV_API_SECRET,
    ENV_BASE_URL,
    ENV_LOG,
    IDEMPOTENCY_HEADER,
    MAX_RETRY_AFTER,
    REQUEST_ID_HEADER,
)
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    PayCryptError,
    RateLimitError,
    status_error_class,
)
from ._retry import OnRetry, backoff_delay, retry_after_too_long, retry_decision
from ._transports import DEFAULT_CONNECTION_LIMITS
from ._types import REQUEST_OPTION_KEYS, NotGiven, RequestOptions
from ._version import __version__

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ._pagination import AsyncPaginator, SyncPage

# Imported where first needed, not here: building a client must stay cheap (see
# tests/test_import_cost.py). asyncio and inspect only for AsyncPayCrypt, uuid on
# the first POST, _pagination on the first list call.

__all__ = ["AsyncAPIClient", "SyncAPIClient", "path_param"]

log = logging.getLogger("paycrypt")

T = TypeVar("T")
ModelT = TypeVar("ModelT", bound="BaseModel")

_SIGNING_HEADERS = frozenset(
    h.lower()
    for h in (
        _signing.HEADER_KEY,
        _signing.HEADER_TIMESTAMP,
        _signing.HEADER_NONCE,
        _signing.HEADER_SIGNATURE,
    )
)

# Requests are signed before they are sent: no auth of a user's http_client runs, and not
# httpx's fallback either (auth=None would send Basic auth from a user:pass@ in base_url).
_SIGNED_ALREADY = httpx.Auth()

# Set by ``with_raw_response`` to collect the final httpx.Response of a call.
_RAW_SINK: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "paycrypt_raw_sink", default=None
)


def setup_logging_from_env() -> None:
    """``PAYCRYPT_LOG=debug`` (or ``info``) turns on the ``paycrypt`` logger with a stderr handler."""
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in ("debug", "info"):
        return
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        log.addHandler(handler)


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers fit for a log line: the signature is shown as ``v1=…redacted``."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        if name.lower() == _signing.HEADER_SIGNATURE.lower():
            out[name] = value.split("=", 1)[0] + "=…redacted"
        elif name.lower() in ("authorization", "cookie"):
            out[name] = "…redacted"
        else:
            out[name] = value
    return out


def path_param(name: str, value: str) -> str:
    """Check a path parameter is a non-empty string and percent-encode it for the URL path."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
    return quote(value, safe="")


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # Money stays a decimal string, never a float, and never in exponent form.
        return format(value, "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", exclude_unset=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serialisable")


def _reject_floats(value: object, where: str) -> None:
    if isinstance(value, float):
        raise TypeError(
            f"{where} is a float ({value!r}): pass amounts as a str or Decimal "
            "(a float is already rounded: 0.1 + 0.2 == 0.30000000000000004)"
        )
    if isinstance(value, Mapping):
        for key, item in value.items():
            _reject_floats(item, f"{where}.{key}")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _reject_floats(item, f"{where}[{index}]")


def serialise_json(body: Mapping[str, object]) -> bytes:
    """Serialise once, compactly, as UTF-8: these exact bytes are signed and sent."""
    for key, value in body.items():
        _reject_floats(value, key)
    return json.dumps(
        body, separators=(",", ":"), ensure_ascii=False, default=_json_default
    ).encode("utf-8")


def _query_value(name: str, value: object) -> str:
    _reject_floats(value, name)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def query_pairs(params: Mapping[str, object]) -> list[tuple[str, str]]:
    """(name, text) per value; a list or tuple repeats its name; ``None``/NOT_GIVEN dropped."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is None or isinstance(value, NotGiven):
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            pairs.append((name, _query_value(name, item)))
    return pairs


def encode_query(pairs: list[tuple[str, str]]) -> str:
    """RFC 3986 query text (space is ``%20``, ``+`` is ``%2B``)."""
    return "&".join(f"{quote(name, safe='')}={quote(text, safe='')}" for name, text in pairs)


def set_header(headers: dict[str, str], name: str, value: str) -> None:
    """``headers[name] = value``, replacing an entry of the same name in another case."""
    if headers:
        lower = name.lower()
        for existing in [k for k in headers if k.lower() == lower]:
            del headers[existing]
    headers[name] = value


def _merged(base: list[tuple[str, str, str]], headers: Mapping[str, str]) -> list[tuple[str, str]]:
    """``base`` ((lower-case name, name, value)) with ``headers`` added, replacing same-named
    entries whatever their case."""
    names = {name.lower() for name in headers}
    return [(name, value) for lower, name, value in base if lower not in names] + list(
        headers.items()
    )


def strip_not_given(data: Mapping[str, object]) -> dict[str, object]:
    return {k: v for k, v in data.items() if not isinstance(v, NotGiven)}


def _lenient(cast_to: Any, content: bytes, exc: ValueError) -> Any:
    """Re-raise anything but a ValidationError; build the model without validation otherwise."""
    from pydantic import ValidationError

    from ._models import construct_lenient, warn_validation_error

    if not isinstance(exc, ValidationError):
        raise exc
    try:
        data = json.loads(content)
    except ValueError:
        raise exc from None  # not JSON: nothing to be lenient about
    warn_validation_error(cast_to, exc)
    return construct_lenient(cast_to, data)


def _to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _problem(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


async def _asyncio_sleep(delay: float) -> None:
    import asyncio

    await asyncio.sleep(delay)


def _isawaitable(value: object) -> bool:
    import inspect

    return inspect.isawaitable(value)


class _Call:
    """Everything decided once per call, before the first attempt."""

    __slots__ = ("deadline", "label", "max_retries", "method", "path", "request", "timeout")

    def __init__(
        self,
        *,
        request: httpx.Request,
        method: str,
        path: str,
        max_retries: int,
        deadline: float | None,
        timeout: httpx.Timeout,
    ) -> None:
        self.request = request
        self.method = method
        self.path = path
        self.label = f"{method} {path}"
        self.max_retries = max_retries
        self.deadline = deadline
        self.timeout = timeout


class BaseClient:
    """Configuration, request building and error mapping shared by both clients."""

    _auth: PayCryptAuth
    _client_headers: list[tuple[str, str, str]]

    def __init__(
        self,
        *,
        api_key: str | None,
        api_secret: str | None,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None,
        on_retry: OnRetry | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
        api_secret = api_secret if api_secret is not None else os.environ.get(ENV_API_SECRET)
        if not api_key:
            raise PayCryptError(
                f"No API key: pass api_key=... or set {ENV_API_KEY} (e.g. pk_test_demo for the sandbox)"
            )
        if not api_secret:
            raise PayCryptError(
                f"No API secret: pass api_secret=... or set {ENV_API_SECRET} "
                "(e.g. sk_test_demo for the sandbox)"
            )
        if base_url is None:
            base_url = os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        self.api_key = api_key
        self.base_url = str(base_url).rstrip("/")
        self.timeout = timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.on_retry = on_retry
        self._auth = PayCryptAuth(api_key, api_secret)
        self._default_headers = {
            "Accept": "application/json",
            "User-Agent": f"paycrypt-python/{__version__}",
        }
        for name, value in (default_headers or {}).items():
            set_header(self._default_headers, name, value)
        self._random: Callable[[], float] = random.random
        self._monotonic: Callable[[], float] = time.monotonic
        setup_logging_from_env()

    # --- the HTTP client, made on first use ----------------------------------------
    # Not in __init__: making an httpx client imports httpcore (and anyio, asyncio) and
    # loads the CA bundle, tens of ms that a client that is built but not yet used
    # (a web app's module-level client, a CLI's --help) should not pay.

    def _init_http(self, http_client: httpx.Client | httpx.AsyncClient | None) -> None:
        self._owns_http = http_client is None
        self._http_client = http_client
        self._http_lock = threading.Lock()
        self._closed = False

    def _make_http(self) -> httpx.Client | httpx.AsyncClient:
        raise NotImplementedError

    def _get_http(self) -> httpx.Client | httpx.AsyncClient:
        http = self._http_client
        if http is None:
            with self._http_lock:
                http = self._http_client
                if http is None:
                    if self._closed:
                        raise RuntimeError(f"{type(self).__name__} has been closed")
                    http = self._make_http()
                    # Our defaults replace httpx's (Accept, User-Agent); kept as a list so
                    # that _prepare builds each request's headers in one go.
                    http.headers = self._default_headers
                    self._client_headers = [
                        (
                            name.decode("latin-1").lower(),
                            name.decode("latin-1"),
                            value.decode(http.headers.encoding),
                        )
                        for name, value in http.headers.raw
                    ]
                    self._http_client = http
        return http

    def _close_http(self) -> httpx.Client | httpx.AsyncClient | None:
        """Mark closed; return the client the SDK made, if any, for the caller to close."""
        with self._http_lock:  # a first call making the client at the same time finishes first
            self._closed = True
            return self._http_client if self._owns_http else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={self.api_key!r}, base_url={self.base_url!r})"

    # --- request building ---------------------------------------------------------

    def _prepare(
        self,
        http: httpx.Client | httpx.AsyncClient,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        options: Mapping[str, Any],
    ) -> _Call:
        unknown = set(options) - REQUEST_OPTION_KEYS
        if unknown:
            raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        opts = cast(RequestOptions, options)
        query = dict(params or {})
        query.update(opts.get("extra_query") or {})
        url = self.base_url + path
        pairs = query_pairs(query) if query else []
        # Our own client already has the default headers (see _get_http); a user's does not.
        headers = {} if self._owns_http else dict(self._default_headers)
        content: bytes | None = None
        if body is not None or "extra_body" in opts:
            payload = strip_not_given(body or {})
            payload.update(opts.get("extra_body") or {})
            content = serialise_json(payload)
            set_header(headers, "Content-Type", "application/json")
        if method == "POST":
            # One key per call, identical on every retry: it is what makes retrying a POST safe.
            key = opts.get("idempotency_key")
            if not key:
                import uuid

                key = str(uuid.uuid4())
            set_header(headers, IDEMPOTENCY_HEADER, key)
        for name, value in (opts.get("extra_headers") or {}).items():
            if name.lower() in _SIGNING_HEADERS:
                raise ValueError(
                    f"{name} is set by the SDK's request signing and cannot be overridden"
                )
            set_header(headers, name, value)
        timeout = _to_timeout(opts.get("timeout", self.timeout))
        query_text = encode_query(pairs)
        target = httpx.URL(f"{url}?{query_text}" if query_text else url)
        if self._owns_http:
            # Our own client has no base URL or params and its headers are known: sign and
            # build in one go (httpx's build_request, then setting the four headers one by one,
            # was a third of the SDK's per-call cost). _send re-signs each retry.
            headers.update(self._auth.headers_for(method, target, content or b""))
            request = httpx.Request(
                method, target, content=content, headers=_merged(self._client_headers, headers)
            )
            if http.cookies:  # a load balancer's sticky-session cookie goes back, as httpx does
                http.cookies.set_cookie_header(request)
        else:
            # A user's client may add headers, cookies or params (httpx replaces a URL's query
            # with the client's params, so then ours go in as params, encoded by httpx): sign
            # what it built.
            request = (
                http.build_request(
                    method, url, params=tuple(pairs), content=content, headers=headers
                )
                if http.params
                else http.build_request(method, target, content=content, headers=headers)
            )
            self._auth.sign(request)
        max_retries = opts.get("max_retries", self.max_retries)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries must be an int >= 0")
        return _Call(
            request=request,
            method=method,
            path=path,
            max_retries=max_retries,
            deadline=opts.get("deadline", self.deadline),
            timeout=timeout,
        )

    def _attempt_timeout(self, call: _Call, started: float) -> httpx.Timeout:
        if call.deadline is None:
            return call.timeout
        remaining = max(0.001, call.deadline - (self._monotonic() - started))
        t = call.timeout
        return httpx.Timeout(
            connect=min(t.connect, remaining) if t.connect is not None else remaining,
            read=min(t.read, remaining) if t.read is not None else remaining,
            write=min(t.write, remaining) if t.write is not None else remaining,
            pool=min(t.pool, remaining) if t.pool is not None else remaining,
        )

    # --- responses ----------------------------------------------------------------

    @staticmethod
    def _log_request(request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request %s %s attempt=%d headers=%s",
                request.method,
                loggable_url(request.url),
                attempt + 1,
                redact_headers(request.headers),
            )

    @staticmethod
    def _log_response(call: _Call, response: httpx.Response, started: float) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "response %s %d request_id=%s elapsed=%.1fms",
                call.label,
                response.status_code,
                response.headers.get(REQUEST_ID_HEADER),
                (time.monotonic() - started) * 1000,
            )

    def _make_status_error(
        self, call: _Call, response: httpx.Response, retry_after: float | None = None
    ) -> APIStatusError:
        problem = _problem(response)
        status = response.status_code
        code = problem.get("code") if isinstance(problem.get("code"), str) else None
        detail = problem.get("detail") if isinstance(problem.get("detail"), str) else None
        title = problem.get("title") if isinstance(problem.get("title"), str) else None
        errors = problem.get("errors") if isinstance(problem.get("errors"), list) else None
        request_id = response.headers.get(REQUEST_ID_HEADER) or problem.get("request_id")
        message = f"{call.label} failed: {status}"
        if code:
            message += f" {code}"
        if detail or title:
            message += f" — {detail or title}"
        if errors:
            fields = "; ".join(
                f"{e.get('field')}: {e.get('message')}" for e in errors if isinstance(e, dict)
            )
            if fields:
                message += f" [{fields}]"
        if status == 401 and code == "timestamp_out_of_range":
            server_time = problem.get("server_time")
            message += (
                f" — the server's clock says {server_time}, this machine's says {int(time.time())}: "
                "check the system clock (NTP)"
            )
        if request_id:
            message += f" (request_id={request_id})"
        error_class = status_error_class(status)
        return error_class(
            message,
            response=response,
            status_code=status,
            code=code,
            title=title,
            detail=detail,
            errors=errors,
            request_id=request_id,
            retry_after=retry_after,
            body=problem or None,
        )

    @staticmethod
    def _too_long_error(call: _Call, error: APIStatusError, retry_after: float) -> APIStatusError:
        when = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + retry_after))
        message = (
            f"{error.message} — the server asks to retry after {retry_after:.0f} s "
            f"(not before {when}), longer than the SDK waits ({MAX_RETRY_AFTER:.0f} s)"
        )
        cls = RateLimitError if error.status_code == 429 else type(error)
        return cls(
            message,
            response=error.response,
            status_code=error.status_code,
            code=error.code,
            title=error.title,
            detail=error.detail,
            errors=error.errors,
            request_id=error.request_id,
            retry_after=retry_after,
            body=error.body,
        )

    def _parse(self, response: httpx.Response, cast_to: type[T] | None) -> T:
        sink = _RAW_SINK.get()
        if sink is not None:
            sink.append(response)
        if cast_to is None or response.status_code == 204 or not response.content:
            return cast(T, None)
        validate = getattr(cast_to, "model_validate_json", None)
        if validate is not None:
            try:
                return cast(T, validate(response.content))
            except ValueError as exc:  # pydantic's ValidationError (not imported here: import cost)
                # The call succeeded (a payment may exist now): never raise because the response
                # uses something newer than this SDK. Warn once per field, build it unvalidated.
                return cast(T, _lenient(cast_to, response.content, exc))
        return cast(T, response.json())

    def _page_parts(
        self, response: httpx.Response, item: type[ModelT]
    ) -> tuple[list[ModelT], bool, str | None]:
        sink = _RAW_SINK.get()
        if sink is not None:
            sink.append(response)
        body = response.json()
        from ._models import validate_python_lenient

        data = [validate_python_lenient(item, x) for x in body.get("data", [])]
        return data, bool(body.get("has_more")), body.get("next_cursor")

    def _handle_failure(
        self,
        call: _Call,
        attempt: int,
        started: float,
        *,
        response: httpx.Response | None,
        exc: httpx.HTTPError | None,
    ) -> tuple[PayCryptError, float | None, str]:
        """Return (error to raise, delay before the next attempt or None to raise now, reason)."""
        error: PayCryptError
        retry_after: float | None = None
        if response is not None:
            problem_code = _problem(response).get("code")
            decision = retry_decision(
                response, problem_code if isinstance(problem_code, str) else None
            )
            retry_after = decision.retry_after
            status_error = self._make_status_error(call, response, retry_after)
            error, retryable, reason = status_error, decision.retry, decision.reason
            if retryable and retry_after_too_long(retry_after):
                assert retry_after is not None
                return self._too_long_error(call, status_error, retry_after), None, reason
        elif isinstance(exc, httpx.TimeoutException):
            error = APITimeoutError(
                f"{call.label} failed: timed out ({type(exc).__name__})",
                method=call.method,
                path=call.path,
            )
            retryable, reason = True, "timeout"
        else:
            error = APIConnectionError(
                f"{call.label} failed: connection error ({type(exc).__name__}: {exc})",
                method=call.method,
                path=call.path,
            )
            retryable, reason = True, "connection error"
        if not retryable or attempt >= call.max_retries:
            return error, None, reason
        delay = (
            retry_after if retry_after is not None else backoff_delay(attempt, rand=self._random)
        )
        if call.deadline is not None and (self._monotonic() - started) + delay >= call.deadline:
            return error, None, reason
        return error, delay, reason


class SyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        http_client: httpx.Client | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._init_http(http_client)
        self._sleep: Callable[[float], object] = time.sleep

    def _make_http(self) -> httpx.Client:
        return httpx.Client(limits=DEFAULT_CONNECTION_LIMITS)

    @property
    def _http(self) -> httpx.Client:
        return cast(httpx.Client, self._get_http())

    def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        http = self._close_http()
        if http is not None:
            cast(httpx.Client, http).close()

    def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T] | None,
        params: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> T:
        call = self._prepare(
            self._http, method, path, params=params, body=body, options=options or {}
        )
        return self._parse(self._send(call), cast_to)

    def _send(self, call: _Call) -> httpx.Response:
        started = self._monotonic()
        attempt = 0
        while True:
            call.request.extensions["timeout"] = self._attempt_timeout(call, started).as_dict()
            if attempt:
                self._auth.sign(call.request)  # a fresh timestamp and nonce for every attempt
            self._log_request(call.request, attempt)
            response: httpx.Response | None = None
            exc: httpx.HTTPError | None = None
            try:
                response = self._http.send(call.request, auth=_SIGNED_ALREADY)
            except httpx.TransportError as e:
                exc = e
            else:
                self._log_response(call, response, started)
                if response.is_success:
                    return response
            error, delay, reason = self._handle_failure(
                call, attempt, started, response=response, exc=exc
            )
            if delay is None:
                raise error from exc
            attempt += 1
            log.info("retrying %s (%s): attempt %d in %.2fs", call.label, reason, attempt, delay)
            if self.on_retry is not None:
                self.on_retry(attempt, delay, reason)
            self._sleep(delay)

    def get_page(
        self,
        path: str,
        *,
        item: type[ModelT],
        params: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> SyncPage[ModelT]:
        from ._pagination import SyncPage

        def fetch(cursor: str | None) -> SyncPage[ModelT]:
            query = dict(params)
            if cursor is not None:
                query["starting_after"] = cursor
            call = self._prepare(self._http, "GET", path, params=query, body=None, options=options)
            response = self._send(call)
            data, has_more, next_cursor = self._page_parts(response, item)
            return SyncPage(
                data=data,
                has_more=has_more,
                next_cursor=next_cursor,
                fetch_next=fetch,
                response=response,
            )

        return fetch(None)


class AsyncAPIClient(BaseClient):
    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None,
        transport: Literal["auto", "httpx", "aiohttp"] = "auto",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if transport not in ("auto", "httpx", "aiohttp"):
            raise ValueError(f"transport must be 'auto', 'httpx' or 'aiohttp', not {transport!r}")
        if http_client is not None and transport != "auto":
            raise ValueError("pass either http_client=... or transport=..., not both")
        if transport == "aiohttp":
            _transports.require_aiohttp()  # fail at construction, not on the first call
        self._transport = transport
        self._init_http(http_client)
        self._sleep: Callable[[float], Awaitable[object]] = _asyncio_sleep

    def _make_http(self) -> httpx.AsyncClient:
        return _transports.default_async_client(self._transport)

    @property
    def _http(self) -> httpx.AsyncClient:
        return cast(httpx.AsyncClient, self._get_http())

    async def close(self) -> None:
        """Close the connection pool (not a user-supplied ``http_client``)."""
        http = self._close_http()
        if http is not None:
            await cast(httpx.AsyncClient, http).aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        cast_to: type[T] | None,
        params: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> T:
        call = self._prepare(
            self._http, method, path, params=params, body=body, options=options or {}
        )
        return self._parse(await self._send(call), cast_to)

    async def _send(self, call: _Call) -> httpx.Response:
        started = self._monotonic()
        attempt = 0
        while True:
            call.request.extensions["timeout"] = self._attempt_timeout(call, started).as_dict()
            if attempt:
                self._auth.sign(call.request)  # a fresh timestamp and nonce for every attempt
            self._log_request(call.request, attempt)
            response: httpx.Response | None = None
            exc: httpx.HTTPError | None = None
            try:
                response = await self._http.send(call.request, auth=_SIGNED_ALREADY)
            except httpx.TransportError as e:
                exc = e
            else:
                self._log_response(call, response, started)
                if response.is_success:
                    return response
            error, delay, reason = self._handle_failure(
                call, attempt, started, response=response, exc=exc
            )
            if delay is None:
                raise error from exc
            attempt += 1
            log.info("retrying %s (%s): attempt %d in %.2fs", call.label, reason, attempt, delay)
            if self.on_retry is not None:
                result = self.on_retry(attempt, delay, reason)
                if _isawaitable(result):
                    await cast(Awaitable[object], result)
            await self._sleep(delay)

    def get_page(
        self,
        path: str,
        *,
        item: type[ModelT],
        params: Mapping[str, object],
        options: Mapping[str, Any],
    ) -> AsyncPaginator[ModelT]:
        from ._pagination import AsyncPage, AsyncPaginator

        async def fetch(cursor: str | None) -> AsyncPage[ModelT]:
            query = dict(params)
            if cursor is not None:
                query["starting_after"] = cursor
            call = self._prepare(self._http, "GET", path, params=query, body=None, options=options)
            response = await self._send(call)
            data, has_more, next_cursor = self._page_parts(response, item)
            return AsyncPage(
                data=data,
                has_more=has_more,
                next_cursor=next_cursor,
                fetch_next=fetch,
                response=response,
            )

        return AsyncPaginator(lambda: fetch(None))
