// What the client puts on the wire: every request verifies with the signing
// core over the exact bytes the server received; JSON is serialised once;
// POSTs carry an Idempotency-Key; queries and paths are encoded as signed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import { PayCrypt, canonicalQuery, VERSION } from '../dist/esm/index.js';
import { API_KEY, PAYMENT, assertSigned, makeClient, startServer } from './helpers.mjs';

describe('requests on the wire', () => {
  let server;
  before(async () => {
    server = await startServer((r) => ({ status: r.method === 'POST' ? 201 : 200, body: r.path.endsWith('/payments') && r.method === 'GET' ? { data: [], has_more: false, next_cursor: null } : PAYMENT }));
  });
  after(() => server.close());

  test('a POST is signed over the exact JSON bytes sent, with an Idempotency-Key', async () => {
    const client = makeClient(server.url);
    const params = { amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'ordér_1042 ✓', metadata: { note: 'a+b & c' } };
    const payment = await client.payments.create(params);
    assert.deepEqual(payment, PAYMENT);
    const record = server.requests.at(-1);
    assertSigned(record);
    assert.equal(record.body.toString('utf8'), JSON.stringify(params));
    assert.equal(record.headers['content-type'], 'application/json');
    assert.equal(record.headers['content-length'], String(record.body.length));
    assert.match(record.headers['idempotency-key'], /^[0-9a-f-]{36}$/);
    assert.equal(record.headers['user-agent'], `paycrypt-node/${VERSION}`);
  });

  test('each call gets its own Idempotency-Key; a given one is used as is', async () => {
    const client = makeClient(server.url);
    await client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' });
    await client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' });
    const [a, b] = server.requests.slice(-2).map((r) => r.headers['idempotency-key']);
    assert.notEqual(a, b);
    await client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' }, { idempotencyKey: 'order-1042-create' });
    assert.equal(server.requests.at(-1).headers['idempotency-key'], 'order-1042-create');
  });

  test('GETs have no body and no Idempotency-Key; the query is encoded as signed', async () => {
    const client = makeClient(server.url);
    await client.payments.list({ limit: 5, status: 'pending', order_id: 'a+b c/é&x=1', created_gte: undefined });
    const record = server.requests.at(-1);
    assertSigned(record);
    assert.equal(record.body.length, 0);
    assert.equal(record.headers['idempotency-key'], undefined);
    assert.equal(record.query, 'limit=5&status=pending&order_id=a%2Bb%20c%2F%C3%A9%26x%3D1');
    assert.equal(canonicalQuery(record.query), 'limit=5&order_id=a%2Bb%20c%2F%C3%A9%26x%3D1&status=pending');
  });

  test('path parameters are percent-encoded and signed as sent', async () => {
    const client = makeClient(server.url);
    await client.payments.retrieve('pay_a/b c');
    const record = server.requests.at(-1);
    assert.equal(record.path, '/v1/payments/pay_a%2Fb%20c');
    assertSigned(record);
    assert.throws(() => client.payments.retrieve(''), { name: 'TypeError', message: /paymentId/ });
  });

  test('a base URL with a path prefix is signed with the full path', async () => {
    const client = makeClient(server.url + '/gw/');
    await client.account.retrieve();
    const record = server.requests.at(-1);
    assert.equal(record.path, '/gw/v1/account');
    assertSigned(record);
  });

  test('a path prefix is sent as it is signed: dot segments resolved, non-ASCII percent-encoded', async () => {
    for (const [prefix, sent] of [['/x/../gw', '/gw'], ['/zahlung-ü', '/zahlung-%C3%BC']]) {
      const client = makeClient(server.url + prefix);
      await client.account.retrieve();
      const record = server.requests.at(-1);
      assert.equal(record.path, `${sent}/v1/account`);
      assertSigned(record);
    }
    assert.throws(() => makeClient('ftp://127.0.0.1/gw'), /baseURL must be an http or https URL/);
  });

  test('methods without a body send none; optional bodies send {}', async () => {
    const client = makeClient(server.url);
    await client.payments.cancel(PAYMENT.id);
    assert.equal(server.requests.at(-1).body.length, 0);
    assert.equal(server.requests.at(-1).headers['content-type'], undefined);
    // A POST without a body says so (not a chunked body of nothing); a GET has neither header.
    assert.equal(server.requests.at(-1).headers['content-length'], '0');
    assert.equal(server.requests.at(-1).headers['transfer-encoding'], undefined);
    await client.payments.retrieve(PAYMENT.id);
    assert.equal(server.requests.at(-1).headers['content-length'], undefined);
    assert.equal(server.requests.at(-1).headers['transfer-encoding'], undefined);
    await client.testHelpers.payments.pay(PAYMENT.id);
    assert.equal(server.requests.at(-1).body.toString(), '{}');
    await client.testHelpers.payments.pay(PAYMENT.id, { amount: '0.0005', confirm: false });
    assert.equal(server.requests.at(-1).body.toString(), '{"amount":"0.0005","confirm":false}');
    assertSigned(server.requests.at(-1));
  });

  test('PATCH and DELETE are signed; DELETE takes a query', async () => {
    const client = makeClient(server.url);
    await client.webhookEndpoints.update('we_1', { enabled: false });
    assert.equal(server.requests.at(-1).method, 'PATCH');
    assertSigned(server.requests.at(-1));
    await client.admin.pricingOverrides.delete('po_1', { reason: 'ended early' });
    const record = server.requests.at(-1);
    assert.equal(record.method, 'DELETE');
    assert.equal(record.query, 'reason=ended%20early');
    assertSigned(record);
  });

  test('extra headers are sent, but the signing headers cannot be overridden', async () => {
    const client = makeClient(server.url, { defaultHeaders: { 'X-Team': 'shop' } });
    await client.account.retrieve({ headers: { 'X-Trace': 't1' } });
    assert.equal(server.requests.at(-1).headers['x-team'], 'shop');
    assert.equal(server.requests.at(-1).headers['x-trace'], 't1');
    await assert.rejects(
      async () => client.account.retrieve({ headers: { 'PayCrypt-Signature': 'v1=00' } }),
      /cannot be overridden/,
    );
    await assert.rejects(async () => client.account.retrieve({ tiemout: 5 }), /unknown request option "tiemout"/);
  });

  test('a header given again in another letter case replaces the earlier one: one per name on the wire', async () => {
    const client = makeClient(server.url, { defaultHeaders: { accept: 'application/problem+json', 'X-Team': 'shop' } });
    await client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' }, {
      headers: { 'x-team': 'ops', 'idempotency-key': 'given-by-header', 'CONTENT-TYPE': 'application/json; charset=utf-8' },
    });
    const record = server.requests.at(-1);
    const raw = (name) => record.rawHeaders.filter((_, i) => i % 2 === 0 && record.rawHeaders[i].toLowerCase() === name);
    for (const name of ['accept', 'x-team', 'idempotency-key', 'content-type', 'host', 'content-length']) {
      assert.equal(raw(name).length, 1, `${name}: ${JSON.stringify(record.rawHeaders)}`);
    }
    assert.equal(record.headers.accept, 'application/problem+json');
    assert.equal(record.headers['x-team'], 'ops');
    assert.equal(record.headers['idempotency-key'], 'given-by-header');
    assert.equal(record.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(record.headers.host, `127.0.0.1:${server.port}`);
    assertSigned(record);
  });

  test('defaultHeaders naming Content-Type or Idempotency-Key in another case give way to the SDK\'s: one of each', async () => {
    const client = makeClient(server.url, {
      defaultHeaders: { 'content-type': 'text/plain', 'idempotency-key': 'the-same-for-every-call' },
    });
    await client.payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' });
    const record = server.requests.at(-1);
    const raw = (name) => record.rawHeaders.filter((_, i) => i % 2 === 0 && record.rawHeaders[i].toLowerCase() === name);
    for (const name of ['idempotency-key', 'content-type']) {
      assert.equal(raw(name).length, 1, `${name}: ${JSON.stringify(record.rawHeaders)}`);
    }
    assert.equal(record.headers['content-type'], 'application/json');
    assert.notEqual(record.headers['idempotency-key'], 'the-same-for-every-call');
    assertSigned(record);
  });

  test('Host, Content-Length and the signing headers are the SDK\'s: refused per call and as defaults', async () => {
    const client = makeClient(server.url);
    for (const name of ['host', 'Content-Length', 'transfer-encoding', 'paycrypt-nonce']) {
      await assert.rejects(async () => client.account.retrieve({ headers: { [name]: 'x' } }), {
        name: 'TypeError',
        message: new RegExp(`^${name} is set by the SDK.*cannot be overridden`),
      });
      assert.throws(() => makeClient(server.url, { defaultHeaders: { [name]: 'x' } }), { name: 'TypeError' });
    }
  });

  test('the fetch transport puts the same signed bytes on the wire', async () => {
    const client = makeClient(server.url, { fetch: globalThis.fetch });
    await client.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'ETH' });
    assertSigned(server.requests.at(-1));
    await client.payments.list({ limit: 2, order_id: 'x y+z' });
    assertSigned(server.requests.at(-1));
  });

  test('the request vectors sign identically through the client', async () => {
    // Every vector's method/path/query/body, sent by the client, verifies with the vector's secret.
    const vectors = JSON.parse(readFileSync(new URL('../../contract-tests/vectors/request-signing.json', import.meta.url)));
    let sent = 0;
    for (const c of vectors.cases) {
      if (!c.path.startsWith('/') || /[?#\s]/.test(c.path)) continue;
      const client = new PayCrypt({ apiKey: API_KEY, apiSecret: c.secret, baseURL: server.url, maxRetries: 0 });
      const body = c.body === '' ? undefined : JSON.parse(c.body);
      if (c.body !== '' && JSON.stringify(body) !== c.body) continue; // not a compact JSON body
      const url = c.path + (c.query ? `?${c.query}` : '');
      // Raw path/query as the vector has them: go through the low-level request with the path as-is.
      await client.request(c.method, c.path, { body, options: {} }).catch(() => {});
      const record = server.requests.at(-1);
      assert.equal(record.path, c.path, url);
      assertSigned(record, c.secret);
      sent++;
    }
    assert.ok(sent >= 10, `only ${sent} vectors were sendable`);
  });
});
