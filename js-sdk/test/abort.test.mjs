// Cancelling a call with an AbortSignal, through both transports.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { PAYMENT, makeClient, problem, startServer } from './helpers.mjs';

for (const transport of ['node:http', 'fetch']) {
  describe(`abort (${transport} transport)`, () => {
    let server;
    let next = () => ({ delay: 2000, status: 200, body: PAYMENT });
    before(async () => {
      server = await startServer(() => next());
    });
    after(() => server.close());
    const client = (options = {}) =>
      makeClient(server.url, transport === 'fetch' ? { fetch: globalThis.fetch, ...options } : options);

    test('aborting mid-request rejects with the signal reason, without retrying', async () => {
      next = () => ({ delay: 2000, status: 200, body: PAYMENT });
      const controller = new AbortController();
      const before = server.requests.length;
      const started = Date.now();
      setTimeout(() => controller.abort(), 300);
      await assert.rejects(client().payments.retrieve('pay_1', { signal: controller.signal }), { name: 'AbortError' });
      assert.ok(Date.now() - started < 1500);
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(server.requests.length - before, 1);
    });

    test('a custom abort reason is passed through', async () => {
      const controller = new AbortController();
      const reason = new Error('user left the page');
      setTimeout(() => controller.abort(reason), 30);
      await assert.rejects(client().account.retrieve({ signal: controller.signal }), (err) => err === reason);
    });

    test('an already-aborted signal sends nothing', async () => {
      const before = server.requests.length;
      await assert.rejects(client().account.retrieve({ signal: AbortSignal.abort() }), { name: 'AbortError' });
      assert.equal(server.requests.length, before);
    });

    test('aborting during the retry wait stops the call', async () => {
      const controller = new AbortController();
      const before = server.requests.length;
      const started = Date.now();
      // The real sleep and a long Retry-After, so the abort lands in the wait.
      next = () => ({ ...problem(503, 'service_unavailable'), headers: { 'Retry-After': '30' } });
      const fresh = client({ onRetry: () => setTimeout(() => controller.abort(), 20) });
      fresh._sleep = fresh._realSleep;
      await assert.rejects(fresh.account.retrieve({ signal: controller.signal }), { name: 'AbortError' });
      assert.ok(Date.now() - started < 2000);
      assert.equal(server.requests.length - before, 1);
    });

    test('timeout per request overrides the client default', async () => {
      next = () => ({ delay: 500, status: 200, body: PAYMENT });
      await assert.rejects(client({ maxRetries: 0 }).payments.retrieve('pay_1', { timeout: 50 }), {
        name: 'APITimeoutError',
        message: 'GET /v1/payments/pay_1 failed: timed out after 50 ms',
      });
    });
  });
}
