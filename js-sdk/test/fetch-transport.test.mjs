// The fetch transport with a stubbed fetch: what it is handed, and how its
// failures map onto the error tree.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { APIConnectionError, APITimeoutError, PayCrypt, verifyRequestSignature } from '../dist/esm/index.js';
import { API_SECRET, PAYMENT } from './helpers.mjs';

function stub(answers) {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url, init });
    const next = answers.shift() ?? { status: 200, body: PAYMENT };
    if (next instanceof Error) throw next;
    if (next.hang) {
      return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'PayCrypt-Request-Id': 'req_stub', ...next.headers } });
  };
  return { fetch, calls };
}

const client = (fetch, options = {}) => {
  const c = new PayCrypt({ apiKey: 'pk_test_unit', apiSecret: API_SECRET, baseURL: 'https://api.example.test', fetch, ...options });
  c._sleep = async () => {};
  return c;
};

describe('fetch transport (stubbed fetch)', () => {
  test('gets the URL, method, headers and the exact signed bytes', async () => {
    const { fetch, calls } = stub([{ status: 201, body: PAYMENT }]);
    const params = { amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'o 1' };
    assert.deepEqual(await client(fetch).payments.create(params), PAYMENT);
    const { url, init } = calls[0];
    assert.equal(url, 'https://api.example.test/v1/payments');
    assert.equal(init.method, 'POST');
    assert.ok(init.body instanceof Uint8Array);
    assert.equal(Buffer.from(init.body).toString(), JSON.stringify(params));
    const h = init.headers;
    assert.ok(verifyRequestSignature(API_SECRET, h['PayCrypt-Signature'], {
      method: 'POST', path: '/v1/payments', query: '', timestamp: h['PayCrypt-Timestamp'], nonce: h['PayCrypt-Nonce'], body: init.body,
    }));
  });

  test('a rejected fetch is a connection error, retried with the same key', async () => {
    const { fetch, calls } = stub([new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })]);
    await client(fetch).payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' });
    assert.equal(calls.length, 2);
    assert.equal(calls[0].init.headers['Idempotency-Key'], calls[1].init.headers['Idempotency-Key']);
    assert.notEqual(calls[0].init.headers['PayCrypt-Nonce'], calls[1].init.headers['PayCrypt-Nonce']);

    const always = stub(Array(3).fill(new TypeError('fetch failed')));
    await assert.rejects(client(always.fetch).account.retrieve(), (err) =>
      err instanceof APIConnectionError && /^GET \/v1\/account failed: connection error/.test(err.message));
  });

  test('a hung fetch is cut by the timeout', async () => {
    const { fetch } = stub([{ hang: true }]);
    await assert.rejects(client(fetch, { timeout: 30, maxRetries: 0 }).account.retrieve(), APITimeoutError);
  });

  test('status errors and Retry-After work the same', async () => {
    const { fetch, calls } = stub([{ status: 429, body: { code: 'rate_limited', status: 429 }, headers: { 'Retry-After': '1' } }]);
    const delays = [];
    await client(fetch, { onRetry: (i) => delays.push(i.delayMs) }).account.retrieve();
    assert.deepEqual(delays, [1000]);
    assert.equal(calls.length, 2);
  });
});
