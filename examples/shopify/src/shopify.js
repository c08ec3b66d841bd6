// Shopify, through Shopify's own library (@shopify/shopify-api): webhook
// validation and the few Admin GraphQL calls this app makes. Nothing here
// computes an HMAC or speaks HTTP itself: API versions, headers, retries on
// throttling and the HMAC rules come with library updates.

import '@shopify/shopify-api/adapters/node';
import { LogSeverity, shopifyApi } from '@shopify/shopify-api';

/** `gid://shopify/Order/<id>` for a numeric id (given as a string: see orderIdOf). */
export function orderGid(orderId) {
  return `gid://shopify/Order/${orderId}`;
}

/**
 * The order id as a string. Shopify sends `id` as a JSON number, and real ids
 * can exceed Number.MAX_SAFE_INTEGER, so JSON.parse may round it: take it from
 * `admin_graphql_api_id` (a string) whenever it is there.
 */
export function orderIdOf(order) {
  const gid = typeof order?.admin_graphql_api_id === 'string' ? order.admin_graphql_api_id : '';
  const match = /^gid:\/\/shopify\/Order\/(\d+)$/.exec(gid);
  if (match) return match[1];
  if (Number.isSafeInteger(order?.id) && order.id > 0) return String(order.id);
  if (typeof order?.id === 'string' && /^\d+$/.test(order.id)) return order.id;
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The body as text whose UTF-8 encoding is exactly `raw`, or undefined when
 * `raw` is not valid UTF-8. (Buffer#toString('utf8') would replace invalid
 * bytes with U+FFFD, whose encoding is other bytes; a BOM is kept, not dropped.)
 */
export function exactUtf8(raw) {
  try {
    return strictUtf8.decode(raw);
  } catch {
    return undefined;
  }
}

export class ShopifyError extends Error {
  name = 'ShopifyError';
}

const SEVERITY = { [LogSeverity.Error]: 'error', [LogSeverity.Warning]: 'warn' };

/**
 * The library configured for a custom app (one shop, an offline Admin API
 * access token, no OAuth), plus the app's calls.
 */
export class ShopifyAdmin {
  constructor({ shopDomain, apiSecret, adminToken, apiVersion, adminApiHost, logger }) {
    this.api = shopifyApi({
      apiSecretKey: apiSecret, // verifies X-Shopify-Hmac-Sha256
      adminApiAccessToken: adminToken,
      isCustomStoreApp: true,
      apiVersion,
      // The app's own public host, used by OAuth redirects only: a custom app has none.
      hostName: 'localhost',
      isEmbeddedApp: false,
      // Tests (or a proxy) serve the Admin API elsewhere; the library still speaks HTTPS to it.
      domainTransformations: adminApiHost
        ? [{ match: new RegExp(`^${shopDomain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), transform: adminApiHost }]
        : undefined,
      logger: {
        level: LogSeverity.Warning,
        log: async (severity, message) => logger?.[SEVERITY[severity] ?? 'info']?.(`shopify-api: ${message}`),
      },
    });
    this.session = this.api.session.customAppSession(shopDomain);
    this.client = new this.api.clients.Graphql({ session: this.session });
  }

  /**
   * Check a webhook delivery with the library: HMAC over the raw body and the
   * required X-Shopify-* headers. Resolves to {valid, reason?, topic, domain, webhookId…}.
   * `rawText` must be exactUtf8(raw body): the library HMACs its UTF-8 encoding.
   */
  validateWebhook(rawText, req, res) {
    return this.api.webhooks.validate({ rawBody: rawText, rawRequest: req, rawResponse: res });
  }

  async #request(operation, variables) {
    // `retries` covers 429 / 503 answers (Shopify's throttling); GraphQL
    // errors and other HTTP failures throw.
    const { data } = await this.client.request(operation, { variables, retries: 2 });
    return data;
  }

  /**
   * The live order: what decides whether a payment may be created or the
   * order marked paid. A replayed webhook body is old news; this is not.
   */
  async getOrder(gid, namespace = 'paycrypt') {
    const data = await this.#request(
      `query PayCryptOrderState($id: ID!, $namespace: String!) {
  order(id: $id) {
    id
    name
    cancelledAt
    canMarkAsPaid
    displayFinancialStatus
    totalOutstandingSet { shopMoney { amount currencyCode } }
    paymentId: metafield(namespace: $namespace, key: "payment_id") { value }
  }
}`,
      { id: gid, namespace },
    );
    return data?.order ?? null;
  }

  /**
   * `orderUpdate`: store the payment link in metafields (`<ns>.payment_url`,
   * `<ns>.payment_id`). Nothing else: the note and tags are the staff's, and
   * Shopify offers no compare-and-set to change them without a lost update.
   */
  async attachPaymentLink(gid, { paymentId, hostedUrl, namespace = 'paycrypt' }) {
    const input = {
      id: gid,
      metafields: [
        { namespace, key: 'payment_url', type: 'url', value: hostedUrl },
        { namespace, key: 'payment_id', type: 'single_line_text_field', value: paymentId },
      ],
    };
    const data = await this.#request(
      `mutation PayCryptAttachLink($input: OrderInput!) {
  orderUpdate(input: $input) {
    order { id }
    userErrors { field message }
  }
}`,
      { input },
    );
    return userErrorsOrResult(data?.orderUpdate, 'orderUpdate');
  }

  /** `orderMarkAsPaid`: records a manual payment for the order's outstanding amount. */
  async markAsPaid(gid) {
    const data = await this.#request(
      `mutation PayCryptMarkAsPaid($input: OrderMarkAsPaidInput!) {
  orderMarkAsPaid(input: $input) {
    order { id displayFinancialStatus }
    userErrors { field message }
  }
}`,
      { input: { id: gid } },
    );
    return userErrorsOrResult(data?.orderMarkAsPaid, 'orderMarkAsPaid');
  }
}

function userErrorsOrResult(payload, name) {
  if (!payload) throw new ShopifyError(`${name}: empty response`);
  if (Array.isArray(payload.userErrors) && payload.userErrors.length > 0) {
    const text = payload.userErrors.map((e) => `${(e.field ?? []).join('.')}: ${e.message}`).join('; ');
    throw new ShopifyError(`${name} failed: ${text}`);
  }
  return payload.order;
}
