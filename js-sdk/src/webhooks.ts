/**
 * Verify the webhooks PayCrypt sends you, and build signed test deliveries.
 *
 * Always verify the **raw request body**, before parsing it: a body that has
 * been parsed and re-serialised no longer matches its signature.
 *
 * - Express: `express.raw({ type: 'application/json' })`, then `req.body` (a Buffer)
 * - Next.js route handler: `await req.text()`
 * - Fastify: a raw-body content-type parser (`parseAs: 'buffer'`)
 *
 * ```ts
 * import { PayCrypt, WebhookVerificationError } from 'paycrypt';
 *
 * try {
 *   const event = PayCrypt.webhooks.verify(req.body, req.headers['paycrypt-webhook-signature'], secret);
 *   // delivery is at-least-once: dedupe on event.id
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError) return res.status(400).send(err.reason);
 *   throw err;
 * }
 * ```
 *
 * | reason                | error                              |
 * | --------------------- | ---------------------------------- |
 * | `empty_secret`        | `WebhookSecretMissingError`        |
 * | `malformed_header`    | `WebhookHeaderError`               |
 * | `no_signature`        | `WebhookHeaderError`               |
 * | `signature_mismatch`  | `WebhookSignatureError`            |
 * | `timestamp_too_old`   | `WebhookTimestampTooOldError`      |
 * | `timestamp_in_future` | `WebhookTimestampInFutureError`    |
 * | `not_raw_body`        | `WebhookPayloadTypeError`          |
 * | `invalid_payload`     | `WebhookVerificationError` (signed, but not a JSON event) |
 */

import { DEFAULT_WEBHOOK_TOLERANCE } from './constants.js';
import {
  WebhookHeaderError,
  WebhookPayloadTypeError,
  WebhookSecretMissingError,
  WebhookSignatureError,
  WebhookTimestampInFutureError,
  WebhookTimestampTooOldError,
  WebhookVerificationError,
} from './errors.js';
import {
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  checkWebhookSignature,
  webhookHeader,
  type WebhookFailureReason,
} from './signing.js';
import type { WebhookEvent } from './types.js';

export interface VerifyOptions {
  /** Seconds the timestamp may differ from `now`, either way (default 300). */
  tolerance?: number | undefined;
  /** The receiver's clock in unix seconds (default: the system clock). */
  now?: number | undefined;
}

export interface TestHeaderOptions {
  /** Unix seconds (default: now). */
  timestamp?: number | undefined;
}

/** What a raw body may be: the bytes as received, or their exact text. */
export type RawBody = string | Uint8Array;

const RAW_BODY_HINT =
  "pass the raw request body: Express — use express.raw({type: 'application/json'}) for the webhook route " +
  "(not express.json()); Next.js — await req.text(); Fastify — a content-type parser with parseAs: 'buffer'";

const FAILURES: Record<WebhookFailureReason, [typeof WebhookVerificationError, string]> = {
  empty_secret: [
    WebhookSecretMissingError,
    'no webhook secret configured: refusing to accept the delivery (fail closed)',
  ],
  malformed_header: [
    WebhookHeaderError,
    `the ${WEBHOOK_SIGNATURE_HEADER} header is missing or malformed (expected t=<unix>,v1=<hex>)`,
  ],
  no_signature: [WebhookHeaderError, `the ${WEBHOOK_SIGNATURE_HEADER} header has no v1 signature`],
  signature_mismatch: [
    WebhookSignatureError,
    `no v1 signature matches the webhook secret (wrong secret, or the body was modified or re-serialised — ${RAW_BODY_HINT})`,
  ],
  timestamp_too_old: [
    WebhookTimestampTooOldError,
    'the webhook timestamp is older than the tolerance allows (a replay, or clock skew)',
  ],
  timestamp_in_future: [
    WebhookTimestampInFutureError,
    'the webhook timestamp is further in the future than the tolerance allows (clock skew)',
  ],
};

function rawBytes(payload: unknown): RawBody {
  if (typeof payload === 'string' || payload instanceof Uint8Array) return payload;
  const kind = payload === null ? 'null' : Array.isArray(payload) ? 'an array' : `a ${typeof payload}`;
  const parsed = payload !== null && typeof payload === 'object' ? ' (already-parsed JSON?)' : '';
  throw new WebhookPayloadTypeError(
    `webhook payload must be the raw body as a Buffer, Uint8Array or string, not ${kind}${parsed}: ${RAW_BODY_HINT}`,
    'not_raw_body',
  );
}

function headerValue(header: unknown): string | undefined {
  // Node gives string | string[] | undefined; a repeated header is joined like any list header.
  if (Array.isArray(header)) return header.join(',');
  if (header === undefined || header === null) return undefined;
  if (typeof header !== 'string') {
    throw new TypeError(`header must be the ${WEBHOOK_SIGNATURE_HEADER} header value (a string)`);
  }
  return header;
}

/** The webhook helper: `PayCrypt.webhooks` (static) and `client.webhooks` are this object. */
export class Webhooks {
  readonly SIGNATURE_HEADER = WEBHOOK_SIGNATURE_HEADER;
  readonly EVENT_ID_HEADER = WEBHOOK_EVENT_ID_HEADER;

  /**
   * Check the signature only; throws a {@link WebhookVerificationError} subclass
   * when it fails. `secret` may be a list while you rotate: any one may match.
   */
  verifySignature(
    rawBody: RawBody,
    header: string | string[] | null | undefined,
    secret: string | readonly string[] | null | undefined,
    options: VerifyOptions = {},
  ): void {
    const payload = rawBytes(rawBody);
    const value = headerValue(header);
    const tolerance = options.tolerance ?? DEFAULT_WEBHOOK_TOLERANCE;
    const check = { tolerance, ...(options.now === undefined ? {} : { now: options.now }) };
    let secrets = typeof secret === 'string' || secret === null || secret === undefined ? [secret] : [...secret];
    secrets = secrets.filter((s) => s !== '' && s !== null && s !== undefined);
    if (secrets.length === 0) secrets = [''];
    let reason: WebhookFailureReason | null = null;
    for (const candidate of secrets) {
      reason = checkWebhookSignature(payload, value, candidate, check);
      if (reason === null) return;
      if (reason !== 'signature_mismatch') break;
    }
    const [ErrorClass, message] = FAILURES[reason as WebhookFailureReason];
    throw new ErrorClass(message, reason as WebhookFailureReason);
  }

  /**
   * Verify a delivery, then parse it into a typed event.
   *
   * `rawBody` is the body exactly as received (Buffer, Uint8Array or string);
   * `header` the `PayCrypt-Webhook-Signature` value; `secret` the endpoint's
   * `whsec_…` secret (or several during rotation).
   */
  verify(
    rawBody: RawBody,
    header: string | string[] | null | undefined,
    secret: string | readonly string[] | null | undefined,
    options: VerifyOptions = {},
  ): WebhookEvent {
    this.verifySignature(rawBody, header, secret, options);
    return this.constructEvent(rawBody);
  }

  /** Parse **already verified** raw bytes into an event. */
  constructEvent(rawBody: RawBody): WebhookEvent {
    const text = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
    let event: unknown;
    try {
      event = JSON.parse(text);
    } catch {
      throw new WebhookVerificationError('the signed payload is not valid JSON', 'invalid_payload');
    }
    if (event === null || typeof event !== 'object' || typeof (event as { id?: unknown }).id !== 'string' ||
        typeof (event as { type?: unknown }).type !== 'string') {
      throw new WebhookVerificationError('the signed payload is not a PayCrypt event (no id and type)', 'invalid_payload');
    }
    return event as WebhookEvent;
  }

  /**
   * A valid `PayCrypt-Webhook-Signature` value for `payload`, for your own tests.
   *
   * `generateTestHeader('{"id":"evt_1"}', 'whsec_demo', { timestamp: 1767225600 })` → `'t=1767225600,v1=…'`
   */
  generateTestHeader(payload: RawBody, secret: string | readonly string[], options: TestHeaderOptions = {}): string {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    return webhookHeader(secret, rawBytes(payload), timestamp);
  }
}

export const webhooks = new Webhooks();
