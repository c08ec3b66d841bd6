// Retries: what is retried, how long the SDK waits, and that a retried POST
// keeps its Idempotency-Key while the timestamp, nonce and signature change.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';

import {
  APIConnectionError,
  APITimeoutError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  RateLimitError,
} from '../dist/esm/index.js';
import { PAYMENT, assertSigned, makeClient, problem, startServer } from './helpers.mjs';

// The package ships one bundled module; its internal retry helpers are
// compiled here from their source (esbuild, the build's own bundler).
const { buildSync } = await import('esbuild');
const retrySource = buildSync({
  entryPoints: [new URL('../src/retry.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
}).outputFiles[0].text;
const { backoffDelay, parseRetryAfter } = await import(`data:text/javascript;base64,${Buffer.from(retrySource).toString('base64')}`);

describe('retries', () => {
  let server;
  let script = [];
  before(async () => {
    server = await startServer((record, i) => {
      const next = script.shift();
      return typeof next === 'function' ? next(record, i) : next ?? { status: 201, body: PAYMENT };
    });
  });
  beforeEach(() => {
    script = [];
    server.requests.length = 0;
  });
  after(() => server.close());

  const create = (client, options) => client.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC' }, options);

  for (const [label, answer] of [
    ['500', problem(500, 'internal_error')],
    ['502', { status: 502, body: 'bad gateway' }],
    ['503', problem(503, 'service_unavailable')],
    ['408', problem(408, 'request_timeout')],
    ['429', { ...problem(429, 'rate_limited'), headers: { 'Retry-After': '0' } }],
    ['409 idempotency_key_in_use', problem(409, 'idempotency_key_in_use')],
    ['a dropped connection', 'drop'],
  ]) {
    test(`retries after ${label}, same Idempotency-Key, fresh timestamp/nonce/signature`, async () => {
      script = [answer, answer];
      const retries = [];
      const client = makeClient(server.url, { onRetry: (info) => retries.push(info) });
      assert.deepEqual(await create(client), PAYMENT);
      assert.equal(server.requests.length, 3);
      const keys = new Set(server.requests.map((r) => r.headers['idempotency-key']));
      assert.equal(keys.size, 1);
      assert.equal(new Set(server.requests.map((r) => r.headers['paycrypt-nonce'])).size, 3);
      assert.equal(new Set(server.requests.map((r) => r.headers['paycrypt-signature'])).size, 3);
      assert.equal(new Set(server.requests.map((r) => r.body.toString('hex'))).size, 1);
      for (const r of server.requests) assertSigned(r);
      assert.deepEqual(retries.map((r) => r.attempt), [1, 2]);
      for (const r of retries) assert.equal(typeof r.reason, 'string');
    });
  }

  test('reasons name the status and code', async () => {
    script = [problem(503, 'service_unavailable'), 'drop'];
    const reasons = [];
    await create(makeClient(server.url, { onRetry: (i) => reasons.push(i.reason) }));
    assert.deepEqual(reasons, ['503 service_unavailable', 'connection error']);
  });

  for (const [status, code, ErrorClass] of [
    [400, 'invalid_request', BadRequestError],
    [409, 'idempotency_key_reused', ConflictError],
    [422, 'validation_failed', Error],
    [404, 'payment_not_found', Error],
  ]) {
    test(`does not retry ${status} ${code}`, async () => {
      script = [problem(status, code)];
      const client = makeClient(server.url);
      await assert.rejects(create(client), (err) => err instanceof ErrorClass && err.status === status && err.code === code);
      assert.equal(server.requests.length, 1);
    });
  }

  test('gives up after maxRetries and throws the last error', async () => {
    script = Array(5).fill(problem(500, 'internal_error'));
    await assert.rejects(create(makeClient(server.url)), InternalServerError);
    assert.equal(server.requests.length, 3);
  });

  test('maxRetries: 0 is exactly one attempt (client or per request)', async () => {
    script = Array(5).fill(problem(503, 'service_unavailable'));
    await assert.rejects(create(makeClient(server.url, { maxRetries: 0 })), InternalServerError);
    assert.equal(server.requests.length, 1);
    await assert.rejects(create(makeClient(server.url), { maxRetries: 0 }), InternalServerError);
    assert.equal(server.requests.length, 2);
    await assert.rejects(create(makeClient(server.url, { maxRetries: 0 }), { maxRetries: 1 }), InternalServerError);
    assert.equal(server.requests.length, 4);
  });

  test('Retry-After in seconds and as an HTTP date is honoured', async () => {
    const date = new Date(Date.now() + 30_000).toUTCString();
    script = [
      { ...problem(429, 'rate_limited'), headers: { 'Retry-After': '2' } },
      { ...problem(503, 'service_unavailable'), headers: { 'Retry-After': date } },
    ];
    const delays = [];
    await create(makeClient(server.url, { onRetry: (i) => delays.push(i.delayMs) }));
    assert.equal(delays[0], 2000);
    assert.ok(delays[1] > 28_000 && delays[1] <= 30_000, String(delays[1]));
  });

  test('a Retry-After above 60 s throws RateLimitError saying when to come back', async () => {
    script = [{ ...problem(429, 'rate_limited', { detail: 'Too many requests.' }), headers: { 'Retry-After': '120' } }];
    const retries = [];
    await assert.rejects(create(makeClient(server.url, { onRetry: (i) => retries.push(i) })), (err) => {
      assert.ok(err instanceof RateLimitError);
      assert.equal(err.retryAfter, 120_000);
      assert.match(err.message, /^POST \/v1\/payments failed: 429 rate_limited — Too many requests\./);
      assert.match(err.message, /retry after 120 s \(not before \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\)/);
      return true;
    });
    assert.equal(server.requests.length, 1);
    assert.equal(retries.length, 0);
  });

  test('without Retry-After, back-off is exponential full jitter (500 ms base, 8 s cap)', async () => {
    script = Array(6).fill(problem(500, 'internal_error'));
    const delays = [];
    const client = makeClient(server.url, { maxRetries: 6, onRetry: (i) => delays.push(i.delayMs) });
    client._random = () => 0.999999;
    await create(client);
    assert.deepEqual(delays.map((d) => Math.round(d)), [500, 1000, 2000, 4000, 8000, 8000]);
    for (let n = 0; n < 8; n++) {
      for (let i = 0; i < 50; i++) {
        const d = backoffDelay(n);
        assert.ok(d >= 0 && d <= Math.min(8000, 500 * 2 ** n));
      }
    }
  });

  test('an async onRetry is awaited', async () => {
    script = [problem(500, 'internal_error')];
    const order = [];
    const client = makeClient(server.url, {
      onRetry: async () => {
        await new Promise((r) => setTimeout(r, 20));
        order.push('hook');
      },
    });
    client._sleep = async () => order.push('sleep');
    await create(client);
    assert.deepEqual(order, ['hook', 'sleep']);
  });

  test('a timeout is an APITimeoutError, and is retried', async () => {
    script = [{ delay: 300, status: 201, body: PAYMENT }];
    const reasons = [];
    const client = makeClient(server.url, { timeout: 100, onRetry: (i) => reasons.push(i.reason) });
    assert.deepEqual(await create(client), PAYMENT);
    assert.deepEqual(reasons, ['timeout']);
    script = Array(3).fill({ delay: 300, status: 201, body: PAYMENT });
    await assert.rejects(create(client), (err) => {
      assert.ok(err instanceof APITimeoutError && err instanceof APIConnectionError);
      assert.match(err.message, /^POST \/v1\/payments failed: timed out after 100 ms$/);
      return true;
    });
  });

  test('the deadline bounds all attempts together', async () => {
    script = Array(10).fill({ delay: 150, status: 503, body: {} });
    const client = makeClient(server.url, { maxRetries: 10, deadline: 400 });
    const started = Date.now();
    await assert.rejects(create(client), (err) => err instanceof APIConnectionError || err instanceof InternalServerError);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 700, `took ${elapsed} ms`);
    assert.ok(server.requests.length <= 4);
    // A slow single attempt is cut at the deadline, not at the (longer) timeout.
    script = [{ delay: 1000, status: 201, body: PAYMENT }];
    await assert.rejects(create(makeClient(server.url, { maxRetries: 0 }), { deadline: 100 }), {
      name: 'APITimeoutError',
      message: /deadline of 100 ms exceeded/,
    });
  });

  test('a retry wait longer than the remaining deadline is not started', async () => {
    script = [{ ...problem(503, 'service_unavailable'), headers: { 'Retry-After': '5' } }];
    const client = makeClient(server.url, { deadline: 2000 });
    await assert.rejects(create(client), InternalServerError);
    assert.equal(server.requests.length, 1);
  });

  test('connection refused is an APIConnectionError after retries', async () => {
    const dead = await startServer();
    const url = dead.url;
    await dead.close();
    const reasons = [];
    const client = makeClient(url, { onRetry: (i) => reasons.push(i.reason) });
    await assert.rejects(client.account.retrieve(), (err) => {
      assert.ok(err instanceof APIConnectionError && !(err instanceof APITimeoutError));
      assert.match(err.message, /^GET \/v1\/account failed: connection error \(ECONNREFUSED/);
      return true;
    });
    assert.deepEqual(reasons, ['connection error', 'connection error']);
  });
});

describe('parseRetryAfter', () => {
  test('seconds, dates and junk', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    assert.equal(parseRetryAfter(' 1.5 '), 1500);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', Date.UTC(2026, 0, 1)), 60_000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:00 GMT', Date.UTC(2026, 0, 2)), 0);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(''), undefined);
    assert.equal(parseRetryAfter(undefined), undefined);
  });
});
