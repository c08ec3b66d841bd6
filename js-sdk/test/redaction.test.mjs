// The API secret never shows: not in util.inspect, JSON, error messages or debug logs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inspect } from 'node:util';
import { after, before, describe, test } from 'node:test';

import { createHash } from 'node:crypto';

import { PayCrypt, signRequest } from '../dist/esm/index.js';
import { API_SECRET, PAYMENT, makeClient, problem, startServer } from './helpers.mjs';

describe('redaction', () => {
  let server;
  let next = () => ({ status: 200, body: PAYMENT });
  before(async () => {
    server = await startServer(() => next());
  });
  after(() => server.close());

  test('util.inspect, console-style formatting, JSON and Object.keys hide the secret', () => {
    const client = makeClient(server.url);
    for (const text of [
      inspect(client),
      inspect(client, { showHidden: true, depth: 10 }),
      inspect({ nested: client }, { depth: 10 }),
      JSON.stringify(client),
      JSON.stringify(Object.entries(client)),
      String(Object.keys(client)),
    ]) {
      assert.ok(!text.includes(API_SECRET), text);
    }
    assert.match(inspect(client), /apiSecret: '\[redacted\]'/);
    assert.match(inspect(client), /apiKey: 'pk_test_unit'/);
  });

  test('errors carry no secret', async () => {
    next = () => problem(401, 'signature_mismatch', { detail: 'bad signature' });
    await assert.rejects(makeClient(server.url).account.retrieve(), (err) => {
      assert.ok(!inspect(err, { depth: 10 }).includes(API_SECRET));
      assert.ok(!JSON.stringify(err).includes(API_SECRET));
      return true;
    });
  });

  test('PAYCRYPT_LOG=debug logs requests with the signature redacted', async () => {
    next = () => problem(503, 'service_unavailable');
    const lines = [];
    const client = makeClient(server.url, { logLevel: 'debug', logger: (l) => lines.push(l), maxRetries: 1 });
    await assert.rejects(client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' }));
    assert.ok(lines.some((l) => l.includes('[paycrypt] request POST')));
    assert.ok(lines.some((l) => l.includes('[paycrypt] response POST /v1/payments 503 requestId=req_')));
    assert.ok(lines.some((l) => l.includes('[paycrypt] retrying POST /v1/payments (503 service_unavailable)')));
    const signatures = server.requests.map((r) => r.headers['paycrypt-signature']);
    for (const line of lines) {
      assert.ok(!line.includes(API_SECRET));
      for (const sig of signatures) assert.ok(!line.includes(sig.slice(3)), line);
    }
    assert.ok(lines.some((l) => l.includes('"PayCrypt-Signature":"v1=…redacted"')));
  });

  test('debug logs the string to sign, line by line, and neither the secret nor the signature', async () => {
    next = () => ({ status: 200, body: PAYMENT });
    const lines = [];
    const client = makeClient(server.url, { logLevel: 'debug', logger: (l) => lines.push(l) });
    const body = { amount: '1.00', currency: 'USD', pay_currency: 'BTC' };
    await client.payments.create(body);
    const sent = server.requests.at(-1);
    const line = lines.find((l) => l.startsWith('[paycrypt] string to sign for POST '));
    assert.ok(line, lines.join('\n'));
    const text = line.slice(line.indexOf(':\n') + 2);
    const rawBody = createHash('sha256').update(sent.body).digest('hex');
    assert.deepEqual(text.split('\n'), [
      'PAYCRYPT-HMAC-SHA256', sent.headers['paycrypt-timestamp'], sent.headers['paycrypt-nonce'],
      'POST', '/v1/payments', '', rawBody,
    ]);
    assert.equal(sent.headers['paycrypt-signature'], signRequest(API_SECRET, {
      method: 'POST', path: '/v1/payments', query: '', timestamp: Number(sent.headers['paycrypt-timestamp']),
      nonce: sent.headers['paycrypt-nonce'], body: sent.body,
    }));
    assert.ok(!line.includes(API_SECRET) && !line.includes(sent.headers['paycrypt-signature'].slice(3)));
  });

  test('the environment switch, and silence by default', async () => {
    const script = `
      import { PayCrypt } from './dist/esm/index.js';
      const c = new PayCrypt({ apiKey: 'pk', apiSecret: '${API_SECRET}', baseURL: '${server.url}', maxRetries: 0, timeout: 5000 });
      await c.account.retrieve().catch(() => {});
    `;
    next = () => ({ status: 200, body: {} });
    // Asynchronously: the server answering the child lives in this process.
    const run = (env) =>
      promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
        cwd: new URL('..', import.meta.url),
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const on = await run({ PAYCRYPT_LOG: 'debug' });
    assert.match(on.stderr, /\[paycrypt\] request GET http:\/\/127\.0\.0\.1:\d+\/v1\/account attempt=1/);
    assert.ok(!on.stderr.includes(API_SECRET));
    const off = await run({ PAYCRYPT_LOG: '' });
    assert.equal(off.stderr, '');
  });

  test('environment fallbacks for key, secret and base URL', () => {
    const saved = { ...process.env };
    Object.assign(process.env, { PAYCRYPT_API_KEY: 'pk_env', PAYCRYPT_API_SECRET: 'sk_env', PAYCRYPT_BASE_URL: 'http://127.0.0.1:9/' });
    try {
      const c = new PayCrypt();
      assert.equal(c.apiKey, 'pk_env');
      assert.equal(c.baseURL, 'http://127.0.0.1:9');
      assert.ok(!inspect(c).includes('sk_env'));
    } finally {
      for (const k of ['PAYCRYPT_API_KEY', 'PAYCRYPT_API_SECRET', 'PAYCRYPT_BASE_URL']) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});
