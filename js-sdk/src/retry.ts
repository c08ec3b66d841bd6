/**
 * When to retry, and how long to wait (the same rules as the Python SDK).
 *
 * Retried: connection errors (including a connection dropped after the
 * server committed), timeouts, `408`, `409 idempotency_key_in_use`, `429` and
 * every `5xx`. Never another 4xx: it would fail the same way again.
 *
 * A retried POST never charges twice because every POST carries an
 * `Idempotency-Key` that stays the same across its retries; the gateway
 * replays the stored response for a key it already committed.
 *
 * Back-off is exponential with full jitter, `random(0, min(8 s, 0.5 s * 2^n))`
 * before retry `n + 1`, unless the server sent `Retry-After` (seconds or an
 * HTTP date), honoured up to 60 s; a longer one is not waited for and the call
 * throws (a `RateLimitError` for a 429) carrying `retryAfter`.
 */

import { INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY } from './constants.js';

/** What `onRetry` is told before the SDK sleeps for a retry. */
export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  /** How long the SDK will wait before it, in ms. */
  delayMs: number;
  /** Why: `'503'`, `'409 idempotency_key_in_use'`, `'timeout'`, `'connection error'`, … */
  reason: string;
}

export type OnRetry = (info: RetryInfo) => void | Promise<void>;

/** Milliseconds to wait from a `Retry-After` value (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^[0-9]+(\.[0-9]+)?$/.test(text)) return Math.max(0, Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Full-jitter delay in ms before retry `retryNumber` (0-based). */
export function backoffDelay(retryNumber: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2 ** retryNumber);
  return random() * ceiling;
}

/** Whether an error status may be retried. */
export function isRetryableStatus(status: number, code: string | undefined): boolean {
  if (status === 408 || status === 429 || status >= 500) return true;
  // The first attempt with this key is still running: wait, then get its stored result.
  return status === 409 && code === 'idempotency_key_in_use';
}

export function retryAfterTooLong(retryAfter: number | undefined): boolean {
  return retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER;
}
