/**
 * Every error the SDK throws on purpose.
 *
 * ```text
 * PayCryptError
 * ├── APIConnectionError              no HTTP response (DNS, refused, reset, dropped)
 * │   └── APITimeoutError             an attempt timed out, or the overall deadline ran out
 * ├── APIStatusError                  the gateway answered 4xx/5xx (status, code, title, detail,
 * │   │                               errors, requestId, headers, retryAfter, body)
 * │   ├── BadRequestError             400
 * │   ├── AuthenticationError         401 (signature_mismatch, timestamp_out_of_range, …)
 * │   ├── PermissionDeniedError       403
 * │   ├── NotFoundError               404
 * │   ├── ConflictError               409 (idempotency_key_reused, idempotency_key_in_use, …)
 * │   ├── UnprocessableEntityError    422
 * │   ├── RateLimitError              429, or a Retry-After longer than the SDK waits
 * │   └── InternalServerError         >= 500
 * └── WebhookVerificationError        a webhook delivery failed verification (reason)
 *     ├── WebhookSignatureError           "signature_mismatch"
 *     ├── WebhookTimestampTooOldError     "timestamp_too_old"
 *     ├── WebhookTimestampInFutureError   "timestamp_in_future"
 *     ├── WebhookHeaderError              "malformed_header" | "no_signature"
 *     ├── WebhookSecretMissingError       "empty_secret"
 *     └── WebhookPayloadTypeError         "not_raw_body" (handed parsed JSON, not the raw body)
 * ```
 *
 * Messages name the request:
 * `POST /v1/payments failed: 409 idempotency_key_reused — <detail> (requestId=req_…)`.
 * They never contain the API secret or a webhook secret. A call cancelled
 * with your own `AbortSignal` rejects with the signal's reason, as `fetch` does.
 */

export type ProblemFieldError = { field: string; message: string };

export class PayCryptError extends Error {
  override name = 'PayCryptError';
}

export class APIConnectionError extends PayCryptError {
  override name = 'APIConnectionError';
  /** `GET`, `POST`, … */
  readonly method: string;
  /** The request path, e.g. `/v1/payments`. */
  readonly path: string;

  constructor(message: string, init: { method?: string; path?: string; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.method = init.method ?? '';
    this.path = init.path ?? '';
  }
}

export class APITimeoutError extends APIConnectionError {
  override name = 'APITimeoutError';
}

export interface APIStatusErrorInit {
  method: string;
  path: string;
  status: number;
  code?: string | undefined;
  title?: string | undefined;
  detail?: string | undefined;
  errors?: ProblemFieldError[] | undefined;
  requestId?: string | undefined;
  headers?: Record<string, string> | undefined;
  /** Milliseconds the server asked to wait (`Retry-After`), if it said. */
  retryAfter?: number | undefined;
  /** The parsed problem+json body, if any. */
  body?: unknown;
}

export class APIStatusError extends PayCryptError {
  override name = 'APIStatusError';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Stable machine string from the problem body, e.g. `payment_not_found`. */
  readonly code: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  /** Per-field validation messages (`[{field, message}]`), empty when none. */
  readonly errors: ProblemFieldError[];
  /** The `PayCrypt-Request-Id` of the failed response: quote it to support. */
  readonly requestId: string | undefined;
  /** Response headers, names in lower case. */
  readonly headers: Record<string, string>;
  /** Milliseconds the server asked to wait before retrying (`Retry-After`), if it said. */
  readonly retryAfter: number | undefined;
  readonly body: unknown;

  constructor(message: string, init: APIStatusErrorInit) {
    super(message);
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.headers = init.headers ?? {};
    this.retryAfter = init.retryAfter;
    this.body = init.body;
  }
}

export class BadRequestError extends APIStatusError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends APIStatusError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends APIStatusError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends APIStatusError {
  override name = 'NotFoundError';
}
export class ConflictError extends APIStatusError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends APIStatusError {
  override name = 'UnprocessableEntityError';
}
/** 429, or any retryable answer whose `Retry-After` is longer than the SDK will wait. */
export class RateLimitError extends APIStatusError {
  override name = 'RateLimitError';
}
/** Any status of 500 or above. */
export class InternalServerError extends APIStatusError {
  override name = 'InternalServerError';
}

const STATUS_CLASSES: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class for an HTTP error status. */
export function statusErrorClass(status: number): typeof APIStatusError {
  if (status >= 500) return InternalServerError;
  return STATUS_CLASSES[status] ?? APIStatusError;
}

// --- webhooks ---------------------------------------------------------------------

/**
 * Reasons: `empty_secret`, `malformed_header`, `no_signature`,
 * `signature_mismatch`, `timestamp_too_old`, `timestamp_in_future`,
 * `not_raw_body`, `invalid_payload` (signed, but not a JSON event).
 */
export type WebhookVerificationReason =
  | 'empty_secret'
  | 'malformed_header'
  | 'no_signature'
  | 'signature_mismatch'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'not_raw_body'
  | 'invalid_payload';

export class WebhookVerificationError extends PayCryptError {
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;

  constructor(message: string, reason: WebhookVerificationReason) {
    super(message);
    this.reason = reason;
  }
}

export class WebhookSignatureError extends WebhookVerificationError {
  override name = 'WebhookSignatureError';
}
export class WebhookTimestampTooOldError extends WebhookVerificationError {
  override name = 'WebhookTimestampTooOldError';
}
export class WebhookTimestampInFutureError extends WebhookVerificationError {
  override name = 'WebhookTimestampInFutureError';
}
export class WebhookHeaderError extends WebhookVerificationError {
  override name = 'WebhookHeaderError';
}
export class WebhookSecretMissingError extends WebhookVerificationError {
  override name = 'WebhookSecretMissingError';
}
export class WebhookPayloadTypeError extends WebhookVerificationError {
  override name = 'WebhookPayloadTypeError';
}
