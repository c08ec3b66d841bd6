// Unit tests that need neither the mock gateway nor the network.
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { compareDecimal } from '../src/app.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { exactUtf8, orderIdOf } from '../src/shopify.js';
import { FileStore } from '../src/store.js';

test('orderIdOf prefers admin_graphql_api_id (ids above 2^53 survive)', () => {
  const order = JSON.parse('{"id":9820982911946154508,"admin_graphql_api_id":"gid://shopify/Order/9820982911946154508"}');
  assert.notEqual(String(order.id), '9820982911946154508');
  assert.equal(orderIdOf(order), '9820982911946154508');
  assert.equal(orderIdOf({ id: 5600000001001 }), '5600000001001');
  assert.equal(orderIdOf({ id: 9820982911946154508 }), undefined);
  assert.equal(orderIdOf({}), undefined);
});

test('exactUtf8: text whose UTF-8 encoding is exactly the bytes, or undefined', () => {
  for (const bytes of [Buffer.from('{"note":"à 🎁"}'), Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), Buffer.alloc(0)]) {
    assert.deepEqual(Buffer.from(exactUtf8(bytes), 'utf8'), bytes);
  }
  for (const bytes of [Buffer.from([0x7b, 0xff, 0x7d]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0xaf])]) {
    assert.equal(exactUtf8(bytes), undefined, bytes.toString('hex'));
  }
});

test('compareDecimal is exact', () => {
  assert.equal(compareDecimal('10.0', '10.00'), 0);
  assert.equal(compareDecimal('75.25', '75.3'), -1);
  assert.equal(compareDecimal('0.1', '0'), 1);
  assert.equal(compareDecimal('100', '99.99'), 1);
});

test('loadConfig lists every missing variable and validates the Admin API host', () => {
  assert.throws(() => loadConfig({}), (err) => err instanceof ConfigError && /SHOPIFY_SHOP_DOMAIN.*PAYCRYPT_WEBHOOK_SECRET/.test(err.message));
  const env = {
    SHOPIFY_SHOP_DOMAIN: 'https://demo.myshopify.com/', SHOPIFY_ADMIN_TOKEN: 't', SHOPIFY_API_SECRET: 's',
    PAYCRYPT_API_KEY: 'pk', PAYCRYPT_API_SECRET: 'sk', PAYCRYPT_WEBHOOK_SECRET: 'whsec_x',
  };
  const config = loadConfig(env);
  assert.equal(config.shopify.shopDomain, 'demo.myshopify.com');
  assert.equal(config.shopify.apiVersion, '2026-07');
  assert.equal(config.shopify.adminApiHost, undefined);
  assert.equal(config.shopify.paymentMethodName, 'PayCrypt');
  assert.equal(config.storeFile, './data/paycrypt-shopify.jsonl');
  assert.equal(loadConfig({ ...env, SHOPIFY_ADMIN_API_HOST: '127.0.0.1:9' }).shopify.adminApiHost, '127.0.0.1:9');
  assert.throws(() => loadConfig({ ...env, SHOPIFY_ADMIN_API_HOST: 'http://127.0.0.1:9/' }), ConfigError);
  assert.throws(() => loadConfig({ ...env, SHOPIFY_API_VERSION: 'latest' }), ConfigError);
});

test('FileStore: claim once, release to retry, complete keeps the value', async () => {
  await withDir(async (dir) => {
    const store = await FileStore.open(join(dir, 's.jsonl'));
    assert.equal(await store.claim('k'), true);
    assert.equal(await store.claim('k'), false, 'a claim in progress');
    await store.release('k');
    assert.equal(await store.claim('k'), true);
    await store.complete('k', { paymentId: 'pay_1' });
    assert.equal(await store.claim('k'), false);
    assert.deepEqual((await store.get('k')).value, { paymentId: 'pay_1' });
    await store.close();
  });
});

test('FileStore.entries lists the done records under a prefix', async () => {
  await withDir(async (dir) => {
    const store = await FileStore.open(join(dir, 's.jsonl'));
    await store.complete('a:1', { n: 1 });
    await store.complete('b:1', 2);
    await store.claim('a:2'); // in progress: not listed
    assert.deepEqual((await store.entries('a:')).map((e) => [e.key, e.value]), [['a:1', { n: 1 }]]);
    await store.close();
  });
});

test('FileStore survives a restart; unfinished claims are retried; a torn last line is skipped', async () => {
  await withDir(async (dir) => {
    const path = join(dir, 'nested', 'store.jsonl');
    const store = await FileStore.open(path);
    await store.claim('done');
    await store.complete('done', 'v');
    await store.claim('pending');
    await store.close();
    await appendFile(path, '{"key":"torn","va'); // a crash in the middle of a write
    const reopened = await FileStore.open(path);
    assert.equal(await reopened.claim('done'), false);
    assert.equal((await reopened.get('done')).value, 'v');
    assert.equal(await reopened.claim('pending'), true);
    assert.equal(await reopened.get('torn'), undefined);
    await reopened.close();
    // Compacted on open: one line per record, the torn tail gone.
    assert.deepEqual((await readFile(path, 'utf8')).trim().split('\n').map((l) => JSON.parse(l).key), ['done']);
  });
});

test('FileStore forgets records older than maxAgeMs (a simulated clock)', async () => {
  await withDir(async (dir) => {
    let now = 1_000_000;
    const store = await FileStore.open(join(dir, 's.jsonl'), { maxAgeMs: 1000, now: () => now });
    await store.claim('k');
    await store.complete('k', 1);
    now += 999;
    assert.equal(await store.claim('k'), false);
    now += 2;
    assert.equal(await store.get('k'), undefined);
    assert.equal(await store.claim('k'), true);
    await store.close();
  });
});

test('FileStore: of concurrent claims on one key exactly one wins', async () => {
  await withDir(async (dir) => {
    const store = await FileStore.open(join(dir, 's.jsonl'));
    const wins = await Promise.all(Array.from({ length: 20 }, () => store.claim('k')));
    assert.equal(wins.filter(Boolean).length, 1);
    await store.close();
  });
});

test('no hand-written Shopify HMAC or GraphQL transport in src/', async () => {
  const dir = new URL('../src/', import.meta.url);
  for (const file of await readdir(dir)) {
    const text = await readFile(new URL(file, dir), 'utf8');
    assert.doesNotMatch(text, /createHmac|timingSafeEqual|fetch\(|graphql\.json|X-Shopify-Access-Token/i, file);
  }
});

async function withDir(fn) {
  const dir = await mkdtemp(join(tmpdir(), 'paycrypt-shopify-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
