// End to end: the service in-process, the REAL mock gateway as a subprocess,
// and a stand-in for Shopify's Admin GraphQL API that records every call.

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { PayCrypt } from 'paycrypt';

import { createService } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { MemoryStore } from '../src/store.js';
import { freePort, startMockGateway } from './support/mock-gateway.js';
import { startShopifyStandIn } from './support/shopify-stand-in.js';

const SHOP = 'paycrypt-dev.myshopify.com';
const SHOPIFY_SECRET = 'shpss_test_app_secret';
const ADMIN_TOKEN = 'shpat_test_token';
const API_VERSION = '2025-01';

let mock;
let shopify;
let client;
let service;
let serviceURL;
let config;
let webhookEndpoint;
const logs = [];

const silentLogger = {
  info: (msg, fields) => logs.push({ level: 'info', msg, ...fields }),
  warn: (msg, fields) => logs.push({ level: 'warn', msg, ...fields }),
  error: (msg, fields) => logs.push({ level: 'error', msg, ...fields }),
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, check, { timeoutMs = 10_000, intervalMs = 50 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

// --- Shopify side -------------------------------------------------------------------

let nextOrder = 1001;

/**
 * An orders/create payload shaped like Shopify's (trimmed). The body is built
 * as text so that `id` can be a number above 2^53, as real ids may be.
 */
function makeOrder({ gateway = 'PayCrypt', total = '49.99', currency = 'USD', idText } = {}) {
  const number = nextOrder++;
  const id = idText ?? String(5_600_000_000_000 + number);
  const gid = `gid://shopify/Order/${id}`;
  const fields = {
    admin_graphql_api_id: gid,
    name: `#${number}`,
    order_number: number,
    email: 'customer@example.com',
    created_at: '2025-06-01T10:00:00-04:00',
    currency,
    presentment_currency: currency,
    total_price: total,
    subtotal_price: total,
    total_tax: '0.00',
    financial_status: 'pending',
    fulfillment_status: null,
    gateway,
    payment_gateway_names: [gateway],
    note: 'Please gift-wrap',
    order_status_url: `https://${SHOP}/123456/orders/abcdef${number}/authenticate?key=xyz`,
    total_price_set: {
      shop_money: { amount: total, currency_code: currency },
      presentment_money: { amount: total, currency_code: currency },
    },
    line_items: [{ id: 1, title: 'Ceramic mug', quantity: 2, price: total, sku: 'MUG-1' }],
  };
  const raw = `{"id":${id},${JSON.stringify(fields).slice(1)}`;
  shopify.addOrder(gid, { name: fields.name, total, currency });
  return { id, gid, name: fields.name, raw };
}

function shopifyHmac(raw, secret = SHOPIFY_SECRET) {
  return createHmac('sha256', secret).update(raw, 'utf8').digest('base64');
}

let webhookCounter = 0;
async function deliverOrder(order, { webhookId = `wh-${++webhookCounter}`, hmac, url = serviceURL } = {}) {
  return fetch(`${url}/webhooks/shopify/orders-create`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Shopify-Topic': 'orders/create',
      'X-Shopify-Shop-Domain': SHOP,
      'X-Shopify-API-Version': API_VERSION,
      'X-Shopify-Webhook-Id': webhookId,
      'X-Shopify-Triggered-At': new Date().toISOString(),
      'X-Shopify-Hmac-Sha256': hmac ?? shopifyHmac(order.raw),
    },
    body: order.raw,
  });
}

// --- PayCrypt side ------------------------------------------------------------------

async function countPayments() {
  let n = 0;
  for await (const _ of client.payments.list({ limit: 100 })) n++;
  return n;
}

async function paymentsForOrder(orderId) {
  const page = await client.payments.list({ order_id: orderId, limit: 100 });
  return page.data;
}

async function confirmedEventFor(paymentId) {
  for await (const event of client.events.list({ type: 'payment.confirmed', limit: 100 })) {
    if (event.data.object.id === paymentId) return event;
  }
  return undefined;
}

/** Wait until the mock has recorded `n` successful deliveries of an event to our endpoint. */
async function deliveredOk(eventId, n) {
  return waitFor(`${n} successful deliveries of ${eventId}`, async () => {
    const event = await client.events.retrieve(eventId);
    const ok = (event.delivery_attempts ?? []).filter(
      (a) => a.webhook_endpoint_id === webhookEndpoint.id && a.status_code === 200,
    );
    return ok.length >= n ? event : undefined;
  });
}

function startService(overrides = {}) {
  const svc = createService(config, { logger: silentLogger, store: new MemoryStore(), ...overrides });
  return svc;
}

before(async () => {
  [mock, shopify] = await Promise.all([
    startMockGateway(),
    startShopifyStandIn({ token: ADMIN_TOKEN, apiVersion: API_VERSION }),
  ]);
  client = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: mock.baseURL });

  // The PayCrypt webhook endpoint must exist before the service knows its
  // secret, so pick the service's port first.
  const port = await freePort();
  serviceURL = `http://127.0.0.1:${port}`;
  webhookEndpoint = await client.webhookEndpoints.create({ url: `${serviceURL}/webhooks/paycrypt`, events: ['*'] });

  config = loadConfig({
    SHOPIFY_SHOP_DOMAIN: SHOP,
    SHOPIFY_ADMIN_TOKEN: ADMIN_TOKEN,
    SHOPIFY_API_SECRET: SHOPIFY_SECRET,
    SHOPIFY_API_VERSION: API_VERSION,
    SHOPIFY_ADMIN_API_URL: shopify.baseURL,
    PAYCRYPT_API_KEY: 'pk_test_demo',
    PAYCRYPT_API_SECRET: 'sk_test_demo',
    PAYCRYPT_BASE_URL: mock.baseURL,
    PAYCRYPT_WEBHOOK_SECRET: webhookEndpoint.secret,
    PORT: String(port),
  });
  service = startService();
  await new Promise((resolve) => service.server.listen(port, '127.0.0.1', resolve));
});

after(async () => {
  await service?.close();
  await shopify?.close();
  await mock?.stop();
});

describe('Shopify orders/create webhook', () => {
  test('a bad X-Shopify-Hmac-Sha256 is 401: no payment, no GraphQL call', async () => {
    const order = makeOrder();
    const paymentsBefore = await countPayments();
    const callsBefore = shopify.calls.length;

    const wrongSecret = await deliverOrder(order, { hmac: shopifyHmac(order.raw, 'not-the-secret') });
    assert.equal(wrongSecret.status, 401);
    const tampered = await deliverOrder(
      { ...order, raw: order.raw.replace('"total_price":"49.99"', '"total_price":"0.01"') },
      { hmac: shopifyHmac(order.raw) },
    );
    assert.equal(tampered.status, 401);
    const missing = await fetch(`${serviceURL}/webhooks/shopify/orders-create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shopify-Topic': 'orders/create' },
      body: order.raw,
    });
    assert.equal(missing.status, 401);
    const garbage = await deliverOrder(order, { hmac: 'not base64 at all!!' });
    assert.equal(garbage.status, 401);

    await service.idle();
    assert.equal(await countPayments(), paymentsBefore);
    assert.equal(shopify.calls.length, callsBefore);
  });

  test('an order delivered three times (same and new webhook id) → one payment, one orderUpdate', async () => {
    // An id above Number.MAX_SAFE_INTEGER: JSON.parse would round `id`.
    const order = makeOrder({ idText: '9820982911946154508', total: '120.50', currency: 'EUR' });

    const first = await deliverOrder(order, { webhookId: 'wh-dup-1' });
    assert.equal(first.status, 200);
    const again = await deliverOrder(order, { webhookId: 'wh-dup-1' });
    assert.equal(again.status, 200);
    assert.equal((await again.json()).status, 'duplicate');
    await service.idle();
    const redelivered = await deliverOrder(order, { webhookId: 'wh-dup-2' });
    assert.equal(redelivered.status, 200);
    await service.idle();

    const payments = await paymentsForOrder(order.id);
    assert.equal(payments.length, 1, 'exactly one payment for the order');
    const [payment] = payments;
    assert.equal(payment.amount, '120.50');
    assert.equal(payment.currency, 'EUR');
    assert.equal(payment.order_id, order.id);
    assert.equal(payment.metadata.shopify_order_name, order.name);
    assert.equal(payment.metadata.shopify_order_id, order.id);

    const updates = shopify.callsOf('orderUpdate').filter((c) => c.variables.input.id === order.gid);
    assert.equal(updates.length, 1, 'exactly one orderUpdate');
    const [update] = updates;
    assert.equal(update.headers['x-shopify-access-token'], ADMIN_TOKEN);
    assert.equal(update.path, `/admin/api/${API_VERSION}/graphql.json`);
    assert.match(update.query, /mutation \w+\(\$input: OrderInput!\) \{\s*orderUpdate\(input: \$input\)/);
    assert.deepEqual(update.variables.input.metafields, [
      { namespace: 'paycrypt', key: 'payment_url', type: 'url', value: payment.hosted_url },
      { namespace: 'paycrypt', key: 'payment_id', type: 'single_line_text_field', value: payment.id },
    ]);
    assert.equal(update.variables.input.note, `Please gift-wrap\n\nPayCrypt payment link: ${payment.hosted_url}`);
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_url'], payment.hosted_url);
  });

  test('after a restart that lost the dedupe store, the idempotency key still prevents a second payment', async () => {
    const order = makeOrder({ total: '15.00' });
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    const [payment] = await paymentsForOrder(order.id);

    const port = await freePort();
    const fresh = startService(); // a new MemoryStore: nothing remembered
    await new Promise((resolve) => fresh.server.listen(port, '127.0.0.1', resolve));
    try {
      assert.equal((await deliverOrder(order, { url: `http://127.0.0.1:${port}` })).status, 200);
      await fresh.idle();
    } finally {
      await fresh.close();
    }
    const payments = await paymentsForOrder(order.id);
    assert.deepEqual(payments.map((p) => p.id), [payment.id]);
    // The repeated orderUpdate writes the same link again, which is harmless.
    const updates = shopify.callsOf('orderUpdate').filter((c) => c.variables.input.id === order.gid);
    assert.ok(updates.every((u) => u.variables.input.metafields[0].value === payment.hosted_url));
  });

  test('an order paid with another method is ignored', async () => {
    const order = makeOrder({ gateway: 'manual' });
    const paymentsBefore = await countPayments();
    const callsBefore = shopify.calls.length;
    const res = await deliverOrder(order);
    assert.equal(res.status, 200);
    await service.idle();
    assert.equal(await countPayments(), paymentsBefore);
    assert.equal((await paymentsForOrder(order.id)).length, 0);
    assert.equal(shopify.calls.length, callsBefore);
  });
});

describe('PayCrypt webhook', () => {
  test('payment.confirmed marks the order paid exactly once, even when the event is resent', async () => {
    const order = makeOrder({ total: '75.25' });
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    const [payment] = await paymentsForOrder(order.id);
    assert.ok(payment, 'payment created');

    await client.testHelpers.payments.pay(payment.id);
    const markCalls = () => shopify.callsOf('orderMarkAsPaid').filter((c) => c.variables.input.id === order.gid);
    await waitFor('orderMarkAsPaid', () => markCalls().length >= 1);

    const event = await waitFor('the payment.confirmed event', () => confirmedEventFor(payment.id));
    await deliveredOk(event.id, 1);
    await client.events.resend(event.id);
    await deliveredOk(event.id, 2);

    assert.equal(markCalls().length, 1, 'exactly one orderMarkAsPaid');
    // The resent event was recognised by its id: Shopify was not even asked again.
    assert.equal(shopify.callsOf('order').filter((c) => c.variables.id === order.gid).length, 1);
    const [call] = markCalls();
    assert.deepEqual(call.variables, { input: { id: `gid://shopify/Order/${order.id}` } });
    assert.match(call.query, /orderMarkAsPaid\(input: \$input\)/);
    assert.equal(shopify.orders.get(order.gid).financialStatus, 'PAID');

    // A fresh instance (store lost) given the same event asks Shopify first and
    // does not mark the order paid again.
    const fresh = startService();
    const raw = JSON.stringify({ id: event.id, type: event.type, created: event.created, data: event.data, livemode: false });
    const signature = PayCrypt.webhooks.generateTestHeader(raw, webhookEndpoint.secret);
    const res = await new Promise((resolve, reject) => {
      fresh.server.listen(0, '127.0.0.1', async () => {
        try {
          const url = `http://127.0.0.1:${fresh.server.address().port}/webhooks/paycrypt`;
          resolve(await fetch(url, { method: 'POST', headers: { 'PayCrypt-Webhook-Signature': signature }, body: raw }));
        } catch (err) {
          reject(err);
        }
      });
    });
    await fresh.close();
    assert.equal(res.status, 200);
    assert.equal((await res.json()).outcome, 'not_payable');
    assert.equal(markCalls().length, 1);
  });

  test('a payment this app did not create is left alone', async () => {
    const order = makeOrder({ total: '10.00' }); // exists in "this" shop, never delivered to the app
    const callsBefore = shopify.calls.length;
    // A point-of-sale payment, and one made by the same app for another shop
    // sharing the PayCrypt account (same order id).
    const pos = await client.payments.create({ amount: '10.00', currency: 'USD', pay_currency: 'BTC', order_id: 'pos-1' });
    const otherShop = await client.payments.create({
      amount: '10.00', currency: 'USD', pay_currency: 'BTC', order_id: order.id,
      metadata: { source: 'shopify', shop: 'another-store.myshopify.com', shopify_order_id: order.id },
    });
    for (const payment of [pos, otherShop]) {
      await client.testHelpers.payments.pay(payment.id);
      const event = await waitFor('the payment.confirmed event', () => confirmedEventFor(payment.id));
      await deliveredOk(event.id, 1);
    }
    assert.equal(shopify.calls.length, callsBefore);
    assert.equal(shopify.orders.get(order.gid).financialStatus, 'PENDING');
  });

  test('a bad PayCrypt signature is 401 and makes no GraphQL call', async () => {
    const callsBefore = shopify.calls.length;
    const raw = JSON.stringify({
      id: 'evt_aaaaaaaaaaaaaaaaaaaaaaaa',
      type: 'payment.confirmed',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: 'pay_aaaaaaaaaaaaaaaaaaaaaaaa', status: 'confirmed', amount: '1.00', currency: 'USD',
        metadata: { source: 'shopify', shop: SHOP, shopify_order_id: '1' } } },
    });
    const post = (headers) =>
      fetch(`${serviceURL}/webhooks/paycrypt`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: raw });

    const wrongSecret = await post({ 'PayCrypt-Webhook-Signature': PayCrypt.webhooks.generateTestHeader(raw, 'whsec_wrong') });
    assert.equal(wrongSecret.status, 401);
    assert.equal((await wrongSecret.json()).error, 'signature_mismatch');
    const forged = await post({ 'PayCrypt-Webhook-Signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` });
    assert.equal(forged.status, 401);
    const stale = await post({
      'PayCrypt-Webhook-Signature': PayCrypt.webhooks.generateTestHeader(raw, webhookEndpoint.secret, {
        timestamp: Math.floor(Date.now() / 1000) - 3600,
      }),
    });
    assert.equal(stale.status, 401);
    assert.equal((await stale.json()).error, 'timestamp_too_old');
    const missing = await post({});
    assert.equal(missing.status, 401);

    assert.equal(shopify.calls.length, callsBefore);
  });
});
