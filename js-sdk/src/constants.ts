/**
 * Defaults shared by the client, the webhook helper and the README (a test
 * reads the README's configuration table and checks it against these).
 */

export const DEFAULT_BASE_URL = 'https://api.paycrypt.example';
/** The local sandbox started by `make mock`. */
export const SANDBOX_BASE_URL = 'http://127.0.0.1:8787';
/** Milliseconds per attempt (connect, send, and the whole response). */
export const DEFAULT_TIMEOUT = 30_000;
/** Retries after the first attempt; `maxRetries: 0` means exactly one attempt. */
export const DEFAULT_MAX_RETRIES = 2;
/** Seconds a webhook timestamp may differ from the receiver's clock, either way. */
export const DEFAULT_WEBHOOK_TOLERANCE = 300;

/** Base of the exponential back-off in ms (full jitter: random(0, min(cap, base * 2^n))). */
export const INITIAL_RETRY_DELAY = 500;
/** Cap on one computed back-off delay, in ms. */
export const MAX_RETRY_DELAY = 8_000;
/** A server's `Retry-After` above this (ms) is not waited for: the call throws instead. */
export const MAX_RETRY_AFTER = 60_000;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const REQUEST_ID_HEADER = 'PayCrypt-Request-Id';

export const ENV_API_KEY = 'PAYCRYPT_API_KEY';
export const ENV_API_SECRET = 'PAYCRYPT_API_SECRET';
export const ENV_BASE_URL = 'PAYCRYPT_BASE_URL';
export const ENV_LOG = 'PAYCRYPT_LOG';
