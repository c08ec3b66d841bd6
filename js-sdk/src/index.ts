/**
 * PayCrypt for Node.js: `new PayCrypt({...})` (./client.ts), the error tree
 * (./errors.ts), webhook verification (./webhooks.ts), the API's types
 * (./types.ts, from openapi.yaml) and the signing core (./signing.ts).
 */

export { PayCrypt } from './client.js';
export { APIClient, encodeQuery, pathParam } from './core.js';
export type { ClientOptions, RequestOptions } from './core.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT,
  DEFAULT_WEBHOOK_TOLERANCE,
  SANDBOX_BASE_URL,
} from './constants.js';
export {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PayCryptError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WebhookHeaderError,
  WebhookPayloadTypeError,
  WebhookSecretMissingError,
  WebhookSignatureError,
  WebhookTimestampInFutureError,
  WebhookTimestampTooOldError,
  WebhookVerificationError,
} from './errors.js';
export type { APIStatusErrorInit, ProblemFieldError, WebhookVerificationReason } from './errors.js';
export { Page, PagePromise } from './pagination.js';
export type { PageBody } from './pagination.js';
export type { OnRetry, RetryInfo } from './retry.js';
export type { FetchLike } from './transport.js';
export { Webhooks, webhooks } from './webhooks.js';
export type { RawBody, TestHeaderOptions, VerifyOptions } from './webhooks.js';
export type * from './types.js';
export { VERSION } from './version.js';

export {
  HEADER_KEY,
  HEADER_NONCE,
  HEADER_SIGNATURE,
  HEADER_TIMESTAMP,
  SCHEME,
  SIGNATURE_VERSION,
  WEBHOOK_DEFAULT_TOLERANCE,
  WEBHOOK_EVENT_ID_HEADER,
  WEBHOOK_FAILURE_REASONS,
  WEBHOOK_SCHEME,
  WEBHOOK_SIGNATURE_HEADER,
  canonicalQuery,
  checkWebhookSignature,
  newNonce,
  signRequest,
  stringToSign,
  verifyRequestSignature,
  webhookHeader,
  webhookSignature,
} from './signing.js';
export type { CheckWebhookOptions, RequestToSign, SignableBody, WebhookFailureReason } from './signing.js';
