// The Node signing core against the shared vectors in contract-tests/vectors/.
// Reads the built package (dist/esm), and dist/cjs through require once, so
// both builds are proven to work. Run with `npm test` (builds first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import * as esm from '../dist/esm/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const vectorsDir = process.env.PAYCRYPT_VECTORS_DIR ?? join(here, '..', '..', 'contract-tests', 'vectors');
const load = (name) => JSON.parse(readFileSync(join(vectorsDir, name), 'utf8'));
const requestVectors = load('request-signing.json');
const webhookVectors = load('webhook-signing.json');

const require = createRequire(import.meta.url);
const cjs = require('../dist/cjs/index.js');

const slug = (c) =>
  `tc${c.tcId}-${c.comment.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '')}`;
const flipLast = (s) => s.slice(0, -1) + (s.endsWith('0') ? '1' : '0');
const inputs = (c, body = c.body) => ({
  method: c.method,
  path: c.path,
  query: c.query,
  timestamp: c.timestamp,
  nonce: c.nonce,
  body,
});

test('vector files are the expected schemes', () => {
  assert.equal(requestVectors.scheme, esm.SCHEME);
  assert.equal(webhookVectors.scheme, esm.WEBHOOK_SCHEME);
  assert.ok(requestVectors.cases.length >= 30);
  assert.ok(webhookVectors.cases.length >= 20);
});

describe('request signing vectors', () => {
  for (const c of requestVectors.cases) {
    test(slug(c), () => {
      assert.equal(esm.canonicalQuery(c.query), c.canonical_query);
      assert.equal(esm.stringToSign(inputs(c)), c.string_to_sign);
      assert.equal(esm.signRequest(c.secret, inputs(c)), c.signature);
      // The body as bytes signs the same as the body as a string.
      assert.equal(esm.signRequest(c.secret, inputs(c, new TextEncoder().encode(c.body))), c.signature);
      // A string timestamp (the header's text) signs the same as the number.
      assert.equal(esm.signRequest(c.secret, { ...inputs(c), timestamp: String(c.timestamp) }), c.signature);

      assert.equal(esm.verifyRequestSignature(c.secret, c.signature, inputs(c)), true);
      assert.equal(esm.verifyRequestSignature(c.secret, flipLast(c.signature), inputs(c)), false);
      assert.equal(esm.verifyRequestSignature(c.secret, c.signature.toUpperCase(), inputs(c)), false);
      assert.equal(esm.verifyRequestSignature(c.secret + 'x', c.signature, inputs(c)), false);
      assert.equal(esm.verifyRequestSignature(c.secret, c.signature, inputs(c, c.body + ' ')), false);
    });
  }
});

describe('webhook signing vectors', () => {
  for (const c of webhookVectors.cases) {
    test(slug(c), () => {
      const options = { tolerance: c.tolerance, now: c.now };
      const fromBytes = esm.checkWebhookSignature(Buffer.from(c.payload, 'utf8'), c.header, c.secret, options);
      assert.equal(fromBytes, c.reason);
      assert.equal(fromBytes === null, c.result === 'valid');
      assert.equal(esm.checkWebhookSignature(c.payload, c.header, c.secret, options), c.reason);
    });
  }
});

describe('the CommonJS build', () => {
  test('require() gives the same results as import', () => {
    for (const c of requestVectors.cases) {
      assert.equal(cjs.signRequest(c.secret, inputs(c)), c.signature, slug(c));
    }
    for (const c of webhookVectors.cases) {
      const reason = cjs.checkWebhookSignature(c.payload, c.header, c.secret, { tolerance: c.tolerance, now: c.now });
      assert.equal(reason, c.reason, slug(c));
    }
    assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());
  });
});

describe('guards', () => {
  const secret = 'sk_test_SUPER_SECRET_do_not_leak_41f7';
  const good = { method: 'GET', path: '/v1/payments', query: '', timestamp: 1, nonce: '00'.repeat(16), body: '' };

  test('payload must be the raw body, not parsed JSON', () => {
    assert.throws(() => esm.checkWebhookSignature({ id: 'evt_1' }, 't=1,v1=00', 'whsec_x'), {
      name: 'TypeError',
      message: /raw request body/,
    });
  });

  test('a missing secret or header fails closed', () => {
    assert.equal(esm.checkWebhookSignature('{}', 't=1,v1=00', undefined), 'empty_secret');
    assert.equal(esm.checkWebhookSignature('{}', 't=1,v1=00', null), 'empty_secret');
    assert.equal(esm.checkWebhookSignature('{}', undefined, 'whsec_x'), 'malformed_header');
    assert.equal(esm.verifyRequestSignature('', esm.signRequest(secret, good), good), false);
  });

  test('webhookHeader round-trips with rotation', () => {
    const header = esm.webhookHeader(['whsec_old', 'whsec_new'], '{"id":"evt_1"}', 1767225600);
    assert.match(header, /^t=1767225600,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    for (const s of ['whsec_old', 'whsec_new']) {
      assert.equal(esm.checkWebhookSignature('{"id":"evt_1"}', header, s, { now: 1767225600 }), null);
    }
  });

  test('newNonce is 16 random bytes in lowercase hex', () => {
    // Drawn from a pool refilled every 256 nonces: across refills too, none repeats.
    const nonces = new Set(Array.from({ length: 1000 }, () => esm.newNonce()));
    assert.equal(nonces.size, 1000);
    for (const n of nonces) assert.match(n, /^[0-9a-f]{32}$/);
  });

  test('no secret appears in any error message', () => {
    const bad = [
      { method: 'GET POST' },
      { method: secret + ' X' },
      { path: '/v1/payments?' + secret },
      { path: '' },
      { timestamp: secret },
      { timestamp: -1 },
      { nonce: secret + '\n' },
      { body: { secret } },
      { query: { q: secret } },
    ];
    const messages = [];
    for (const override of bad) {
      const request = { ...good, ...override };
      assert.throws(() => esm.signRequest(secret, request), (err) => (messages.push(err.message), true));
      assert.equal(esm.verifyRequestSignature(secret, 'v1=00', request), false);
    }
    for (const call of [
      () => esm.signRequest('', good),
      () => esm.webhookSignature(secret, { secret }, 1),
      () => esm.webhookHeader([], '{}', 1),
      () => esm.checkWebhookSignature({ secret }, 't=1,v1=00', secret),
      () => esm.checkWebhookSignature('{}', 't=1,v1=00', secret, { tolerance: -1 }),
    ]) {
      assert.throws(call, (err) => (messages.push(err.message), true));
    }
    assert.ok(messages.length > 0);
    for (const message of messages) {
      assert.ok(message.length > 0);
      assert.ok(!message.includes('SUPER_SECRET'), message);
    }
  });
});
