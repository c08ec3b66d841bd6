// Shopify: webhook verification and the few Admin GraphQL calls this app makes.

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Check `X-Shopify-Hmac-Sha256`: base64 HMAC-SHA256 of the **raw** body bytes,
 * keyed with the app's API secret (the "client secret" of the custom app).
 * Fails closed (no secret, no header → false); compares in constant time.
 */
export function verifyShopifyHmac(rawBody, header, secret) {
  if (!secret || typeof header !== 'string' || header.length === 0) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  const given = Buffer.from(header.trim(), 'base64');
  // timingSafeEqual throws on different lengths; the length of an HMAC is not a secret.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

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

export class ShopifyError extends Error {
  name = 'ShopifyError';
  constructor(message, { retryable = false, details } = {}) {
    super(message);
    this.retryable = retryable;
    this.details = details;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A minimal Admin GraphQL client: POST {query, variables} with the access token. */
export class ShopifyAdmin {
  constructor({ graphqlUrl, adminToken, timeoutMs = 10_000, maxRetries = 3, fetchImpl = globalThis.fetch }) {
    this.graphqlUrl = graphqlUrl;
    this.adminToken = adminToken;
    this.timeoutMs = timeoutMs;
    this.maxRetries = maxRetries;
    this.fetch = fetchImpl;
  }

  /** Run one query or mutation; retries throttling (429, THROTTLED) and 5xx; returns `data`. */
  async graphql(query, variables = {}) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#once(query, variables);
      } catch (err) {
        if (!(err instanceof ShopifyError) || !err.retryable || attempt >= this.maxRetries) throw err;
        await sleep(Math.min(4000, 500 * 2 ** attempt));
      }
    }
  }

  async #once(query, variables) {
    let response;
    try {
      response = await this.fetch(this.graphqlUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-Shopify-Access-Token': this.adminToken,
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new ShopifyError(`Shopify Admin API unreachable: ${err.message}`, { retryable: true });
    }
    const text = await response.text();
    if (response.status === 429 || response.status >= 500) {
      throw new ShopifyError(`Shopify Admin API answered HTTP ${response.status}`, { retryable: true });
    }
    if (!response.ok) {
      // 401/403: wrong token or missing scope (write_orders); 404: wrong shop or API version.
      throw new ShopifyError(`Shopify Admin API answered HTTP ${response.status}: ${text.slice(0, 300)}`);
    }
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      throw new ShopifyError('Shopify Admin API answered with something that is not JSON', { retryable: true });
    }
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      const throttled = body.errors.some((e) => e?.extensions?.code === 'THROTTLED');
      throw new ShopifyError(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`, {
        retryable: throttled,
        details: body.errors,
      });
    }
    return body.data;
  }

  /** The fields needed to decide whether an order can be marked as paid. */
  async getOrderPaymentState(gid) {
    const data = await this.graphql(
      `query PayCryptOrderState($id: ID!) {
  order(id: $id) {
    id
    name
    canMarkAsPaid
    displayFinancialStatus
    totalOutstandingSet { shopMoney { amount currencyCode } }
  }
}`,
      { id: gid },
    );
    return data?.order ?? null;
  }

  /**
   * `orderUpdate`: store the payment link in metafields (`<ns>.payment_url`,
   * `<ns>.payment_id`) and, optionally, as the order note. Setting the same
   * values again is harmless, so a repeat after a restart does no damage.
   */
  async attachPaymentLink(gid, { paymentId, hostedUrl, note, namespace = 'paycrypt' }) {
    const input = {
      id: gid,
      metafields: [
        { namespace, key: 'payment_url', type: 'url', value: hostedUrl },
        { namespace, key: 'payment_id', type: 'single_line_text_field', value: paymentId },
      ],
    };
    if (note !== undefined) input.note = note;
    const data = await this.graphql(
      `mutation PayCryptAttachLink($input: OrderInput!) {
  orderUpdate(input: $input) {
    order { id note }
    userErrors { field message }
  }
}`,
      { input },
    );
    return userErrorsOrResult(data?.orderUpdate, 'orderUpdate');
  }

  /** `orderMarkAsPaid`: records a manual payment for the order's outstanding amount. */
  async markAsPaid(gid) {
    const data = await this.graphql(
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
    throw new ShopifyError(`${name} failed: ${text}`, { details: payload.userErrors });
  }
  return payload.order;
}
