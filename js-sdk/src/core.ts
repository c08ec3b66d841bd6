/**
 * The HTTP machinery under {@link PayCrypt}: configuration, one call = JSON
 * serialised once + one `Idempotency-Key` + the signed lines that stay the
 * same on every attempt, then one signed attempt per try (fresh timestamp,
 * nonce and signature each time) through a transport. One promise per call:
 * the transport reports through a callback, and a retry re-enters
 * {@link APIClient#attempt} with the same call. The retry policy is in
 * ./retry.ts, the adapters in ./transport.ts.
 */

import { randomUUID } from 'node:crypto';

import {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  ENV_API_KEY,
  ENV_API_SECRET,
  ENV_BASE_URL,
  ENV_LOG,
  IDEMPOTENCY_HEADER,
  MAX_RETRY_AFTER,
  REQUEST_ID_HEADER,
} from './constants.js';
import {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  PayCryptError,
  RateLimitError,
  statusErrorClass,
  type ProblemFieldError,
} from './errors.js';
import { Page, PagePromise, type PageBody } from './pagination.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, retryAfterTooLong, type OnRetry } from './retry.js';
import { HEADER_KEY, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, RequestSigner, newNonce } from './signing.js';
import {
  AbortedError,
  NodeTransport,
  TransportError,
  fetchTransport,
  type FetchLike,
  type Transport,
  type TransportResponse,
} from './transport.js';
import { VERSION } from './version.js';

export interface ClientOptions {
  /** Public key, `pk_test_…`; default `process.env.PAYCRYPT_API_KEY`. */
  apiKey?: string | undefined;
  /** Secret key, `sk_test_…`; default `process.env.PAYCRYPT_API_SECRET`. Never logged or printed. */
  apiSecret?: string | undefined;
  /** Default `process.env.PAYCRYPT_BASE_URL`, else `https://api.paycrypt.example`. */
  baseURL?: string | undefined;
  /** Milliseconds per attempt (default 30 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2; 0 = exactly one attempt). */
  maxRetries?: number | undefined;
  /** Optional overall budget in ms across all attempts and waits of one call. */
  deadline?: number | undefined;
  /** Use this `fetch` instead of the default `node:http` keep-alive transport. */
  fetch?: FetchLike | undefined;
  /** Called before each retry's wait. */
  onRetry?: OnRetry | undefined;
  /** Extra headers on every request. */
  defaultHeaders?: Record<string, string> | undefined;
  /** `'debug'` logs each request, its string to sign and the response (signature redacted); default from `PAYCRYPT_LOG`. */
  logLevel?: 'debug' | 'off' | undefined;
  /** Where debug lines go (default `console.error`). */
  logger?: ((line: string) => void) | undefined;
}

export interface RequestOptions {
  /** Milliseconds for each attempt of this call. */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Overall ms across all attempts of this call. */
  deadline?: number | undefined;
  /** For POSTs: your own key (default a fresh `crypto.randomUUID()` per call, reused by its retries). */
  idempotencyKey?: string | undefined;
  /** Extra headers (the signing headers cannot be overridden). */
  headers?: Record<string, string> | undefined;
  /** Cancel the call (and any retry wait); it then rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
}

type Query = Record<string, unknown>;

interface Failure {
  error: PayCryptError;
  retryable: boolean;
  reason: string;
  retryAfter?: number | undefined;
}

const REQUEST_ID_LOWER = REQUEST_ID_HEADER.toLowerCase();

interface Call {
  method: string;
  path: string;
  url: string;
  /** Lines 4–7 of the string to sign (method, path as sent, canonical query, body digest). */
  lines: string;
  /** Name, value, …: every header but the four signing ones. */
  headers: string[];
  body: Uint8Array | undefined;
  timeout: number;
  maxRetries: number;
  deadline: number | undefined;
  signal: AbortSignal | undefined;
  /** `Date.now()` when the call began (for `deadline`). */
  started: number;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** Headers the SDK sets itself, and why a caller's would be refused. */
const RESERVED_HEADERS = new Map<string, string>([
  ...[HEADER_KEY, HEADER_TIMESTAMP, HEADER_NONCE, HEADER_SIGNATURE].map(
    (name) => [name.toLowerCase(), "is set by the SDK's request signing"] as [string, string],
  ),
  ['host', 'is set by the SDK from baseURL'],
  ['content-length', 'is set by the SDK from the body it signs'],
  ['transfer-encoding', 'is set by the SDK from the body it signs'],
]);

/**
 * Add caller-given headers to a flat name/value list; a name already there
 * in any letter case is replaced (one header per name on the wire, as
 * node:http's own header map would send it).
 */
function addHeaders(list: string[], extra: Record<string, string>): void {
  for (const [name, value] of Object.entries(extra)) {
    const reserved = RESERVED_HEADERS.get(name.toLowerCase());
    if (reserved !== undefined) throw new TypeError(`${name} ${reserved} and cannot be overridden`);
    setHeader(list, name, value);
  }
}

/** Set `name` in a flat [name, value, ...] list, replacing an entry of that name in any case. */
function setHeader(list: string[], name: string, value: string): void {
  const lower = name.toLowerCase();
  let i = 0;
  while (i < list.length && (list[i] as string).toLowerCase() !== lower) i += 2;
  list[i] = name;
  list[i + 1] = value;
}

const label = (call: { method: string; path: string }): string => `${call.method} ${call.path}`;
const REQUEST_OPTION_KEYS = new Set(['timeout', 'maxRetries', 'deadline', 'idempotencyKey', 'headers', 'signal']);

function env(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  const value = proc?.env?.[name];
  return value === undefined || value === '' ? undefined : value;
}

function checkCount(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be an integer >= 0`);
  }
  return value;
}

function checkMillis(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${what} must be a positive number of milliseconds`);
  }
  return value;
}

const SAFE = /^[A-Za-z0-9_.~-]*$/;

/** RFC 3986 component encoding (`encodeURIComponent` plus `!'()*`). */
export function encodeComponent(value: string): string {
  if (SAFE.test(value)) return value;
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** A path parameter: a non-empty string, percent-encoded. */
export function pathParam(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`Expected a non-empty string for \`${name}\` but received ${JSON.stringify(value) ?? String(value)}`);
  }
  return encodeComponent(value);
}

/** Query text, RFC 3986 encoded (space `%20`, `+` `%2B`); `undefined` and `null` dropped. */
export function encodeQuery(params: Query | undefined): string {
  if (params === undefined || params === null) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      parts.push(`${encodeComponent(name)}=${encodeComponent(String(item))}`);
    }
  }
  return parts.join('&');
}

function redactHeaders(headers: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < headers.length; i += 2) {
    const name = headers[i] as string;
    const value = headers[i + 1] as string;
    const lower = name.toLowerCase();
    if (lower === HEADER_SIGNATURE.toLowerCase()) out[name] = value.split('=', 1)[0] + '=…redacted';
    else if (lower === 'authorization' || lower === 'cookie') out[name] = '…redacted';
    else out[name] = value;
  }
  return out;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function noop(): void {}

function isNode(): boolean {
  const proc = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return typeof proc?.versions?.node === 'string';
}

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const NO_OPTIONS: RequestOptions = Object.freeze({});
const encoder = new TextEncoder();
// A Buffer is written to a node:http socket faster than a plain Uint8Array.
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Request machinery shared by every resource; use {@link PayCrypt}. */
export class APIClient {
  readonly apiKey: string;
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly deadline: number | undefined;
  readonly onRetry: OnRetry | undefined;

  // A true private field: invisible to util.inspect, JSON.stringify, Object.keys and spreading.
  readonly #signer: RequestSigner;
  readonly #transport: Transport;
  readonly #nodeTransport: NodeTransport | undefined;
  /** Name, value, …: Accept, User-Agent and `defaultHeaders`. */
  readonly #defaultHeaders: string[];
  readonly #log: ((line: string) => void) | undefined;
  readonly #basePath: string;
  /** Origin and path prefix, as sent: what each call's path is appended to. */
  readonly #root: string;

  /** @internal Test hooks: jitter source and sleep. */
  _random: () => number = Math.random;
  /** @internal */
  _sleep: (ms: number, signal: AbortSignal | undefined) => Promise<void> = sleep;

  constructor(options: ClientOptions = {}) {
    const apiKey = options.apiKey ?? env(ENV_API_KEY);
    const apiSecret = options.apiSecret ?? env(ENV_API_SECRET);
    if (!apiKey) {
      throw new PayCryptError(`No API key: pass { apiKey } or set ${ENV_API_KEY} (e.g. pk_test_demo for the sandbox)`);
    }
    if (!apiSecret) {
      throw new PayCryptError(
        `No API secret: pass { apiSecret } or set ${ENV_API_SECRET} (e.g. sk_test_demo for the sandbox)`,
      );
    }
    this.apiKey = apiKey;
    this.#signer = new RequestSigner(apiSecret);
    this.baseURL = (options.baseURL ?? env(ENV_BASE_URL) ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    let parsed: URL;
    try {
      parsed = new URL(this.baseURL);
    } catch {
      throw new PayCryptError(`baseURL is not an absolute URL: ${JSON.stringify(this.baseURL)}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new PayCryptError(`baseURL must be an http or https URL: ${JSON.stringify(this.baseURL)}`);
    }
    // A base URL may carry a path prefix; the signature covers the whole path as sent, so both
    // come from the parsed URL (dot segments resolved, non-ASCII percent-encoded).
    this.#basePath = parsed.pathname.replace(/\/+$/, '');
    this.#root = parsed.origin + this.#basePath;
    this.timeout = checkMillis(options.timeout ?? DEFAULT_TIMEOUT, 'timeout');
    this.maxRetries = checkCount(options.maxRetries ?? DEFAULT_MAX_RETRIES, 'maxRetries');
    this.deadline = options.deadline === undefined ? undefined : checkMillis(options.deadline, 'deadline');
    this.onRetry = options.onRetry;
    if (options.fetch !== undefined || !isNode()) {
      this.#transport = fetchTransport(options.fetch);
    } else {
      this.#nodeTransport = new NodeTransport();
      this.#transport = this.#nodeTransport.send;
    }
    this.#defaultHeaders = ['Accept', 'application/json', 'User-Agent', `paycrypt-node/${VERSION}`];
    if (options.defaultHeaders !== undefined) addHeaders(this.#defaultHeaders, options.defaultHeaders);
    const level = options.logLevel ?? (env(ENV_LOG)?.toLowerCase() === 'debug' ? 'debug' : 'off');
    if (level === 'debug') this.#log = options.logger ?? ((line) => console.error(line));
  }

  /** Close idle keep-alive connections (the default transport only). */
  close(): void {
    this.#nodeTransport?.close();
  }

  toJSON(): Record<string, unknown> {
    return {
      apiKey: this.apiKey,
      apiSecret: '[redacted]',
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      deadline: this.deadline,
    };
  }

  [inspectSymbol](): string {
    return `PayCrypt { apiKey: '${this.apiKey}', apiSecret: '[redacted]', baseURL: '${this.baseURL}', timeout: ${this.timeout}, maxRetries: ${this.maxRetries} }`;
  }

  // --- public entry points for resources ---------------------------------------------

  /** Send one call (with retries) and return the parsed JSON body (`undefined` for no body). */
  request<T>(
    method: string,
    path: string,
    init: { query?: Query | undefined; body?: object | undefined; options?: RequestOptions | undefined } = {},
  ): Promise<T> {
    // Not an async function: one promise from the socket to the caller. A bad
    // argument throws inside the executor, so the call rejects (never throws).
    return new Promise<T>((resolve, reject) => {
      const call = this.#prepare(method, path, init.query, init.body, init.options);
      call.resolve = resolve as (value: unknown) => void;
      call.reject = reject;
      this.#attempt(call, 0);
    });
  }

  /** A list call: the first page, awaitable and async-iterable across all pages. */
  getPage<T>(path: string, query: Query | undefined, options: RequestOptions | undefined): PagePromise<T> {
    const fetchPage = async (cursor: string | null): Promise<Page<T>> => {
      const params: Query = { ...query };
      if (cursor !== null) params['starting_after'] = cursor;
      const body = await this.request<PageBody<T>>('GET', path, { query: params, options });
      return new Page<T>(body, fetchPage);
    };
    return new PagePromise<T>(fetchPage(null));
  }

  // --- one call ------------------------------------------------------------------------

  #prepare(
    method: string,
    path: string,
    query: Query | undefined,
    body: object | undefined,
    options: RequestOptions = NO_OPTIONS,
  ): Call {
    if (options !== NO_OPTIONS) {
      for (const key of Object.keys(options)) {
        if (!REQUEST_OPTION_KEYS.has(key)) {
          throw new TypeError(`unknown request option ${JSON.stringify(key)} (expected one of ${[...REQUEST_OPTION_KEYS].join(', ')})`);
        }
      }
    }
    const queryText = query === undefined ? '' : encodeQuery(query);
    const headers = this.#defaultHeaders.slice();
    let bytes: Uint8Array | undefined;
    if (body !== undefined) {
      // Serialised once: these exact bytes are signed on every attempt and sent.
      const json = JSON.stringify(body);
      bytes = NodeBuffer === undefined ? encoder.encode(json) : NodeBuffer.from(json, 'utf8');
      setHeader(headers, 'Content-Type', 'application/json');
    }
    if (method === 'POST') {
      // One key per call, identical on every retry: what makes retrying a POST safe.
      setHeader(headers, IDEMPOTENCY_HEADER, options.idempotencyKey ?? randomUUID());
    }
    if (options.headers !== undefined) addHeaders(headers, options.headers);
    return {
      method,
      path,
      url: this.#root + path + (queryText ? `?${queryText}` : ''),
      // The path as sent on the wire (any path prefix of the base URL included).
      lines: RequestSigner.lines(method, this.#basePath + path, queryText, bytes ?? ''),
      headers,
      body: bytes,
      // The client's own values were checked by the constructor.
      timeout: options.timeout == null ? this.timeout : checkMillis(options.timeout, 'timeout'),
      maxRetries: options.maxRetries == null ? this.maxRetries : checkCount(options.maxRetries, 'maxRetries'),
      deadline: options.deadline === undefined ? this.deadline : checkMillis(options.deadline, 'deadline'),
      signal: options.signal,
      started: Date.now(),
      resolve: noop,
      reject: noop,
    };
  }

  /** The headers of one attempt: the call's, then its own timestamp, nonce and signature. */
  #signedHeaders(call: Call): string[] {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = newNonce();
    const signature = this.#signer.sign(timestamp, nonce, call.lines);
    // Debug: the string signed (every line of it came from the request; never the
    // secret or the signature), to diff against the sandbox's expected_string_to_sign.
    this.#log?.(`[paycrypt] string to sign for ${call.method} ${call.url}:\n${RequestSigner.text(timestamp, nonce, call.lines)}`);
    // One fresh list per attempt (a transport may add to it).
    const headers = call.headers.slice();
    headers.push(HEADER_KEY, this.apiKey, HEADER_TIMESTAMP, timestamp, HEADER_NONCE, nonce, HEADER_SIGNATURE, signature);
    return headers;
  }

  /**
   * Attempt number `attempt` of a call: sign and send; on success settle the
   * call with the parsed body, on failure go to {@link #retryOrThrow}, which
   * waits and comes back here. Never throws: everything ends in the call's
   * resolve or reject.
   */
  #attempt(call: Call, attempt: number): void {
    let timeout = call.timeout;
    let deadlineBound = false;
    if (call.deadline !== undefined) {
      const remaining = call.deadline - (Date.now() - call.started);
      if (remaining <= 0) {
        call.reject(
          new APITimeoutError(`${label(call)} failed: deadline of ${call.deadline} ms exceeded`, {
            method: call.method,
            path: call.path,
          }),
        );
        return;
      }
      if (remaining < timeout) [timeout, deadlineBound] = [remaining, true];
    }
    const log = this.#log;
    let attemptStarted = 0;
    try {
      const headers = this.#signedHeaders(call);
      if (log !== undefined) {
        log(
          `[paycrypt] request ${call.method} ${call.url} attempt=${attempt + 1} ` +
            `headers=${JSON.stringify(redactHeaders(headers))}`,
        );
        attemptStarted = Date.now();
      }
      const request = { method: call.method, url: call.url, headers, body: call.body, timeout, signal: call.signal };
      this.#transport(request, (error, response) => {
        try {
          if (error === null) {
            const { status, body } = response as TransportResponse;
            if (log !== undefined) {
              log(
                `[paycrypt] response ${label(call)} ${status} ` +
                  `requestId=${(response as TransportResponse).headers[REQUEST_ID_LOWER] ?? '-'} elapsed=${Date.now() - attemptStarted}ms`,
              );
            }
            if (status >= 200 && status < 300) call.resolve(body === '' ? undefined : JSON.parse(body));
            else this.#retryOrThrow(call, attempt, this.#statusFailure(call, response as TransportResponse));
          } else if (error instanceof AbortedError) {
            call.reject(error.reason);
          } else if (error instanceof TransportError) {
            this.#retryOrThrow(call, attempt, this.#transportFailure(call, error, timeout, deadlineBound));
          } else {
            call.reject(error);
          }
        } catch (thrown) {
          call.reject(thrown);
        }
      });
    } catch (error) {
      call.reject(error);
    }
  }

  /** After a failed attempt: reject, or wait (back-off or `Retry-After`) and try again. */
  #retryOrThrow(call: Call, attempt: number, failure: Failure): void {
    const { error, retryable, reason, retryAfter } = failure;
    if (!retryable || attempt >= call.maxRetries) return call.reject(error);
    const delay = retryAfter ?? backoffDelay(attempt, this._random);
    if (call.deadline !== undefined && Date.now() - call.started + delay >= call.deadline) return call.reject(error);
    this.#log?.(`[paycrypt] retrying ${label(call)} (${reason}): retry ${attempt + 1} in ${Math.round(delay)}ms`);
    this.#wait(call, attempt, delay, reason).then(() => this.#attempt(call, attempt + 1), call.reject);
  }

  async #wait(call: Call, attempt: number, delay: number, reason: string): Promise<void> {
    if (this.onRetry !== undefined) await this.onRetry({ attempt: attempt + 1, delayMs: delay, reason });
    await this._sleep(delay, call.signal);
  }

  #transportFailure(call: Call, thrown: TransportError, timeout: number, deadlineBound: boolean): Failure {
    const where = { method: call.method, path: call.path, cause: thrown };
    if (thrown.kind === 'timeout') {
      const what = deadlineBound ? `deadline of ${call.deadline} ms exceeded` : `timed out after ${timeout} ms`;
      return { error: new APITimeoutError(`${label(call)} failed: ${what}`, where), retryable: true, reason: 'timeout' };
    }
    return {
      error: new APIConnectionError(`${label(call)} failed: connection error (${thrown.message})`, where),
      retryable: true,
      reason: 'connection error',
    };
  }

  #statusFailure(call: Call, response: TransportResponse): Failure {
    const retryAfter = parseRetryAfter(response.headers['retry-after']);
    const error = this.#statusError(call, response, retryAfter);
    const reason = error.code ? `${response.status} ${error.code}` : String(response.status);
    const retryable = isRetryableStatus(response.status, error.code);
    if (retryable && retryAfterTooLong(retryAfter)) {
      // Not worth waiting for: say when to come back instead.
      return { error: this.#tooLongError(error, retryAfter as number), retryable: false, reason, retryAfter };
    }
    return { error, retryable, reason, retryAfter };
  }

  #statusError(call: Call, response: TransportResponse, retryAfter: number | undefined): APIStatusError {
    let problem: Record<string, unknown> = {};
    let parsed: unknown;
    try {
      parsed = response.body === '' ? undefined : JSON.parse(response.body);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        problem = parsed as Record<string, unknown>;
      }
    } catch {
      parsed = response.body;
    }
    const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
    const code = str(problem['code']);
    const title = str(problem['title']);
    const detail = str(problem['detail']);
    const errors = Array.isArray(problem['errors']) ? (problem['errors'] as ProblemFieldError[]) : undefined;
    const requestId = response.headers[REQUEST_ID_LOWER] ?? str(problem['request_id']);
    let message = `${label(call)} failed: ${response.status}`;
    if (code) message += ` ${code}`;
    if (detail || title) message += ` — ${detail ?? title}`;
    if (errors && errors.length > 0) {
      message += ` [${errors.map((e) => `${e?.field}: ${e?.message}`).join('; ')}]`;
    }
    if (response.status === 401 && code === 'timestamp_out_of_range') {
      message +=
        ` — the server's clock says ${String(problem['server_time'] ?? '?')}, this machine's says ` +
        `${Math.floor(Date.now() / 1000)}: check the system clock (NTP)`;
    }
    if (requestId) message += ` (requestId=${requestId})`;
    const ErrorClass = statusErrorClass(response.status);
    return new ErrorClass(message, {
      method: call.method,
      path: call.path,
      status: response.status,
      code,
      title,
      detail,
      errors,
      requestId,
      headers: response.headers,
      retryAfter,
      body: parsed,
    });
  }

  #tooLongError(error: APIStatusError, retryAfter: number): APIStatusError {
    const when = new Date(Date.now() + retryAfter).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const message =
      `${error.message} — the server asks to retry after ${Math.round(retryAfter / 1000)} s ` +
      `(not before ${when}), longer than the SDK waits (${MAX_RETRY_AFTER / 1000} s)`;
    const ErrorClass = error.status === 429 ? RateLimitError : (error.constructor as typeof APIStatusError);
    return new ErrorClass(message, {
      method: error.method,
      path: error.path,
      status: error.status,
      code: error.code,
      title: error.title,
      detail: error.detail,
      errors: error.errors,
      requestId: error.requestId,
      headers: error.headers,
      retryAfter,
      body: error.body,
    });
  }
}
