// End to end: the service in-process, the REAL mock gateway as a subprocess,
// and a stand-in for Shopify's Admin GraphQL API (over TLS, see
// scripts/test-with-ca.mjs) that records every call. The HMACs below are
// computed here, independently of the library the service validates them with.

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { PayCrypt } from 'paycrypt';

import { createService } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { FileStore } from '../src/store.js';
import { freePort, startMockGateway } from './support/mock-gateway.js';
import { startShopifyStandIn } from './support/shopify-stand-in.js';

const SHOP = 'paycrypt-dev.myshopify.com';
const SHOPIFY_SECRET = 'shpss_test_app_secret';
const ADMIN_TOKEN = 'shpat_test_token';
const API_VERSION = '2026-07';

let mock;
let shopify;
let client;
let service;
let serviceURL;
let config;
let webhookEndpoint;
let storeDir;
let storePath;
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
  shopify.addOrder(gid, { name: fields.name, total, currency, note: fields.note });
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

// Short orderUpdate retry delays; no background reconciliation timer (tests call retryUnlinked()).
const FAST = { attachRetryDelaysMs: [20, 20], reconcileEveryMs: 0 };

let storeCount = 0;
/** A store of its own (nothing remembered), or the one at `path`. */
async function openStore(path = join(storeDir, `store-${++storeCount}.jsonl`), options = {}) {
  return FileStore.open(path, options);
}

/** A service on its own free port; `stop()` closes it and its store. */
async function startService({ store, ...overrides } = {}) {
  store ??= await openStore();
  const svc = createService(config, { logger: silentLogger, store, ...FAST, ...overrides });
  await new Promise((resolve) => svc.server.listen(0, '127.0.0.1', resolve));
  svc.url = `http://127.0.0.1:${svc.server.address().port}`;
  svc.stop = async () => {
    await svc.close();
    await store.close();
  };
  return svc;
}

/** The real client, counting payments.create calls (attempts, not results). */
function countingPayCrypt() {
  const real = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: mock.baseURL });
  const spy = { creates: 0, payments: Object.create(real.payments) };
  spy.payments.create = (...args) => {
    spy.creates++;
    return real.payments.create(...args);
  };
  return spy;
}

const updatesOf = (order) => shopify.callsOf('orderUpdate').filter((c) => c.variables.input.id === order.gid);

before(async () => {
  storeDir = await mkdtemp(join(tmpdir(), 'paycrypt-shopify-test-'));
  storePath = join(storeDir, 'main.jsonl');
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
    SHOPIFY_ADMIN_API_HOST: shopify.host,
    PAYCRYPT_API_KEY: 'pk_test_demo',
    PAYCRYPT_API_SECRET: 'sk_test_demo',
    PAYCRYPT_BASE_URL: mock.baseURL,
    PAYCRYPT_WEBHOOK_SECRET: webhookEndpoint.secret,
    PORT: String(port),
  });
  const store = await openStore(storePath);
  service = createService(config, { logger: silentLogger, store, ...FAST });
  service.stop = async () => {
    await service.close();
    await store.close();
  };
  await new Promise((resolve) => service.server.listen(port, '127.0.0.1', resolve));
});

after(async () => {
  await service?.stop();
  await shopify?.close();
  await mock?.stop();
  if (storeDir) await rm(storeDir, { recursive: true, force: true });
});

describe('Shopify orders/create webhook', () => {
  test('a bad X-Shopify-Hmac-Sha256 is 401 (checked by the library): no payment, no GraphQL call, nothing stored', async () => {
    const order = makeOrder();
    const paymentsBefore = await countPayments();
    const callsBefore = shopify.calls.length;
    await service.idle();
    const storedBefore = await readFile(storePath, 'utf8');

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
    // The right HMAC but no X-Shopify-Webhook-Id: the library refuses it too.
    const noId = await fetch(`${serviceURL}/webhooks/shopify/orders-create`, {
      method: 'POST',
      headers: { 'X-Shopify-Topic': 'orders/create', 'X-Shopify-Shop-Domain': SHOP, 'X-Shopify-API-Version': API_VERSION,
        'X-Shopify-Hmac-Sha256': shopifyHmac(order.raw) },
      body: order.raw,
    });
    assert.equal(noId.status, 401);

    await service.idle();
    assert.equal(await countPayments(), paymentsBefore);
    assert.equal(shopify.calls.length, callsBefore);
    assert.equal(await readFile(storePath, 'utf8'), storedBefore, 'nothing written to the store');
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

    const updates = updatesOf(order);
    assert.equal(updates.length, 1, 'exactly one orderUpdate');
    const [update] = updates;
    assert.equal(update.headers['x-shopify-access-token'], ADMIN_TOKEN);
    assert.equal(update.path, `/admin/api/${API_VERSION}/graphql.json`);
    assert.match(update.query, /mutation \w+\(\$input: OrderInput!\) \{\s*orderUpdate\(input: \$input\)/);
    assert.deepEqual(update.variables.input.metafields, [
      { namespace: 'paycrypt', key: 'payment_url', type: 'url', value: payment.hosted_url },
      { namespace: 'paycrypt', key: 'payment_id', type: 'single_line_text_field', value: payment.id },
    ]);
    assert.equal(update.variables.input.note, undefined, 'the note is the staff\'s');
    assert.equal(shopify.orders.get(order.gid).note, 'Please gift-wrap');
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_url'], payment.hosted_url);
  });

  test('a restart between two deliveries of the same order: no second orderUpdate, no second payment', async () => {
    const order = makeOrder({ total: '15.00' });
    const first = await startService({ store: await openStore(join(storeDir, 'restart.jsonl')) });
    assert.equal((await deliverOrder(order, { url: first.url, webhookId: 'wh-restart' })).status, 200);
    await first.idle();
    await first.stop(); // the process goes away; the store file stays

    const callsBefore = shopify.calls.length;
    const paycrypt = countingPayCrypt();
    const second = await startService({ store: await openStore(join(storeDir, 'restart.jsonl')), paycrypt });
    try {
      // The same delivery resent, and the same order as a new event.
      assert.equal((await (await deliverOrder(order, { url: second.url, webhookId: 'wh-restart' })).json()).status, 'duplicate');
      assert.equal((await deliverOrder(order, { url: second.url, webhookId: 'wh-restart-2' })).status, 200);
      await second.idle();
    } finally {
      await second.stop();
    }
    assert.equal((await paymentsForOrder(order.id)).length, 1);
    assert.equal(paycrypt.creates, 0, 'not even an attempt to create a payment');
    assert.equal(updatesOf(order).length, 1, 'one orderUpdate in all');
    assert.equal(shopify.calls.length, callsBefore, 'the second process did not even ask Shopify');
  });

  test('a replay after the retention window, of an order now paid: nothing created or changed', async () => {
    const order = makeOrder({ total: '33.00' });
    const path = join(storeDir, 'window.jsonl');
    const first = await startService({ store: await openStore(path) });
    assert.equal((await deliverOrder(order, { url: first.url, webhookId: 'wh-window' })).status, 200);
    await first.idle();
    await first.stop();
    const [payment] = await paymentsForOrder(order.id);
    const note = shopify.orders.get(order.gid).note;
    shopify.orders.get(order.gid).financialStatus = 'PAID'; // paid since, however

    // 31 days later (a simulated clock): the store has forgotten the delivery
    // and the order, and PayCrypt's 24 h idempotency key has long expired, so
    // only the live order can stop the replay. The spy shows no payment is
    // even attempted, so the gateway's key plays no part here.
    const later = () => Date.now() + 31 * 24 * 3600 * 1000;
    const paycrypt = countingPayCrypt();
    const replayed = await startService({ store: await openStore(path, { now: later }), paycrypt });
    try {
      const res = await deliverOrder(order, { url: replayed.url, webhookId: 'wh-window' });
      assert.equal((await res.json()).status, 'accepted', 'the store forgot the webhook id');
      await replayed.idle();
    } finally {
      await replayed.stop();
    }
    assert.equal(paycrypt.creates, 0);
    assert.deepEqual((await paymentsForOrder(order.id)).map((p) => p.id), [payment.id]);
    assert.equal(updatesOf(order).length, 1, 'no second orderUpdate');
    assert.equal(shopify.orders.get(order.gid).note, note);
    assert.ok(logs.some((l) => l.msg === 'shopify order handled' && l.orderId === order.id && l.outcome === 'not_payable'));
  });

  test('a store lost, the order still linked to a live payment: kept, and the staff note is left alone', async () => {
    const order = makeOrder({ total: '21.00' });
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    const [payment] = await paymentsForOrder(order.id);
    shopify.orders.get(order.gid).note = 'Customer called: ship Monday'; // a later staff edit

    const paycrypt = countingPayCrypt();
    const fresh = await startService({ paycrypt }); // an empty store
    try {
      assert.equal((await deliverOrder(order, { url: fresh.url })).status, 200);
      await fresh.idle();
    } finally {
      await fresh.stop();
    }
    assert.equal(paycrypt.creates, 0);
    assert.deepEqual((await paymentsForOrder(order.id)).map((p) => p.id), [payment.id]);
    assert.equal(updatesOf(order).length, 1);
    assert.equal(shopify.orders.get(order.gid).note, 'Customer called: ship Monday');
  });

  test('an order whose linked payment expired gets a new one; the staff note is left alone', async () => {
    const order = makeOrder({ total: '8.00' });
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    const [old] = await paymentsForOrder(order.id);
    await client.testHelpers.payments.expire(old.id);
    shopify.orders.get(order.gid).note = 'Staff note';

    const fresh = await startService();
    try {
      assert.equal((await deliverOrder(order, { url: fresh.url })).status, 200);
      await fresh.idle();
    } finally {
      await fresh.stop();
    }
    const payments = await paymentsForOrder(order.id);
    assert.equal(payments.length, 2);
    const replacement = payments.find((p) => p.id !== old.id);
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], replacement.id);
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_url'], replacement.hosted_url);
    assert.equal(shopify.orders.get(order.gid).note, 'Staff note');
  });

  test('a cancelled order gets no payment', async () => {
    const order = makeOrder({ total: '5.00' });
    shopify.orders.get(order.gid).cancelledAt = '2026-01-01T00:00:00Z';
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    assert.equal((await paymentsForOrder(order.id)).length, 0);
    assert.equal(updatesOf(order).length, 0);
  });

  test('concurrent duplicate deliveries (same and new webhook ids) → one payment, one orderUpdate', async () => {
    const order = makeOrder({ total: '64.00' });
    const paycrypt = countingPayCrypt();
    const svc = await startService({ paycrypt });
    try {
      const answers = await Promise.all([
        ...['wh-c1', 'wh-c1', 'wh-c1'].map((webhookId) => deliverOrder(order, { url: svc.url, webhookId })),
        ...['wh-c2', 'wh-c3', 'wh-c4', 'wh-c5'].map((webhookId) => deliverOrder(order, { url: svc.url, webhookId })),
      ]);
      assert.deepEqual(answers.map((r) => r.status), [200, 200, 200, 200, 200, 200, 200]);
      await svc.idle();
    } finally {
      await svc.stop();
    }
    assert.equal(paycrypt.creates, 1);
    assert.equal((await paymentsForOrder(order.id)).length, 1);
    assert.equal(updatesOf(order).length, 1);
  });

  test('staff editing the note while two instances link the order: every edit kept, one payment', async () => {
    const order = makeOrder({ total: '19.00' });
    // Staff save a new note after an instance read the order and before its
    // orderUpdate lands: a read-modify-write of the note would undo the edit.
    let edits = 0;
    shopify.onCall((call) => {
      if (call.operation === 'orderUpdate' && call.variables.input.id === order.gid) {
        shopify.orders.get(order.gid).note = `Staff edit ${++edits}`;
      }
    });
    const [a, b] = await Promise.all([startService(), startService()]); // two instances, two stores
    try {
      await Promise.all([deliverOrder(order, { url: a.url }), deliverOrder(order, { url: b.url })]);
      await Promise.all([a.idle(), b.idle()]);
    } finally {
      shopify.onCall();
      await Promise.all([a.stop(), b.stop()]);
    }
    assert.equal(edits, 2);
    assert.equal(shopify.orders.get(order.gid).note, 'Staff edit 2', 'the last staff edit stands');
    const payments = await paymentsForOrder(order.id);
    assert.equal(payments.length, 1, 'one payment (the gateway idempotency key)');
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], payments[0].id);
    for (const update of updatesOf(order)) assert.equal(update.variables.input.note, undefined);
  });

  test('a body that is not valid UTF-8 is refused: no signature over other bytes is accepted', async () => {
    const order = makeOrder({ total: '12.00' });
    const [head, tail] = order.raw.split('Please gift-wrap');
    const raw = Buffer.concat([Buffer.from(`${head}Please gift-wrap `), Buffer.from([0xff]), Buffer.from(tail)]);
    // Decoded leniently, 0xFF becomes U+FFFD (EF BF BD): other bytes, with their own HMAC.
    const lenient = Buffer.from(raw.toString('utf8'), 'utf8');
    assert.notDeepEqual(lenient, raw);
    const paymentsBefore = await countPayments();
    const callsBefore = shopify.calls.length;
    await service.idle();
    const storedBefore = await readFile(storePath, 'utf8');

    const overOtherBytes = await deliverOrder({ ...order, raw }, { hmac: shopifyHmac(lenient) });
    assert.equal(overOtherBytes.status, 400, 'a signature of the U+FFFD bytes does not cover these bytes');
    assert.deepEqual(await overOtherBytes.json(), { error: 'invalid_body', reason: 'body_not_utf8' });
    const overTheseBytes = await deliverOrder({ ...order, raw }, { hmac: shopifyHmac(raw) });
    assert.equal(overTheseBytes.status, 400, 'not JSON (RFC 8259: UTF-8), whoever signed it');

    await service.idle();
    assert.equal(await countPayments(), paymentsBefore);
    assert.equal(shopify.calls.length, callsBefore);
    assert.equal(await readFile(storePath, 'utf8'), storedBefore, 'nothing written to the store');

    // The same order with valid UTF-8 (a multi-byte note) is verified over its bytes and handled.
    const utf8 = { ...order, raw: order.raw.replace('Please gift-wrap', 'Geschenk 🎁 verpacken, merci à vous') };
    assert.equal((await deliverOrder(utf8)).status, 200);
    await service.idle();
    assert.equal((await paymentsForOrder(order.id)).length, 1);
  });

  test('orderUpdate failing after the payment was created is retried with that payment', async () => {
    const order = makeOrder({ total: '44.00' });
    const paycrypt = countingPayCrypt();
    const svc = await startService({ paycrypt });
    shopify.failNext('orderUpdate', 1);
    try {
      assert.equal((await deliverOrder(order, { url: svc.url })).status, 200);
      await svc.idle();
    } finally {
      shopify.failNext('orderUpdate', 0);
      await svc.stop();
    }
    const payments = await paymentsForOrder(order.id);
    assert.equal(payments.length, 1);
    assert.equal(paycrypt.creates, 1);
    assert.deepEqual(updatesOf(order).map((c) => Boolean(c.failed)), [true, false]);
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], payments[0].id);
  });

  test('orderUpdate failing past its retries: reported, and the same payment attached later, after a restart', async () => {
    const order = makeOrder({ total: '45.00' });
    const path = join(storeDir, 'unlinked.jsonl');
    const first = await startService({ store: await openStore(path) });
    shopify.failNext('orderUpdate', 100);
    try {
      assert.equal((await deliverOrder(order, { url: first.url })).status, 200);
      await first.idle();
    } finally {
      shopify.failNext('orderUpdate', 0);
      await first.stop();
    }
    const [payment] = await paymentsForOrder(order.id);
    assert.ok(payment, 'the payment was created');
    assert.equal(updatesOf(order).length, 3, 'tried three times');
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], undefined);
    const failure = logs.find((l) => l.msg === 'shopify order failed' && l.paymentId === payment.id);
    assert.equal(failure?.code, 'link_not_attached', 'reported with the payment it concerns');

    // The process restarts; Shopify is back. The stored payment is attached, none created.
    const paycrypt = countingPayCrypt();
    const second = await startService({ store: await openStore(path), paycrypt });
    let results;
    try {
      results = await second.retryUnlinked();
      assert.deepEqual(await second.retryUnlinked(), [], 'nothing left to retry');
    } finally {
      await second.stop();
    }
    assert.deepEqual(results.map((r) => [r.outcome, r.paymentId]), [['payment_created', payment.id]]);
    assert.equal(paycrypt.creates, 0);
    assert.deepEqual((await paymentsForOrder(order.id)).map((p) => p.id), [payment.id]);
    assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], payment.id);
  });

  test('an order deleted in Shopify while its link was unattached: one warning, then the sweep forgets it', async () => {
    const order = makeOrder({ total: '46.00' });
    const svc = await startService();
    try {
      shopify.failNext('orderUpdate', 100);
      try {
        assert.equal((await deliverOrder(order, { url: svc.url })).status, 200);
        await svc.idle();
      } finally {
        shopify.failNext('orderUpdate', 0);
      }
      const [payment] = await paymentsForOrder(order.id);
      assert.ok(payment, 'the payment was created');
      shopify.orders.delete(order.gid); // staff deleted the order

      const results = await svc.retryUnlinked();
      assert.deepEqual(results, [{ outcome: 'order_not_found', orderId: order.id, paymentId: payment.id }]);
      assert.deepEqual(await svc.retryUnlinked(), [], 'not retried on every sweep');
      const said = logs.filter((l) => l.orderId === order.id && l.msg.startsWith('payment link'));
      assert.deepEqual(said.map((l) => [l.level, l.msg, l.paymentId]), [['warn', 'payment link dropped: order deleted in Shopify', payment.id]]);
    } finally {
      await svc.stop();
    }
  });

  test('a crash between completing the order and clearing its unlinked entry: the sweep clears it', async () => {
    const order = makeOrder({ total: '47.00' });
    const store = await openStore();
    const svc = await startService({ store });
    try {
      assert.equal((await deliverOrder(order, { url: svc.url })).status, 200);
      await svc.idle();
      const [payment] = await paymentsForOrder(order.id);
      assert.equal(shopify.orders.get(order.gid).metafields['paycrypt.payment_id'], payment.id);
      // What the process left on disk had it died between the two writes of
      // handleOrder: the order done, its unlinked entry (written before the
      // orderUpdate) still there.
      const retryable = { admin_graphql_api_id: order.gid, name: order.name, payment_gateway_names: ['PayCrypt'] };
      await store.complete(`shopify-unlinked:${order.id}`, { paymentId: payment.id, order: retryable });

      assert.deepEqual(await svc.retryUnlinked(), [{ outcome: 'duplicate', orderId: order.id }]);
      assert.deepEqual(await svc.retryUnlinked(), [], 'cleared: not found again on every sweep');
      assert.equal(updatesOf(order).length, 1, 'no second orderUpdate');
    } finally {
      await svc.stop();
    }
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
    // The resent event was recognised by its id: Shopify was not even asked
    // again (one order query before the payment was created, one before orderMarkAsPaid).
    assert.equal(shopify.callsOf('order').filter((c) => c.variables.id === order.gid).length, 2);
    const [call] = markCalls();
    assert.deepEqual(call.variables, { input: { id: `gid://shopify/Order/${order.id}` } });
    assert.match(call.query, /orderMarkAsPaid\(input: \$input\)/);
    assert.equal(shopify.orders.get(order.gid).financialStatus, 'PAID');

    // A fresh instance (store lost) given the same event asks Shopify first and
    // does not mark the order paid again.
    const fresh = await startService();
    const raw = JSON.stringify({ id: event.id, type: event.type, created: event.created, data: event.data, livemode: false });
    const signature = PayCrypt.webhooks.generateTestHeader(raw, webhookEndpoint.secret);
    let res;
    try {
      res = await fetch(`${fresh.url}/webhooks/paycrypt`, { method: 'POST', headers: { 'PayCrypt-Webhook-Signature': signature }, body: raw });
    } finally {
      await fresh.stop();
    }
    assert.equal(res.status, 200);
    assert.equal((await res.json()).outcome, 'not_payable');
    assert.equal(markCalls().length, 1);
  });

  test('a confirmed payment that is not the one linked to the order does not mark it paid', async () => {
    const order = makeOrder({ total: '30.00' });
    assert.equal((await deliverOrder(order)).status, 200);
    await service.idle();
    const [linked] = await paymentsForOrder(order.id);
    const markCalls = () => shopify.callsOf('orderMarkAsPaid').filter((c) => c.variables.input.id === order.gid);

    // A payment for the same order with this app's metadata, but not the one on
    // the order (an earlier link, replaced since): the customer paid it anyway.
    const stale = await client.payments.create({
      amount: '30.00', currency: 'USD', pay_currency: 'BTC', order_id: order.id,
      metadata: { source: 'shopify', shop: SHOP, shopify_order_id: order.id },
    });
    await client.testHelpers.payments.pay(stale.id);
    const staleEvent = await waitFor('the stale payment.confirmed event', () => confirmedEventFor(stale.id));
    await deliveredOk(staleEvent.id, 1);
    assert.equal(markCalls().length, 0, 'not marked paid by another payment');
    assert.equal(shopify.orders.get(order.gid).financialStatus, 'PENDING');
    assert.ok(logs.some((l) => l.level === 'warn' && l.paymentId === stale.id && l.linkedPaymentId === linked.id));

    // The linked payment's own confirmation still marks it paid.
    await client.testHelpers.payments.pay(linked.id);
    await waitFor('orderMarkAsPaid', () => markCalls().length >= 1);
    assert.equal(shopify.orders.get(order.gid).financialStatus, 'PAID');
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
