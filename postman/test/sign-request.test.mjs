// The collection's signing script (scripts/sign-request.js) against the shared vectors, and its
// Postman glue driven by a fake `pm` built from real postman-collection objects.
// Run: node --test test/   (from postman/)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const vectorsDir = process.env.PAYCRYPT_VECTORS_DIR || join(root, '..', 'contract-tests', 'vectors');
const vectors = JSON.parse(readFileSync(join(vectorsDir, 'request-signing.json'), 'utf8'));
const scriptSource = readFileSync(join(root, 'scripts', 'sign-request.js'), 'utf8');
// crypto-js pinned to 3.3.0: the version newman 6's sandbox ships (require('crypto-js') there).
const CryptoJS = require('crypto-js');
const sdk = require('postman-collection');

/** Evaluate the script in a fresh context; with `pm`, the glue signs pm.request as in Postman. */
function load(pm) {
  const context = { require: (name) => { assert.equal(name, 'crypto-js'); return CryptoJS; } };
  if (pm) context.pm = pm;
  vm.createContext(context);
  vm.runInContext(scriptSource, context, { filename: 'sign-request.js' });
  return context;
}

const script = load();

test('the vectors file is the one we expect', () => {
  assert.equal(vectors.scheme, 'PAYCRYPT-HMAC-SHA256');
  assert.equal(vectors.version, 1);
  assert.ok(vectors.cases.length >= 40);
});

for (const c of vectors.cases) {
  test(`vector ${c.tcId}: ${c.comment}`, () => {
    assert.equal(script.paycryptCanonicalQuery(c.query), c.canonical_query, 'canonical_query');
    const signed = script.paycryptSign(CryptoJS, c.secret, {
      method: c.method, path: c.path, query: c.query, timestamp: c.timestamp, nonce: c.nonce, body: c.body,
    });
    assert.equal(signed.canonicalQuery, c.canonical_query);
    assert.equal(signed.stringToSign, c.string_to_sign, 'string_to_sign');
    assert.equal(signed.signature, c.signature, 'signature');
    // a one-character change in the body or the secret changes the signature
    const other = script.paycryptSign(CryptoJS, c.secret + 'x', {
      method: c.method, path: c.path, query: c.query, timestamp: c.timestamp, nonce: c.nonce, body: c.body,
    });
    assert.notEqual(other.signature, c.signature);
    const otherBody = script.paycryptSign(CryptoJS, c.secret, {
      method: c.method, path: c.path, query: c.query, timestamp: c.timestamp, nonce: c.nonce, body: c.body + ' ',
    });
    assert.notEqual(otherBody.signature, c.signature);
  });
}

test('UTF-8 encoder agrees with Buffer on awkward text', () => {
  for (const s of ['', 'abc', 'café', '東京', '🚀x', '\u0000\u007f\u0080\u07ff\u0800\uffff', 'a\ud800b', '\udc00']) {
    assert.deepEqual(Array.from(script.paycryptUtf8Bytes(s)), [...Buffer.from(s, 'utf8')], JSON.stringify(s));
  }
});

// ---- the Postman glue, with a fake pm ------------------------------------------------------

const VARS = {
  baseUrl: 'http://127.0.0.1:8787',
  apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo',
  adminApiKey: 'pk_test_admin', adminApiSecret: 'sk_test_admin',
  payment_id: 'pay_abc', amount: '49.99', note: 'café au lait', city: '東京',
};

/** A fake pm: pm.request is a real postman-collection Request; variables resolve from `vars`. */
function fakePm(requestJson, vars = VARS) {
  const scope = new sdk.VariableScope(Object.entries(vars).map(([key, value]) => ({ key, value })));
  return {
    request: new sdk.Request(requestJson),
    variables: {
      get: (k) => scope.get(k),
      replaceIn: (s) => scope.replaceIn(s),
    },
  };
}

function headers(pm) {
  return Object.fromEntries(pm.request.headers.all().filter((h) => !h.disabled).map((h) => [h.key, h.value]));
}

function expected(secret, { method, path, query = '', timestamp, nonce, body = '' }) {
  return script.paycryptSign(CryptoJS, secret, { method, path, query, timestamp, nonce, body }).signature;
}

test('glue: vector 3 reproduced through {{variables}} in the body and URL', () => {
  const c = vectors.cases.find((v) => v.tcId === 3);
  const body = c.body.replace('"49.99"', '"{{amount}}"');
  assert.notEqual(body, c.body);
  const pm = fakePm({
    method: 'POST',
    url: '{{baseUrl}}/v1/payments',
    header: [{ key: 'Content-Type', value: 'application/json' }],
    body: { mode: 'raw', raw: body },
  });
  const ctx = load(); // functions only; call the glue with the vector's clock and nonce
  const out = ctx.paycryptSignPostmanRequest(pm, CryptoJS, c.timestamp, c.nonce);
  assert.equal(out.stringToSign, c.string_to_sign.replace(/\n[0-9a-f]{64}$/, '\n' + out.bodyHash));
  assert.equal(out.signature, c.signature);
  const h = headers(pm);
  assert.equal(h['PayCrypt-Key'], 'pk_test_demo');
  assert.equal(h['PayCrypt-Timestamp'], String(c.timestamp));
  assert.equal(h['PayCrypt-Nonce'], c.nonce);
  assert.equal(h['PayCrypt-Signature'], c.signature);
  assert.equal(pm.request.body.raw, c.body, 'the resolved body is written back: what is hashed is sent');
});

test('glue: evaluating the script with pm signs the request (fresh timestamp and nonce)', () => {
  const pm = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/payments/:payment_id', header: [] });
  pm.request.url.variables.add({ key: 'payment_id', value: '{{payment_id}}' });
  const before = Math.floor(Date.now() / 1000);
  load(pm);
  const h = headers(pm);
  const ts = Number(h['PayCrypt-Timestamp']);
  assert.ok(ts >= before && ts <= before + 5);
  assert.match(h['PayCrypt-Nonce'], /^[0-9a-f]{32}$/);
  assert.equal(h['PayCrypt-Signature'], expected('sk_test_demo', {
    method: 'GET', path: '/v1/payments/pay_abc', timestamp: h['PayCrypt-Timestamp'], nonce: h['PayCrypt-Nonce'],
  }));
  const pm2 = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/payments/:payment_id', header: [] });
  pm2.request.url.variables.add({ key: 'payment_id', value: '{{payment_id}}' });
  load(pm2);
  assert.notEqual(headers(pm2)['PayCrypt-Nonce'], h['PayCrypt-Nonce'], 'a new nonce each send');
});

test('glue: query with variables, UTF-8 and disabled params is canonicalised as sent', () => {
  const pm = fakePm({
    method: 'GET',
    url: {
      raw: '{{baseUrl}}/v1/payments?status=pending&limit=10&note={{note}}&city={{city}}&order_id=x',
      host: ['{{baseUrl}}'], path: ['v1', 'payments'],
      query: [
        { key: 'status', value: 'pending' }, { key: 'limit', value: '10' },
        { key: 'note', value: '{{note}}' }, { key: 'city', value: '{{city}}' },
        { key: 'order_id', value: 'x', disabled: true },
      ],
    },
  });
  const out = load().paycryptSignPostmanRequest(pm, CryptoJS, 1767225600, '0'.repeat(32));
  assert.equal(out.canonicalQuery,
    'city=%E6%9D%B1%E4%BA%AC&limit=10&note=caf%C3%A9%20au%20lait&status=pending');
  assert.match(out.stringToSign, /\nGET\n\/v1\/payments\ncity=/);
});

test('glue: GET /health is not signed, GET /health/detailed is', () => {
  const pm = fakePm({ method: 'GET', url: '{{baseUrl}}/health' });
  assert.equal(load().paycryptSignPostmanRequest(pm, CryptoJS), null);
  assert.equal(headers(pm)['PayCrypt-Signature'], undefined);
  const c = vectors.cases.find((v) => v.tcId === 1);
  const pm2 = fakePm({ method: 'GET', url: '{{baseUrl}}/health/detailed' }, { ...VARS, apiSecret: c.secret });
  const out = load().paycryptSignPostmanRequest(pm2, CryptoJS, c.timestamp, c.nonce);
  assert.equal(out.signature, c.signature);
});

test('glue: a request-level PayCrypt-Key {{adminApiKey}} header signs with adminApiSecret', () => {
  const pm = fakePm({
    method: 'GET', url: '{{baseUrl}}/v1/admin/usage/report?month=2026-01',
    header: [{ key: 'PayCrypt-Key', value: '{{adminApiKey}}' }],
  });
  const out = load().paycryptSignPostmanRequest(pm, CryptoJS, 1767225600, 'ab'.repeat(16));
  const h = headers(pm);
  assert.equal(h['PayCrypt-Key'], 'pk_test_admin');
  assert.equal(out.signature, expected('sk_test_admin', {
    method: 'GET', path: '/v1/admin/usage/report', query: 'month=2026-01', timestamp: 1767225600, nonce: 'ab'.repeat(16),
  }));
  assert.equal(pm.request.headers.all().filter((x) => x.key.toLowerCase() === 'paycrypt-key').length, 1);
});

test('glue: a literal admin key works too; an unknown key is refused with a clear error', () => {
  const pm = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/admin/packages', header: [{ key: 'PayCrypt-Key', value: 'pk_test_admin' }] });
  const out = load().paycryptSignPostmanRequest(pm, CryptoJS, 1767225600, 'cd'.repeat(16));
  assert.equal(out.signature, expected('sk_test_admin', { method: 'GET', path: '/v1/admin/packages', timestamp: 1767225600, nonce: 'cd'.repeat(16) }));
  const bad = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/account', header: [{ key: 'PayCrypt-Key', value: 'pk_test_nobody' }] });
  assert.throws(() => load().paycryptSignPostmanRequest(bad, CryptoJS), /no secret known/);
});

test('glue: explicit PayCrypt-Timestamp / PayCrypt-Nonce headers are signed as given', () => {
  const pm = fakePm({
    method: 'DELETE', url: '{{baseUrl}}/v1/webhook_endpoints/we_123',
    header: [{ key: 'PayCrypt-Timestamp', value: '1000000000' }, { key: 'PayCrypt-Nonce', value: '{{fixedNonce}}' }],
  }, { ...VARS, fixedNonce: 'ef'.repeat(16) });
  const out = load().paycryptSignPostmanRequest(pm, CryptoJS);
  const h = headers(pm);
  assert.equal(h['PayCrypt-Timestamp'], '1000000000');
  assert.equal(h['PayCrypt-Nonce'], 'ef'.repeat(16));
  assert.equal(out.signature, expected('sk_test_demo', { method: 'DELETE', path: '/v1/webhook_endpoints/we_123', timestamp: '1000000000', nonce: 'ef'.repeat(16) }));
});

test('glue: missing credentials and non-raw bodies fail loudly', () => {
  const pm = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/account' }, { baseUrl: 'http://x' });
  assert.throws(() => load().paycryptSignPostmanRequest(pm, CryptoJS), /set the apiKey variable/);
  const form = fakePm({ method: 'POST', url: '{{baseUrl}}/v1/payments', body: { mode: 'urlencoded', urlencoded: [{ key: 'a', value: 'b' }] } });
  assert.throws(() => load().paycryptSignPostmanRequest(form, CryptoJS), /only raw bodies/);
});

test('glue: the path is signed as it goes on the wire (spaces and UTF-8 percent-encoded)', () => {
  const c = vectors.cases.find((v) => v.tcId === 37);
  const pm = fakePm({ method: 'GET', url: '{{baseUrl}}/v1/payments/pay_été x/refunds' }, { ...VARS, apiSecret: c.secret });
  const out = load().paycryptSignPostmanRequest(pm, CryptoJS, c.timestamp, c.nonce);
  assert.equal(out.signature, c.signature);
});
