// The error tree, status → class mapping, and messages that name the request.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import * as paycrypt from '../dist/esm/index.js';
import { makeClient, problem, startServer } from './helpers.mjs';

const {
  APIConnectionError, APIStatusError, APITimeoutError, AuthenticationError, BadRequestError, ConflictError,
  InternalServerError, NotFoundError, PayCryptError, PermissionDeniedError, RateLimitError,
  UnprocessableEntityError, WebhookHeaderError, WebhookPayloadTypeError, WebhookSecretMissingError,
  WebhookSignatureError, WebhookTimestampInFutureError, WebhookTimestampTooOldError, WebhookVerificationError,
} = paycrypt;

describe('the error tree', () => {
  test('each class extends its parent and has its own name', () => {
    const tree = [
      [PayCryptError, Error],
      [APIConnectionError, PayCryptError],
      [APITimeoutError, APIConnectionError],
      [APIStatusError, PayCryptError],
      [BadRequestError, APIStatusError],
      [AuthenticationError, APIStatusError],
      [PermissionDeniedError, APIStatusError],
      [NotFoundError, APIStatusError],
      [ConflictError, APIStatusError],
      [UnprocessableEntityError, APIStatusError],
      [RateLimitError, APIStatusError],
      [InternalServerError, APIStatusError],
      [WebhookVerificationError, PayCryptError],
      [WebhookSignatureError, WebhookVerificationError],
      [WebhookTimestampTooOldError, WebhookVerificationError],
      [WebhookTimestampInFutureError, WebhookVerificationError],
      [WebhookHeaderError, WebhookVerificationError],
      [WebhookSecretMissingError, WebhookVerificationError],
      [WebhookPayloadTypeError, WebhookVerificationError],
    ];
    for (const [Child, Parent] of tree) {
      assert.equal(Object.getPrototypeOf(Child), Parent, Child.name);
      const args = Child.prototype instanceof APIStatusError || Child === APIStatusError
        ? ['m', { method: 'GET', path: '/', status: 400 }]
        : Child.prototype instanceof WebhookVerificationError || Child === WebhookVerificationError ? ['m', 'empty_secret'] : ['m'];
      const err = new Child(...args);
      assert.equal(err.name, Child.name);
      assert.ok(String(err).startsWith(`${Child.name}: m`));
    }
  });
});

describe('status errors', () => {
  let server;
  let next;
  before(async () => {
    server = await startServer(() => next);
  });
  after(() => server.close());

  for (const [status, ErrorClass] of [
    [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError],
    [409, ConflictError], [422, UnprocessableEntityError], [429, RateLimitError], [500, InternalServerError],
    [503, InternalServerError], [418, APIStatusError],
  ]) {
    test(`${status} → ${ErrorClass.name}`, async () => {
      next = { ...problem(status, 'some_code'), requestId: 'req_abcdefghijklmnopqrstuvwx' };
      await assert.rejects(makeClient(server.url, { maxRetries: 0 }).payments.retrieve('pay_1'), (err) => {
        assert.equal(err.constructor, ErrorClass);
        assert.equal(err.status, status);
        assert.equal(err.code, 'some_code');
        assert.equal(err.requestId, 'req_abcdefghijklmnopqrstuvwx');
        assert.equal(err.method, 'GET');
        assert.equal(err.path, '/v1/payments/pay_1');
        assert.equal(err.headers['paycrypt-request-id'], 'req_abcdefghijklmnopqrstuvwx');
        return true;
      });
    });
  }

  test('the message names the request, the code, the detail and the request id', async () => {
    next = {
      ...problem(409, 'idempotency_key_reused', { detail: 'This key was used with a different body.' }),
      requestId: 'req_0123456789abcdefghijklmn',
    };
    await assert.rejects(
      makeClient(server.url).payments.create({ amount: '1', currency: 'USD', pay_currency: 'BTC' }),
      {
        name: 'ConflictError',
        message:
          'POST /v1/payments failed: 409 idempotency_key_reused — This key was used with a different body. (requestId=req_0123456789abcdefghijklmn)',
      },
    );
  });

  test('field errors are listed; title stands in for a missing detail', async () => {
    next = problem(422, 'validation_failed', { title: 'Validation failed', errors: [{ field: 'amount', message: 'must be a decimal string' }] });
    await assert.rejects(makeClient(server.url).payments.create({ amount: 'x', currency: 'USD', pay_currency: 'BTC' }), (err) => {
      assert.deepEqual(err.errors, [{ field: 'amount', message: 'must be a decimal string' }]);
      assert.equal(err.title, 'Validation failed');
      assert.match(err.message, /422 validation_failed — Validation failed \[amount: must be a decimal string\]/);
      return true;
    });
  });

  test('a skewed clock is called out with the server time', async () => {
    next = problem(401, 'timestamp_out_of_range', { server_time: 1767225600 });
    await assert.rejects(makeClient(server.url).account.retrieve(), /server's clock says 1767225600.*check the system clock/);
  });

  test('a non-JSON error body still gives a status error', async () => {
    next = { status: 404, body: '<html>nope</html>', headers: { 'Content-Type': 'text/html' } };
    await assert.rejects(makeClient(server.url).account.retrieve(), (err) => {
      assert.ok(err instanceof NotFoundError);
      assert.equal(err.code, undefined);
      assert.equal(err.body, '<html>nope</html>');
      assert.match(err.message, /^GET \/v1\/account failed: 404 \(requestId=req_/);
      return true;
    });
  });

  test('missing credentials are explained', () => {
    const saved = { ...process.env };
    delete process.env.PAYCRYPT_API_KEY;
    delete process.env.PAYCRYPT_API_SECRET;
    try {
      assert.throws(() => new paycrypt.PayCrypt({ apiSecret: 'sk' }), { name: 'PayCryptError', message: /PAYCRYPT_API_KEY/ });
      assert.throws(() => new paycrypt.PayCrypt({ apiKey: 'pk' }), { name: 'PayCryptError', message: /PAYCRYPT_API_SECRET/ });
    } finally {
      Object.assign(process.env, saved);
    }
  });
});
