// Contract: every operation in openapi.yaml, called through the SDK against
// the real mock gateway (which validates requests and responses against the
// spec), and the payment flow with a local webhook receiver verifying
// signatures. Needs the mock (see ./mock.mjs); fails, never skips, without it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';

import { NotFoundError, PayCrypt } from '../dist/esm/index.js';
import { startMock } from './mock.mjs';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const specMethods = new Set();
for (const item of Object.values(spec.paths)) {
  for (const m of ['get', 'post', 'put', 'patch', 'delete']) {
    if (item[m]) specMethods.add(item[m]['x-sdk-method'].replace(/_([a-z])/g, (_, c) => c.toUpperCase()));
  }
}

/** Wrap a client so every resource method call is recorded as `payments.create` etc. */
function recording(client, called) {
  const wrap = (obj, prefix) =>
    new Proxy(obj, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof key !== 'string' || key.startsWith('_')) return value;
        if (typeof value === 'function') {
          return (...args) => {
            called.add(prefix + key);
            return value.apply(target, args);
          };
        }
        if (value && typeof value === 'object' && value.constructor !== Object && key !== 'webhooks') return wrap(value, `${prefix}${key}.`);
        return value;
      },
    });
  return wrap(client, '');
}

async function waitFor(what, fn, timeout = 15_000) {
  const started = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('contract: the SDK against the mock gateway', { timeout: 120_000 }, () => {
  let mock;
  let merchant;
  let admin;
  const called = new Set();
  let receiver;
  const deliveries = [];

  before(async () => {
    mock = await startMock(['--webhook-retry-delays', '0.2,0.5,1']);
    merchant = recording(new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: mock.baseURL }), called);
    admin = recording(new PayCrypt({ apiKey: 'pk_test_admin', apiSecret: 'sk_test_admin', baseURL: mock.baseURL }), called);
    receiver = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        deliveries.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(200).end('ok');
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
  });
  after(async () => {
    receiver?.closeAllConnections?.();
    receiver?.close();
    await mock?.stop();
  });

  test('health, catalogue and account', async () => {
    assert.equal((await merchant.health.check()).status, 'ok');
    assert.ok((await merchant.health.detailed()).status);
    const currencies = await merchant.currencies.list();
    assert.ok(currencies.data.length > 0);
    assert.ok((await merchant.rates.list({ currency: 'USD' })).data.length > 0);
    const estimate = await merchant.estimates.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC' });
    assert.equal(typeof estimate.pay_amount, 'string');
    assert.ok((await merchant.account.retrieve()).id.startsWith('cli_'));
    assert.ok(await merchant.usage.retrieve());
    await merchant.usage.listAlerts({ limit: 5 });
  });

  test('the payment flow, with signed webhooks verified by the receiver', async () => {
    const hookURL = `http://127.0.0.1:${receiver.address().port}/hook`;
    const endpoint = await merchant.webhookEndpoints.create({ url: hookURL, events: ['*'], description: 'node contract test' });
    assert.match(endpoint.secret, /^whsec_/);
    const payment = await merchant.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'node_flow_1' });
    assert.equal(payment.status, 'pending');
    assert.equal(typeof payment.pay_amount, 'string');
    assert.equal((await merchant.payments.retrieve(payment.id)).id, payment.id);
    const confirming = await merchant.testHelpers.payments.pay(payment.id, { confirm: false });
    assert.equal(confirming.status, 'confirming');
    const confirmed = await merchant.testHelpers.payments.confirm(payment.id);
    assert.equal(confirmed.status, 'confirmed');

    const event = await waitFor('a verified payment.confirmed delivery', () => {
      for (const d of deliveries) {
        const e = PayCrypt.webhooks.verify(d.body, d.headers['paycrypt-webhook-signature'], endpoint.secret);
        assert.equal(d.headers['paycrypt-event-id'], e.id);
        if (e.type === 'payment.confirmed' && e.data.object.id === payment.id) return e;
      }
      return null;
    });
    assert.equal(event.data.object.status, 'confirmed');
    // A delivery verified against the wrong secret, or re-serialised, fails.
    const d = deliveries[0];
    assert.throws(() => PayCrypt.webhooks.verify(d.body, d.headers['paycrypt-webhook-signature'], 'whsec_wrong'), /no v1 signature matches/);

    const refund = await merchant.refunds.create(payment.id, { amount: '10.00', reason: 'one mug broke' });
    assert.ok(refund.id.startsWith('re_'));
    const refunds = await merchant.refunds.list(payment.id);
    assert.equal(refunds.data[0].id, refund.id);

    const other = await merchant.payments.create({ amount: '5.00', currency: 'USD', pay_currency: 'ETH' });
    assert.equal((await merchant.payments.cancel(other.id)).status, 'canceled');
    const third = await merchant.payments.create({ amount: '5.00', currency: 'USD', pay_currency: 'ETH' });
    assert.equal((await merchant.testHelpers.payments.expire(third.id)).status, 'expired');
    const listed = [];
    for await (const p of merchant.payments.list({ limit: 2 })) listed.push(p.id);
    assert.ok(listed.includes(payment.id) && listed.includes(other.id) && listed.includes(third.id));
    await assert.rejects(merchant.payments.retrieve('pay_000000000000000000000000'), NotFoundError);

    // Events and endpoint management.
    const events = await merchant.events.list({ limit: 5 });
    assert.ok(events.data.length > 0);
    const one = await merchant.events.retrieve(events.data[0].id);
    assert.equal(one.id, events.data[0].id);
    await merchant.events.resend(one.id);
    await merchant.webhookEndpoints.test(endpoint.id);
    assert.ok((await merchant.webhookEndpoints.list()).data.some((e) => e.id === endpoint.id));
    assert.equal((await merchant.webhookEndpoints.retrieve(endpoint.id)).id, endpoint.id);
    const updated = await merchant.webhookEndpoints.update(endpoint.id, { description: 'renamed' });
    assert.equal(updated.description, 'renamed');
    const rotated = await merchant.webhookEndpoints.rotateSecret(endpoint.id, { expire_previous_after_seconds: 0 });
    assert.notEqual(rotated.secret, endpoint.secret);
    assert.equal((await merchant.webhookEndpoints.delete(endpoint.id)).deleted, true);
  });

  test('admin operations', async () => {
    const account = await merchant.account.retrieve();
    const clients = await admin.admin.clients.list({ limit: 10 });
    assert.ok(clients.data.some((c) => c.id === account.id));
    assert.equal((await admin.admin.clients.retrieve(account.id)).id, account.id);
    const packages = await admin.admin.packages.list();
    const target = packages.data.find((p) => p.id !== account.package?.id && p.id !== account.package) ?? packages.data[0];
    const switched = await admin.admin.clients.switchPackage(account.id, { package: target.id, reason: 'node contract test', dry_run: true });
    assert.equal(switched.dry_run, true);
    const override = await admin.admin.pricingOverrides.create({
      client_id: account.id, fee_percent: '0.5', expires_at: new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'), reason: 'promo',
    });
    const overrides = await admin.admin.pricingOverrides.list({ client_id: account.id });
    assert.ok(overrides.data.some((o) => o.id === override.pricing_override.id));
    await admin.admin.pricingOverrides.delete(override.pricing_override.id, { reason: 'promo over' });
    await admin.admin.usage.report();
    await admin.admin.usage.reset({ client_id: account.id, reason: 'node contract test', dry_run: true });
    await admin.admin.usage.checkAlerts();
    const alert = await admin.admin.usage.testAlert({ client_id: account.id, threshold: 80 });
    assert.equal(alert.threshold, 80);
    assert.equal(alert.email_sent, true);
    const emails = await merchant.testHelpers.emails.list({ alert_id: alert.id });
    assert.deepEqual(emails.data.map((e) => e.alert_id), [alert.id]);
    const email = await merchant.testHelpers.emails.retrieve(emails.data[0].id);
    assert.equal(email.to, account.email);
    assert.match(email.html, /^<!DOCTYPE html>/);
    const audit = await admin.admin.auditLog.list({ client_id: account.id });
    assert.ok(audit.data.length > 0);
  });

  test('every operation in the spec was called', () => {
    assert.deepEqual([...specMethods].filter((m) => !called.has(m)).sort(), []);
  });
});
