// The service: two webhook receivers on a plain node:http server.
//
//   POST /webhooks/shopify/orders-create   Shopify orders/create → a PayCrypt payment,
//                                          its link stored on the order (orderUpdate)
//   POST /webhooks/paycrypt                PayCrypt payment.confirmed → orderMarkAsPaid
//   GET  /healthz                          liveness
//
// Both webhook sources deliver at least once; see ./store.js for the dedupe.

import { createServer } from 'node:http';

import { ConflictError, PayCrypt, WebhookVerificationError } from 'paycrypt';

import { ShopifyAdmin, orderGid, orderIdOf, verifyShopifyHmac } from './shopify.js';
import { MemoryStore } from './store.js';

const MAX_BODY_BYTES = 1024 * 1024;
// Orders in these states have been paid (or settled) some other way: leave them alone.
const SETTLED_FINANCIAL_STATUSES = new Set(['paid', 'partially_refunded', 'refunded', 'voided']);

export const consoleLogger = {
  info: (msg, fields = {}) => console.log(JSON.stringify({ level: 'info', msg, ...fields })),
  warn: (msg, fields = {}) => console.warn(JSON.stringify({ level: 'warn', msg, ...fields })),
  error: (msg, fields = {}) => console.error(JSON.stringify({ level: 'error', msg, ...fields })),
};

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function readRawBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new HttpError(413, 'body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** a - b for non-negative decimal strings ("199.65", "10.0"): -1, 0 or 1, exactly. */
export function compareDecimal(a, b) {
  const [ai, af = ''] = String(a).split('.');
  const [bi, bf = ''] = String(b).split('.');
  const scale = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(scale, '0'));
  const y = BigInt(bi + bf.padEnd(scale, '0'));
  return x === y ? 0 : x > y ? 1 : -1;
}

/**
 * Create the service. `deps` lets tests (or your own wiring) pass the PayCrypt
 * client, the Shopify client, the dedupe store and the logger.
 */
export function createService(config, deps = {}) {
  const log = deps.logger ?? consoleLogger;
  const store = deps.store ?? new MemoryStore();
  const paycrypt =
    deps.paycrypt ??
    new PayCrypt({
      apiKey: config.paycrypt.apiKey,
      apiSecret: config.paycrypt.apiSecret,
      baseURL: config.paycrypt.baseURL,
    });
  const shopify =
    deps.shopify ??
    new ShopifyAdmin({ graphqlUrl: config.shopify.graphqlUrl, adminToken: config.shopify.adminToken });
  const methodName = config.shopify.paymentMethodName.trim().toLowerCase();

  /** Background jobs (Shopify order processing), so shutdown and tests can wait for them. */
  const jobs = new Set();
  function track(promise) {
    jobs.add(promise);
    promise.finally(() => jobs.delete(promise));
  }

  // --- Shopify: orders/create ------------------------------------------------------

  function isPayCryptOrder(order) {
    const names = Array.isArray(order.payment_gateway_names) ? order.payment_gateway_names : [];
    return names.some((name) => typeof name === 'string' && name.trim().toLowerCase() === methodName);
  }

  async function shopifyOrderCreated(req, res) {
    const raw = await readRawBody(req);
    if (!verifyShopifyHmac(raw, header(req, 'x-shopify-hmac-sha256'), config.shopify.apiSecret)) {
      log.warn('shopify webhook rejected: bad or missing X-Shopify-Hmac-Sha256');
      return send(res, 401, { error: 'invalid_hmac' });
    }
    const topic = header(req, 'x-shopify-topic');
    if (topic !== undefined && topic !== 'orders/create') {
      return send(res, 200, { status: 'ignored', reason: `topic ${topic}` });
    }
    const shop = header(req, 'x-shopify-shop-domain');
    if (shop !== undefined && shop !== config.shopify.shopDomain) {
      log.warn('shopify webhook for another shop ignored', { shop });
      return send(res, 200, { status: 'ignored', reason: 'other shop' });
    }
    let order;
    try {
      order = JSON.parse(raw.toString('utf8'));
    } catch {
      return send(res, 400, { error: 'invalid_json' });
    }

    const webhookId = header(req, 'x-shopify-webhook-id');
    const webhookKey = webhookId ? `shopify-webhook:${webhookId}` : undefined;
    if (webhookKey && !(await store.claim(webhookKey))) {
      return send(res, 200, { status: 'duplicate' });
    }
    // Shopify wants an answer within 5 s and counts slow answers as failures:
    // acknowledge now, do the work in the background.
    send(res, 200, { status: 'accepted' });

    const job = handleOrder(order).then(
      async (outcome) => {
        if (webhookKey) await store.complete(webhookKey, outcome);
        log.info('shopify order handled', { webhookId, ...outcome });
      },
      async (err) => {
        // Forget the delivery so that a redelivery (Shopify admin → Webhooks →
        // resend, or your reconciliation job) can try again.
        if (webhookKey) await store.release(webhookKey);
        log.error('shopify order failed', { webhookId, error: err.message, code: err.code });
      },
    ).catch((err) => log.error('shopify order bookkeeping failed', { webhookId, error: err.message }));
    track(job);
  }

  async function handleOrder(order) {
    if (!isPayCryptOrder(order)) return { outcome: 'ignored', reason: 'not a PayCrypt order' };
    const orderId = orderIdOf(order);
    if (!orderId) throw new Error('order has no usable id / admin_graphql_api_id');
    if (SETTLED_FINANCIAL_STATUSES.has(order.financial_status)) {
      return { outcome: 'ignored', reason: `financial_status ${order.financial_status}`, orderId };
    }
    if (typeof order.total_price !== 'string' || compareDecimal(order.total_price, '0') <= 0) {
      return { outcome: 'ignored', reason: 'nothing to pay', orderId };
    }

    // One order → one payment → one orderUpdate, even if Shopify delivers the
    // order several times (with new webhook ids) or two deliveries race.
    const orderKey = `shopify-order:${orderId}`;
    if (!(await store.claim(orderKey))) return { outcome: 'duplicate', orderId };
    try {
      const payment = await createPayment(order, orderId);
      const gid = orderGid(orderId);
      const note = config.shopify.writeNote
        ? `${order.note ? `${order.note}\n\n` : ''}PayCrypt payment link: ${payment.hosted_url}`
        : undefined;
      await shopify.attachPaymentLink(gid, {
        paymentId: payment.id,
        hostedUrl: payment.hosted_url,
        note,
        namespace: config.shopify.metafieldNamespace,
      });
      const result = { outcome: 'payment_created', orderId, paymentId: payment.id, hostedUrl: payment.hosted_url };
      await store.complete(orderKey, result);
      return result;
    } catch (err) {
      await store.release(orderKey);
      throw err;
    }
  }

  async function createPayment(order, orderId) {
    const params = {
      amount: order.total_price,
      currency: order.currency,
      pay_currency: config.paycrypt.payCurrency,
      order_id: orderId,
      description: `Shopify order ${order.name ?? orderId}`.slice(0, 500),
      metadata: {
        source: 'shopify',
        shop: config.shopify.shopDomain,
        shopify_order_id: orderId,
        shopify_order_name: String(order.name ?? ''),
      },
    };
    if (typeof order.order_status_url === 'string' && order.order_status_url.startsWith('https://')) {
      params.redirect_url = order.order_status_url;
    }
    try {
      // The key makes a redelivered order (even after a restart that lost the
      // dedupe store) replay the first payment instead of creating a second.
      return await paycrypt.payments.create(params, { idempotencyKey: `shopify-order-${orderId}` });
    } catch (err) {
      // Same key, different body (e.g. PAYCRYPT_PAY_CURRENCY changed between
      // deliveries): the payment exists already: find it rather than fail.
      if (err instanceof ConflictError && err.code === 'idempotency_key_reused') {
        const existing = await findPayment(orderId);
        if (existing) return existing;
      }
      throw err;
    }
  }

  async function findPayment(orderId) {
    const page = await paycrypt.payments.list({ order_id: orderId, limit: 10 });
    return page.data.find(
      (p) => p.metadata?.shop === config.shopify.shopDomain && !['canceled', 'expired'].includes(p.status),
    );
  }

  // --- PayCrypt: payment events ----------------------------------------------------

  async function paycryptWebhook(req, res) {
    const raw = await readRawBody(req);
    let event;
    try {
      // The raw bytes, as received: a re-serialised body would not match.
      event = PayCrypt.webhooks.verify(raw, req.headers['paycrypt-webhook-signature'], config.paycrypt.webhookSecret);
    } catch (err) {
      if (err instanceof WebhookVerificationError) {
        log.warn('paycrypt webhook rejected', { reason: err.reason });
        return send(res, 401, { error: err.reason });
      }
      throw err;
    }

    const eventKey = `paycrypt-event:${event.id}`;
    if (!(await store.claim(eventKey))) return send(res, 200, { status: 'duplicate' });
    try {
      // Processed before answering: on failure PayCrypt retries the delivery.
      const outcome = await handleEvent(event);
      await store.complete(eventKey, outcome);
      log.info('paycrypt event handled', { eventId: event.id, type: event.type, ...outcome });
      return send(res, 200, { status: 'ok', ...outcome });
    } catch (err) {
      await store.release(eventKey);
      log.error('paycrypt event failed', { eventId: event.id, type: event.type, error: err.message });
      return send(res, 500, { error: 'processing_failed' });
    }
  }

  async function handleEvent(event) {
    // Map the other states explicitly when you extend this (expired / canceled →
    // cancel or tag the order; underpaid → tag it for staff; refunded → refund).
    if (event.type !== 'payment.confirmed') return { outcome: 'ignored', reason: event.type };
    const payment = event.data?.object ?? {};
    const md = payment.metadata ?? {};
    // Only orders this app created payments for, in this shop.
    if (md.source !== 'shopify' || md.shop !== config.shopify.shopDomain || !/^\d+$/.test(md.shopify_order_id ?? '')) {
      return { outcome: 'ignored', reason: 'not a payment for this shop' };
    }
    if (payment.status !== 'confirmed') return { outcome: 'ignored', reason: `status ${payment.status}` };
    const orderId = md.shopify_order_id;
    const gid = orderGid(orderId);

    const paidKey = `shopify-paid:${orderId}`;
    if (!(await store.claim(paidKey))) return { outcome: 'duplicate', orderId };
    try {
      const result = await markPaid(gid, payment);
      await store.complete(paidKey, result);
      return { ...result, orderId, paymentId: payment.id };
    } catch (err) {
      await store.release(paidKey);
      throw err;
    }
  }

  async function markPaid(gid, payment) {
    const order = await shopify.getOrderPaymentState(gid);
    if (!order) {
      log.warn('order not found in Shopify', { gid, paymentId: payment.id });
      return { outcome: 'order_not_found' };
    }
    if (!order.canMarkAsPaid) {
      // Already paid (a repeat after a restart, or paid another way): nothing to do.
      return { outcome: 'not_payable', financialStatus: order.displayFinancialStatus };
    }
    const due = order.totalOutstandingSet?.shopMoney;
    if (due && (due.currencyCode !== payment.currency || compareDecimal(payment.amount, due.amount) < 0)) {
      // The order changed after the payment was created (edited, more items):
      // a human decides.
      log.warn('payment does not cover the order; not marking it paid', {
        gid,
        paymentId: payment.id,
        paid: `${payment.amount} ${payment.currency}`,
        due: `${due.amount} ${due.currencyCode}`,
      });
      return { outcome: 'amount_mismatch' };
    }
    const updated = await shopify.markAsPaid(gid);
    return { outcome: 'marked_paid', financialStatus: updated?.displayFinancialStatus };
  }

  // --- HTTP ------------------------------------------------------------------------

  const routes = {
    '/webhooks/shopify/orders-create': shopifyOrderCreated,
    '/webhooks/paycrypt': paycryptWebhook,
  };

  async function handler(req, res) {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/healthz' && req.method === 'GET') return send(res, 200, { status: 'ok' });
      const route = routes[path];
      if (!route) return send(res, 404, { error: 'not_found' });
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return send(res, 405, { error: 'method_not_allowed' });
      }
      await route(req, res);
    } catch (err) {
      if (res.headersSent) {
        log.error('request failed after the answer was sent', { path, error: err.message });
        return;
      }
      if (err instanceof HttpError) return send(res, err.status, { error: err.message });
      log.error('request failed', { path, error: err.message });
      send(res, 500, { error: 'internal_error' });
    }
  }

  const server = createServer(handler);

  return {
    server,
    handler,
    store,
    /** Resolves when every background job has finished. */
    async idle() {
      while (jobs.size > 0) await Promise.allSettled([...jobs]);
    },
    /** Stop accepting connections, then wait for background jobs. */
    async close() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeIdleConnections?.();
      await closed;
      await this.idle();
    },
  };
}
