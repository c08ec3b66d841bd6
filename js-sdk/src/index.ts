/**
 * PayCrypt for Node.js. For now: the request- and webhook-signing core
 * (see ./signing.ts); the client grows around it.
 */

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
