/**
 * Request and webhook signing for PayCrypt: pure functions over strings and
 * bytes, built on `node:crypto` alone and tested against the shared vectors in
 * `contract-tests/vectors/`.
 *
 * Requests (merchant → gateway) use `PAYCRYPT-HMAC-SHA256` v1:
 *
 * ```ts
 * const signature = signRequest('sk_test_demo', {
 *   method: 'GET', path: '/v1/payments', query: 'status=pending&limit=10',
 *   timestamp: 1767225600, nonce: newNonce(), body: '',
 * }); // 'v1=…'
 * ```
 *
 * Webhooks (gateway → merchant) carry `PayCrypt-Webhook-Signature: t=…,v1=…`:
 *
 * ```ts
 * const reason = checkWebhookSignature(rawBody, header, process.env.PAYCRYPT_WEBHOOK_SECRET);
 * if (reason !== null) return res.status(400).send(reason);
 * ```
 *
 * Decisions shared with every other implementation (and pinned by the vectors):
 * a `%` in a query that does not start a two-hex-digit escape is a literal
 * `%` (re-encoded as `%25`); signatures are lowercase hex, so upper-case hex
 * never matches; the webhook MAC covers the header's `t` text exactly as
 * written; secrets are HMAC keys as their UTF-8 bytes.
 */

import { createHash, createHmac, randomFillSync, timingSafeEqual } from 'node:crypto';

export const SCHEME = 'PAYCRYPT-HMAC-SHA256';
export const WEBHOOK_SCHEME = 'PAYCRYPT-WEBHOOK-HMAC-SHA256';
export const SIGNATURE_VERSION = 'v1';

export const HEADER_KEY = 'PayCrypt-Key';
export const HEADER_TIMESTAMP = 'PayCrypt-Timestamp';
export const HEADER_NONCE = 'PayCrypt-Nonce';
export const HEADER_SIGNATURE = 'PayCrypt-Signature';
export const WEBHOOK_SIGNATURE_HEADER = 'PayCrypt-Webhook-Signature';
export const WEBHOOK_EVENT_ID_HEADER = 'PayCrypt-Event-Id';

/** Seconds a webhook timestamp may differ from the receiver's clock, either way. */
export const WEBHOOK_DEFAULT_TOLERANCE = 300;

/** Every reason `checkWebhookSignature` can give, in the order the checks run. */
export const WEBHOOK_FAILURE_REASONS = [
  'empty_secret',
  'malformed_header',
  'no_signature',
  'signature_mismatch',
  'timestamp_too_old',
  'timestamp_in_future',
] as const;

export type WebhookFailureReason = (typeof WEBHOOK_FAILURE_REASONS)[number];

/** Body or payload: a string is signed as its UTF-8 encoding. */
export type SignableBody = string | Uint8Array;

export interface RequestToSign {
  /** HTTP method; upper-cased before signing. */
  method: string;
  /** The path exactly as sent on the wire (percent-encoded), without the query. */
  path: string;
  /** The raw query string as sent, without the leading `?` (`''` for none). */
  query: string;
  /** Unix seconds, as a number or as the header's decimal text. */
  timestamp: number | string;
  /** The `PayCrypt-Nonce` value (16+ random bytes, lowercase hex). */
  nonce: string;
  /** The exact body sent (`''` or an empty array for none). */
  body: SignableBody;
}

export interface CheckWebhookOptions {
  /** Allowed clock difference in seconds, either way (default 300). */
  tolerance?: number;
  /** The receiver's clock in unix seconds (default: now). */
  now?: number;
}

// --- query canonicalisation ---------------------------------------------------

const UNRESERVED = new Set(
  Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~', (c) => c.charCodeAt(0)),
);
const TWO_HEX = /^[0-9A-Fa-f]{2}$/;

/**
 * Turn one query name or value into the bytes it stands for: `+` is a space,
 * `%` plus two hex digits is that byte, anything else is its own UTF-8.
 */
function queryComponentBytes(text: string): number[] {
  const bytes: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '+') {
      bytes.push(0x20);
      i += 1;
      continue;
    }
    if (ch === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (TWO_HEX.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 3;
        continue;
      }
      // Not an escape: the '%' is data.
      bytes.push(0x25);
      i += 1;
      continue;
    }
    const codePoint = text.codePointAt(i) as number;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw new TypeError('query contains a lone UTF-16 surrogate and cannot be encoded as UTF-8');
    }
    const char = String.fromCodePoint(codePoint);
    for (const byte of Buffer.from(char, 'utf8')) bytes.push(byte);
    i += char.length;
  }
  return bytes;
}

function rfc3986(bytes: readonly number[]): string {
  let out = '';
  for (const byte of bytes) {
    out += UNRESERVED.has(byte) ? String.fromCharCode(byte) : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function compareAscii(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Canonical form of a raw query string (as sent, without `?`): pairs split
 * on `&` and the first `=`, decoded to bytes, re-encoded per RFC 3986 with
 * upper-case hex, sorted by name then value in byte order, joined with `&`.
 *
 * `canonicalQuery('status=pending&limit=10&q=a+b')` → `'limit=10&q=a%20b&status=pending'`
 */
export function canonicalQuery(rawQuery: string): string {
  if (typeof rawQuery !== 'string') {
    throw new TypeError(`query must be a string (the raw query string), not ${describe(rawQuery)}`);
  }
  if (rawQuery === '') return '';
  const pairs: Array<[string, string]> = [];
  for (const piece of rawQuery.split('&')) {
    if (piece.length === 0) continue;
    const eq = piece.indexOf('=');
    const rawName = eq === -1 ? piece : piece.slice(0, eq);
    const rawValue = eq === -1 ? '' : piece.slice(eq + 1);
    pairs.push([rfc3986(queryComponentBytes(rawName)), rfc3986(queryComponentBytes(rawValue))]);
  }
  // Encoded text is ASCII only, so UTF-16 code-unit order equals byte order.
  pairs.sort((x, y) => compareAscii(x[0], y[0]) || compareAscii(x[1], y[1]));
  return pairs.map(([name, value]) => `${name}=${value}`).join('&');
}

// --- request signing ------------------------------------------------------------

const METHOD_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DECIMAL = /^[0-9]+$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function toBytes(value: unknown, what: string): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError(
    `${what} must be a string or bytes (got ${describe(value)}): pass the raw request body, not parsed JSON`,
  );
}

function timestampText(timestamp: unknown): string {
  if (typeof timestamp === 'number') {
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
      throw new RangeError('timestamp must be a non-negative integer number of unix seconds');
    }
    return String(timestamp);
  }
  if (typeof timestamp === 'string') {
    if (!DECIMAL.test(timestamp)) throw new RangeError('timestamp must be unix seconds written as decimal digits');
    return timestamp;
  }
  throw new TypeError(`timestamp must be a number or a decimal string, not ${describe(timestamp)}`);
}

function secretKey(secret: unknown, what: string): Buffer {
  if (typeof secret !== 'string') throw new TypeError(`${what} must be a string, not ${describe(secret)}`);
  if (secret.length === 0) throw new RangeError(`${what} must not be empty`);
  return Buffer.from(secret, 'utf8');
}

/**
 * Lines 4–7 of the string to sign (method, path, canonical query, body
 * digest), checked: the part that stays the same on every attempt of a call.
 */
function requestLines(method: unknown, path: unknown, query: unknown, body: unknown): string {
  if (typeof method !== 'string' || !METHOD_TOKEN.test(method)) {
    throw new RangeError("method must be an HTTP method token such as 'GET' or 'POST'");
  }
  if (typeof path !== 'string' || path.length === 0) throw new RangeError('path must be a non-empty string');
  if (/[?#]/.test(path)) throw new RangeError('path must not contain the query string; pass it separately as query');
  if (/[\r\n]/.test(path)) throw new RangeError('path must not contain line breaks');
  const bodyDigest = createHash('sha256').update(toBytes(body, 'body')).digest('hex');
  return `${method.toUpperCase()}\n${path}\n${canonicalQuery(query as string)}\n${bodyDigest}`;
}

/** The whole string to sign from its checked parts. */
function signedText(timestamp: string, nonce: string, lines: string): string {
  return `${SCHEME}\n${timestamp}\n${nonce}\n${lines}`;
}

function checkNonce(nonce: unknown): string {
  if (typeof nonce !== 'string' || nonce.length === 0 || /[\r\n]/.test(nonce)) {
    throw new RangeError('nonce must be a non-empty string without line breaks');
  }
  return nonce;
}

function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

/** The `PAYCRYPT-HMAC-SHA256` string to sign, seven lines joined by `\n`. */
export function stringToSign(request: RequestToSign): string {
  const { method, path, query, timestamp, nonce, body } = request;
  const lines = requestLines(method, path, query, body);
  return signedText(timestampText(timestamp), checkNonce(nonce), lines);
}

/** The `PayCrypt-Signature` header value: `v1=` + lowercase hex HMAC-SHA256. */
export function signRequest(secret: string, request: RequestToSign): string {
  const key = secretKey(secret, 'api secret');
  return `${SIGNATURE_VERSION}=${hmacHex(key, stringToSign(request))}`;
}

/**
 * @internal The client's signer (the same bytes as {@link signRequest}):
 * the secret becomes key bytes once per client, the lines that do not change
 * between attempts once per call ({@link RequestSigner.lines}), and each
 * attempt adds only its own timestamp and nonce, which the client made.
 */
export class RequestSigner {
  readonly #key: Buffer;

  constructor(secret: string) {
    this.#key = secretKey(secret, 'api secret');
  }

  /** Lines 4–7 for one call; throws like {@link stringToSign} on a bad method, path or query. */
  static lines(method: string, path: string, query: string, body: SignableBody): string {
    return requestLines(method, path, query, body);
  }

  /** The string to sign for one attempt (for debug logs). */
  static text(timestamp: string, nonce: string, lines: string): string {
    return signedText(timestamp, nonce, lines);
  }

  sign(timestamp: string, nonce: string, lines: string): string {
    return `${SIGNATURE_VERSION}=${hmacHex(this.#key, signedText(timestamp, nonce, lines))}`;
  }
}

function constantTimeEqual(expected: Buffer, given: Buffer): boolean {
  if (expected.length !== given.length) {
    // Still spend a comparison so a length mismatch is not visibly faster.
    timingSafeEqual(expected, expected);
    return false;
  }
  return timingSafeEqual(expected, given);
}

/**
 * Whether `signature` (the header value, `v1=…`) signs this request. For
 * servers: ill-formed input gives `false`, never an exception. Freshness of
 * the timestamp and nonce reuse are the caller's to check.
 */
export function verifyRequestSignature(secret: string, signature: string, request: RequestToSign): boolean {
  if (typeof secret !== 'string' || secret.length === 0 || typeof signature !== 'string') return false;
  let expected: string;
  try {
    expected = signRequest(secret, request);
  } catch {
    return false;
  }
  return constantTimeEqual(Buffer.from(expected, 'ascii'), Buffer.from(signature, 'utf8'));
}

const NONCE_BYTES = 16;
// Random bytes for 256 nonces per call into the CSPRNG (as Node pools them for
// randomUUID): `randomBytes(16)` per nonce is a native call of about 2 µs,
// a measurable part of a request to a nearby server. Each byte is used once.
const NONCE_POOL_BYTES = NONCE_BYTES * 256;
let noncePool: Buffer | undefined;
let nonceOffset = NONCE_POOL_BYTES;

/** A fresh nonce: 16 random bytes (from the platform CSPRNG) as 32 lowercase hex characters. */
export function newNonce(): string {
  if (nonceOffset === NONCE_POOL_BYTES) {
    noncePool ??= Buffer.alloc(NONCE_POOL_BYTES);
    randomFillSync(noncePool);
    nonceOffset = 0;
  }
  const nonce = (noncePool as Buffer).toString('hex', nonceOffset, nonceOffset + NONCE_BYTES);
  nonceOffset += NONCE_BYTES;
  return nonce;
}

// --- webhooks ----------------------------------------------------------------------

function webhookMac(key: Buffer, timestamp: string, payload: Buffer): string {
  return createHmac('sha256', key).update(`${timestamp}.`, 'ascii').update(payload).digest('hex');
}

/** Lowercase hex HMAC-SHA256(secret, `${timestamp}.` + payload). */
export function webhookSignature(secret: string, payload: SignableBody, timestamp: number): string {
  const key = secretKey(secret, 'webhook secret');
  const bytes = toBytes(payload, 'payload');
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new RangeError('timestamp must be a non-negative integer number of unix seconds');
  }
  return webhookMac(key, String(timestamp), bytes);
}

/** A `PayCrypt-Webhook-Signature` value, one `v1` entry per secret (for rotation). */
export function webhookHeader(secrets: string | readonly string[], payload: SignableBody, timestamp: number): string {
  const list = typeof secrets === 'string' ? [secrets] : [...secrets];
  if (list.length === 0) throw new RangeError('at least one webhook secret is required');
  const entries = list.map((secret) => `${SIGNATURE_VERSION}=${webhookSignature(secret, payload, timestamp)}`);
  return [`t=${timestamp}`, ...entries].join(',');
}

const OWS_EDGES = /^[ \t]+|[ \t]+$/g;

/** `{t, v1[]}` from a header, or `null` when the header is malformed. */
function parseWebhookHeader(header: string): { t: string; v1: string[] } | null {
  if (header.replace(OWS_EDGES, '') === '') return null;
  let t: string | null = null;
  const v1: string[] = [];
  for (const rawItem of header.split(',')) {
    const item = rawItem.replace(OWS_EDGES, '');
    const eq = item.indexOf('=');
    if (eq === -1) return null;
    const key = item.slice(0, eq);
    const value = item.slice(eq + 1);
    if (key === 't') {
      if (t !== null || !DECIMAL.test(value)) return null;
      t = value;
    } else if (key === SIGNATURE_VERSION) {
      v1.push(value);
    }
    // Any other key (v0, v2, …) is ignored.
  }
  return t === null ? null : { t, v1 };
}

/**
 * Check a webhook delivery. Returns `null` when it is genuine and fresh,
 * otherwise the first failing check's reason, in this order: `empty_secret`
 * (fails closed, also for `undefined`), `malformed_header`, `no_signature`,
 * `signature_mismatch`, `timestamp_too_old` / `timestamp_in_future`.
 *
 * `payload` must be the raw body exactly as received (a Buffer from
 * `express.raw()`, or the unparsed text); a re-serialised object never matches.
 */
export function checkWebhookSignature(
  payload: SignableBody,
  header: string | null | undefined,
  secret: string | null | undefined,
  options: CheckWebhookOptions = {},
): WebhookFailureReason | null {
  const bytes = toBytes(payload, 'payload');
  const tolerance = options.tolerance ?? WEBHOOK_DEFAULT_TOLERANCE;
  if (!Number.isSafeInteger(tolerance) || tolerance < 0) {
    throw new RangeError('tolerance must be a non-negative integer number of seconds');
  }
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(now)) throw new RangeError('now must be an integer number of unix seconds');

  if (secret === undefined || secret === null || secret === '') return 'empty_secret';
  if (typeof secret !== 'string') throw new TypeError(`webhook secret must be a string, not ${describe(secret)}`);
  if (typeof header !== 'string') return 'malformed_header';
  const parsed = parseWebhookHeader(header);
  if (parsed === null) return 'malformed_header';
  if (parsed.v1.length === 0) return 'no_signature';

  const expected = Buffer.from(webhookMac(Buffer.from(secret, 'utf8'), parsed.t, bytes), 'ascii');
  let matched = false;
  for (const candidate of parsed.v1) {
    // Check every entry; no early exit.
    if (constantTimeEqual(expected, Buffer.from(candidate, 'utf8'))) matched = true;
  }
  if (!matched) return 'signature_mismatch';

  // BigInt: `t` may have any number of digits.
  const age = BigInt(now) - BigInt(parsed.t);
  if (age > BigInt(tolerance)) return 'timestamp_too_old';
  if (-age > BigInt(tolerance)) return 'timestamp_in_future';
  return null;
}
