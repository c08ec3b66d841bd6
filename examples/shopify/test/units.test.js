// Unit tests that need neither the mock gateway nor the network.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { compareDecimal } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { orderIdOf, verifyShopifyHmac } from '../src/shopify.js';
import { JsonFileStore, MemoryStore } from '../src/store.js';

test('verifyShopifyHmac: valid, wrong, missing, empty secret', () => {
  const body = Buffer.from('{"id":1}');
  const good = createHmac('sha256', 's3cret').update(body).digest('base64');
  assert.equal(verifyShopifyHmac(body, good, 's3cret'), true);
  assert.equal(verifyShopifyHmac(body, good, 'other'), false);
  assert.equal(verifyShopifyHmac(Buffer.from('{"id":2}'), good, 's3cret'), false);
  assert.equal(verifyShopifyHmac(body, undefined, 's3cret'), false);
  assert.equal(verifyShopifyHmac(body, 'abc', 's3cret'), false);
  assert.equal(verifyShopifyHmac(body, good, ''), false, 'fails closed without a secret');
});

test('orderIdOf prefers admin_graphql_api_id (ids above 2^53 survive)', () => {
  const order = JSON.parse('{"id":9820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/9820982911946154508"}');
  assert.notEqual(String(order.id), '9820982911946154508');
  assert.equal(orderIdOf(order), '9820982911946154508');
  assert.equal(orderIdOf({ id: 5600000001001 }), '5600000001001');
  assert.equal(orderIdOf({ id: 9820982911946154508 }), undefined);
  assert.equal(orderIdOf({}), undefined);
});

test('compareDecimal is exact', () => {
  assert.equal(compareDecimal('10.0', '10.00'), 0);
  assert.equal(compareDecimal('75.25', '75.3'), -1);
  assert.equal(compareDecimal('0.1', '0'), 1);
  assert.equal(compareDecimal('100', '99.99'), 1);
});

test('loadConfig lists every missing variable and builds the GraphQL URL', () => {
  assert.throws(() => loadConfig({}), (err) => err instanceof ConfigError && /SHOPIFY_SHOP_DOMAIN.*PAYCRYPT_WEBHOOK_SECRET/.test(err.message));
  const env = {
    SHOPIFY_SHOP_DOMAIN: 'https://demo.myshopify.com/', SHOPIFY_ADMIN_TOKEN: 't', SHOPIFY_API_SECRET: 's',
    PAYCRYPT_API_KEY: 'pk', PAYCRYPT_API_SECRET: 'sk', PAYCRYPT_WEBHOOK_SECRET: 'whsec_x',
  };
  const config = loadConfig(env);
  assert.equal(config.shopify.graphqlUrl, 'https://demo.myshopify.com/admin/api/2025-01/graphql.json');
  assert.equal(config.shopify.paymentMethodName, 'PayCrypt');
  assert.equal(loadConfig({ ...env, SHOPIFY_ADMIN_API_URL: 'http://127.0.0.1:9/', SHOPIFY_API_VERSION: '2025-04' })
    .shopify.graphqlUrl, 'http://127.0.0.1:9/admin/api/2025-04/graphql.json');
  assert.throws(() => loadConfig({ ...env, SHOPIFY_API_VERSION: 'latest' }), ConfigError);
});

test('MemoryStore: claim once, release to retry, complete keeps the value', async () => {
  const store = new MemoryStore();
  assert.equal(await store.claim('k'), true);
  assert.equal(await store.claim('k'), false);
  await store.release('k');
  assert.equal(await store.claim('k'), true);
  await store.complete('k', { paymentId: 'pay_1' });
  assert.equal(await store.claim('k'), false);
  assert.deepEqual((await store.get('k')).value, { paymentId: 'pay_1' });
});

test('JsonFileStore survives a restart; unfinished claims are retried', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'paycrypt-shopify-'));
  try {
    const path = join(dir, 'nested', 'dedupe.json');
    const store = await JsonFileStore.open(path);
    await store.claim('done');
    await store.complete('done', 'v');
    await store.claim('pending');
    assert.ok(JSON.parse(await readFile(path, 'utf8')).records.done);
    const reopened = await JsonFileStore.open(path);
    assert.equal(await reopened.claim('done'), false);
    assert.equal(await reopened.claim('pending'), true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
