// The service: two webhook receivers on a plain node:http server.
//
//   POST /webhooks/shopify/orders-create   Shopify orders/create → a PayCrypt payment,
//                                          its link stored on the order (orderUpdate)
//   POST /webhooks/paycrypt                PayCrypt payment.confirmed → orderMarkAsPaid
//   GET  /healthz                          liveness
//
// Both webhook sources deliver at least once, and a signed body can be
// replayed by anyone who saw it: ./store.js remembers what was done (on disk),
// and every decision to create a payment or mark an order paid is taken on
// the LIVE order read from Shopify, never on the webhook body.

import { createServer } from 'node:http';

import { ConflictError, PayCrypt, WebhookVerificationError } from 'paycrypt';

import { ShopifyAdmin, exactUtf8, orderGid, orderIdOf } from './shopify.js';

const MAX_BODY_BYTES = 1024 * 1024;
// orderUpdate (the link on the order) is tried again after these delays when it
// fails; after the last one the payment waits in the store for retryUnlinked().
const ATTACH_RETRY_DELAYS_MS = [1000, 5000];
// How often the service retries links that could not be attached (0: never by itself).
const RECONCILE_EVERY_MS = 5 * 60 * 1000;
// A PayCrypt payment in one of these states can no longer be paid: an order
// linked to it may get a new one.
const DEAD_PAYMENT_STATUSES = new Set(['expired', 'canceled']);

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
 * Create the service. `deps.store` is the durable store (see ./store.js:
 * `await FileStore.open(path)`); `deps` also lets tests (or your own wiring)
 * pass the PayCrypt client, the Shopify client and the logger.
 */
export function createService(config, deps = {}) {
  const log = deps.logger ?? consoleLogger;
  const store = deps.store;
  if (!store) throw new Error('createService needs deps.store (FileStore.open(path))');
  const paycrypt =
    deps.paycrypt ??
    new PayCrypt({
      apiKey: config.paycrypt.apiKey,
      apiSecret: config.paycrypt.apiSecret,
      baseURL: config.paycrypt.baseURL,
    });
  const shopify =
    deps.shopify ??
    new ShopifyAdmin({ ...config.shopify, logger: log });
  const namespace = config.shopify.metafieldNamespace;
  const methodName = config.shopify.paymentMethodName.trim().toLowerCase();
  const attachRetryDelaysMs = deps.attachRetryDelaysMs ?? ATTACH_RETRY_DELAYS_MS;
  const reconcileEveryMs = deps.reconcileEveryMs ?? RECONCILE_EVERY_MS;

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
    // The library takes the body as a string and HMACs its UTF-8 encoding:
    // that is the raw bytes only if they were valid UTF-8 to begin with. A
    // lenient decode would turn invalid bytes into U+FFFD and check a
    // signature made for OTHER bytes. JSON is UTF-8 (RFC 8259), so such a body
    // is refused before anything else.
    const text = exactUtf8(raw);
    if (text === undefined) {
      log.warn('shopify webhook rejected', { reason: 'body_not_utf8' });
      return send(res, 400, { error: 'invalid_body', reason: 'body_not_utf8' });
    }
    // The library checks X-Shopify-Hmac-Sha256 over those exact bytes and the
    // required X-Shopify-* headers (topic, shop, API version, webhook id).
    const check = await shopify.validateWebhook(text, req, res);
    if (!check.valid) {
      log.warn('shopify webhook rejected', { reason: check.reason, missingHeaders: check.missingHeaders });
      return send(res, 401, { error: 'invalid_webhook', reason: check.reason });
    }
    const topic = header(req, 'x-shopify-topic');
    if (topic !== 'orders/create') {
      return send(res, 200, { status: 'ignored', reason: `topic ${topic}` });
    }
    const shop = check.domain;
    if (shop !== config.shopify.shopDomain) {
      log.warn('shopify webhook for another shop ignored', { shop });
      return send(res, 200, { status: 'ignored', reason: 'other shop' });
    }
    let order;
    try {
      order = JSON.parse(text);
    } catch {
      return send(res, 400, { error: 'invalid_json' });
    }

    const webhookId = check.webhookId;
    const webhookKey = `shopify-webhook:${webhookId}`;
    if (!(await store.claim(webhookKey))) {
      return send(res, 200, { status: 'duplicate' });
    }
    // Shopify wants an answer within 5 s and counts slow answers as failures:
    // acknowledge now, do the work in the background.
    send(res, 200, { status: 'accepted' });

    const job = handleOrder(order).then(
      async (outcome) => {
        await store.complete(webhookKey, outcome);
        log.info('shopify order handled', { webhookId, ...outcome });
      },
      async (err) => {
        // Forget the delivery so that a redelivery (Shopify admin → Webhooks →
        // resend, or your reconciliation job) can try again. A payment created
        // but not attached is also kept for retryUnlinked() (see linkPayment).
        await store.release(webhookKey);
        log.error('shopify order failed', { webhookId, error: err.message, code: err.code, paymentId: err.paymentId });
      },
    ).catch((err) => log.error('shopify order bookkeeping failed', { webhookId, error: err.message }));
    track(job);
  }

  async function handleOrder(order) {
    if (!isPayCryptOrder(order)) return { outcome: 'ignored', reason: 'not a PayCrypt order' };
    const orderId = orderIdOf(order);
    if (!orderId) throw new Error('order has no usable id / admin_graphql_api_id');

    // One order → one payment → one orderUpdate, even if Shopify delivers the
    // order several times (with new webhook ids), deliveries race, or the
    // process restarted in between: the claim is durable once completed.
    const orderKey = `shopify-order:${orderId}`;
    if (!(await store.claim(orderKey))) {
      // Done already (not just in progress): a crash between the two writes
      // below leaves the unlinked entry behind, which retryUnlinked() would
      // otherwise find again on every sweep.
      if (await store.get(orderKey)) await clearUnlinked(orderId);
      return { outcome: 'duplicate', orderId };
    }
    try {
      const result = await linkPayment(order, orderId);
      // Remember the link (or the reason there is none) so a replay stops here.
      await store.complete(orderKey, result);
      await clearUnlinked(orderId);
      return result;
    } catch (err) {
      await store.release(orderKey);
      throw err;
    }
  }

  async function clearUnlinked(orderId) {
    const unlinkedKey = `shopify-unlinked:${orderId}`;
    if ((await store.get(unlinkedKey))?.value) await store.complete(unlinkedKey, null);
  }

  /**
   * Decide on the LIVE order, not on the webhook body: a body replayed days
   * later still says `financial_status: pending` and carries the note as it
   * was at checkout.
   */
  async function linkPayment(order, orderId) {
    const gid = orderGid(orderId);
    const live = await shopify.getOrder(gid, namespace);
    if (!live) throw Object.assign(new Error(`order ${gid} not found in Shopify`), { code: 'order_not_found' });
    if (live.cancelledAt) return { outcome: 'ignored', reason: 'cancelled', orderId };
    if (!live.canMarkAsPaid) {
      // Paid, refunded or voided some other way (or by us, earlier).
      return { outcome: 'not_payable', financialStatus: live.displayFinancialStatus, orderId };
    }
    const due = live.totalOutstandingSet?.shopMoney;
    if (!due || compareDecimal(due.amount, '0') <= 0) return { outcome: 'ignored', reason: 'nothing to pay', orderId };

    // Already linked to a payment that can still be paid: keep it.
    let replaces;
    const linkedId = live.paymentId?.value;
    if (linkedId) {
      const linked = await paycrypt.payments.retrieve(linkedId);
      if (!DEAD_PAYMENT_STATUSES.has(linked.status)) {
        return { outcome: 'already_linked', orderId, paymentId: linked.id, hostedUrl: linked.hosted_url };
      }
      replaces = linked.id;
    }

    // A payment created by an earlier attempt whose link could not be
    // attached is reused (the gateway's idempotency key would only cover 24 h
    // and the same request body); it is recorded before the orderUpdate.
    const unlinkedKey = `shopify-unlinked:${orderId}`;
    const unlinked = (await store.get(unlinkedKey))?.value;
    let payment;
    if (unlinked?.paymentId && unlinked.paymentId !== replaces) {
      const earlier = await paycrypt.payments.retrieve(unlinked.paymentId);
      if (!DEAD_PAYMENT_STATUSES.has(earlier.status)) payment = earlier;
    }
    payment ??= await createPayment(order, orderId, due, replaces);
    await store.complete(unlinkedKey, { paymentId: payment.id, order: retryableOrder(order) });
    // The link goes in metafields only: Shopify has no conditional update of
    // the note, so appending to it is a read-modify-write that loses whatever
    // staff saved in between. The note stays the staff's.
    await attachWithRetry(gid, { paymentId: payment.id, hostedUrl: payment.hosted_url, namespace });
    return { outcome: 'payment_created', orderId, paymentId: payment.id, hostedUrl: payment.hosted_url, replaces };
  }

  /** What handleOrder needs to try an order again later, without its webhook. */
  function retryableOrder(order) {
    const { admin_graphql_api_id, id, name, order_status_url, payment_gateway_names } = order;
    return { admin_graphql_api_id, id: admin_graphql_api_id ? undefined : id, name, order_status_url, payment_gateway_names };
  }

  async function attachWithRetry(gid, link) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await shopify.attachPaymentLink(gid, link);
      } catch (err) {
        if (attempt >= attachRetryDelaysMs.length) {
          const failure = new Error(`payment ${link.paymentId} created but not attached to ${gid}: ${err.message}`);
          Object.assign(failure, { code: 'link_not_attached', paymentId: link.paymentId });
          throw failure;
        }
        log.warn('orderUpdate failed, retrying', { gid, paymentId: link.paymentId, error: err.message });
        await new Promise((resolve) => setTimeout(resolve, attachRetryDelaysMs[attempt]));
      }
    }
  }

  /**
   * Try again every order whose payment was created but whose link could not
   * be attached (Shopify down past the retries, a crash in between): the same
   * payment is attached. Runs every RECONCILE_EVERY_MS and on start (server.js).
   */
  let reconciling;
  async function retryUnlinked() {
    reconciling ??= (async () => {
      const results = [];
      for (const { value } of await store.entries('shopify-unlinked:')) {
        if (!value?.order) continue;
        try {
          const outcome = await handleOrder(value.order);
          log.info('payment link retried', { ...outcome });
          results.push(outcome);
        } catch (err) {
          if (err.code === 'order_not_found') {
            // Deleted in Shopify: no retry can attach the link. Final, and said
            // once; the payment is left for staff to cancel if it is still open.
            const orderId = orderIdOf(value.order);
            await clearUnlinked(orderId);
            log.warn('payment link dropped: order deleted in Shopify', { orderId, paymentId: value.paymentId });
            results.push({ outcome: 'order_not_found', orderId, paymentId: value.paymentId });
            continue;
          }
          log.error('payment link retry failed', { error: err.message, code: err.code, paymentId: err.paymentId });
          results.push({ outcome: 'failed', paymentId: value.paymentId });
        }
      }
      return results;
    })().finally(() => {
      reconciling = undefined;
    });
    return reconciling;
  }

  async function createPayment(order, orderId, due, replaces) {
    const params = {
      // What the order owes now, in the shop currency (not the body's total).
      amount: due.amount,
      currency: due.currencyCode,
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
      // The key makes two instances (or a lost store) racing on one order get
      // the same payment for 24 h; a replacement for a dead payment gets its own.
      const idempotencyKey = replaces ? `shopify-order-${orderId}-after-${replaces}` : `shopify-order-${orderId}`;
      return await paycrypt.payments.create(params, { idempotencyKey });
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
      (p) => p.metadata?.shop === config.shopify.shopDomain && !DEAD_PAYMENT_STATUSES.has(p.status),
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
      // Another payment's confirmation says nothing about the order: the
      // linked payment's own event must still be able to mark it paid.
      if (result.outcome === 'payment_not_linked') await store.release(paidKey);
      else await store.complete(paidKey, result);
      return { ...result, orderId, paymentId: payment.id };
    } catch (err) {
      await store.release(paidKey);
      throw err;
    }
  }

  async function markPaid(gid, payment) {
    const order = await shopify.getOrder(gid, namespace);
    if (!order) {
      log.warn('order not found in Shopify', { gid, paymentId: payment.id });
      return { outcome: 'order_not_found' };
    }
    const linkedId = order.paymentId?.value;
    if (linkedId !== payment.id) {
      // A payment replaced since (or never attached): the order is not paid by
      // it. The customer did pay it, though: a human refunds or reconciles.
      log.warn('confirmed payment is not the one linked to the order; not marking it paid', {
        gid,
        paymentId: payment.id,
        linkedPaymentId: linkedId ?? null,
      });
      return { outcome: 'payment_not_linked', linkedPaymentId: linkedId ?? null };
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
  const reconcileTimer =
    reconcileEveryMs > 0 ? setInterval(() => void retryUnlinked(), reconcileEveryMs).unref() : undefined;

  return {
    server,
    handler,
    store,
    /** Resolves when every background job has finished. */
    async idle() {
      while (jobs.size > 0) await Promise.allSettled([...jobs]);
    },
    retryUnlinked,
    /** Stop accepting connections, then wait for background jobs. */
    async close() {
      clearInterval(reconcileTimer);
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections?.();
      await closed;
      await this.idle();
      await reconciling;
    },
  };
}
