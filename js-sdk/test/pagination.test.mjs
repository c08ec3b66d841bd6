// Lists: a page object with data/has_more/next_cursor that is also
// async-iterable across every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { Page, PagePromise } from '../dist/esm/index.js';
import { makeClient, problem, startServer } from './helpers.mjs';

const ALL = Array.from({ length: 23 }, (_, i) => ({ id: `pay_${String(i).padStart(24, '0')}`, amount: `${i}.00` }));

describe('pagination', () => {
  let server;
  let failAt = -1;
  before(async () => {
    server = await startServer((r, i) => {
      if (i === failAt) return problem(400, 'invalid_cursor');
      const q = new URLSearchParams(r.query);
      const limit = Number(q.get('limit') ?? 10);
      const after = q.get('starting_after');
      const start = after ? ALL.findIndex((p) => p.id === after) + 1 : 0;
      const data = ALL.slice(start, start + limit);
      const has_more = start + limit < ALL.length;
      return { status: 200, body: { data, has_more, next_cursor: has_more ? data.at(-1).id : null } };
    });
  });
  after(() => server.close());

  test('await gives the first page', async () => {
    const result = makeClient(server.url).payments.list({ limit: 10 });
    assert.ok(result instanceof PagePromise);
    const page = await result;
    assert.ok(page instanceof Page);
    assert.deepEqual(page.data, ALL.slice(0, 10));
    assert.equal(page.has_more, true);
    assert.equal(page.next_cursor, ALL[9].id);
    assert.ok(page.hasNextPage());
    const second = await page.getNextPage();
    assert.deepEqual(second.data, ALL.slice(10, 20));
    assert.equal(server.requests.at(-1).query, `limit=10&starting_after=${ALL[9].id}`);
    assert.deepEqual(JSON.parse(JSON.stringify(second)), { data: ALL.slice(10, 20), has_more: true, next_cursor: ALL[19].id });
  });

  test('for await over the call yields every item across pages, keeping the filters', async () => {
    const seen = [];
    const before = server.requests.length;
    for await (const p of makeClient(server.url).payments.list({ limit: 5, status: 'pending' })) seen.push(p);
    assert.deepEqual(seen, ALL);
    const requests = server.requests.slice(before);
    assert.equal(requests.length, 5);
    for (const r of requests) assert.match(r.query, /^limit=5&status=pending/);
  });

  test('for await over a page, and iterPages()', async () => {
    const client = makeClient(server.url);
    const page = await client.payments.list({ limit: 10 });
    const items = [];
    for await (const p of page) items.push(p.id);
    assert.equal(items.length, 23);
    const sizes = [];
    for await (const pg of page.iterPages()) sizes.push(pg.data.length);
    assert.deepEqual(sizes, [10, 10, 3]);
    const sizes2 = [];
    for await (const pg of client.payments.list({ limit: 20 }).iterPages()) sizes2.push(pg.data.length);
    assert.deepEqual(sizes2, [20, 3]);
  });

  test('breaking out early fetches no further pages', async () => {
    const before = server.requests.length;
    for await (const p of makeClient(server.url).payments.list({ limit: 5 })) {
      if (p.id === ALL[2].id) break;
    }
    assert.equal(server.requests.length - before, 1);
  });

  test('a failing later page throws from the loop', async () => {
    failAt = server.requests.length + 1;
    await assert.rejects(async () => {
      for await (const _ of makeClient(server.url).payments.list({ limit: 10 })) {
        // consume
      }
    }, { name: 'BadRequestError', message: /^GET \/v1\/payments failed: 400 invalid_cursor/ });
    failAt = -1;
  });

  test('the last page has no next page', async () => {
    const page = await makeClient(server.url).payments.list({ limit: 100 });
    assert.equal(page.has_more, false);
    assert.equal(page.next_cursor, null);
    await assert.rejects(page.getNextPage(), /no next page/);
  });

  test('every paginated resource returns a PagePromise', () => {
    const c = makeClient(server.url);
    for (const result of [
      c.refunds.list('pay_1'), c.webhookEndpoints.list(), c.events.list(), c.usage.listAlerts(),
      c.admin.clients.list(), c.admin.pricingOverrides.list(), c.admin.auditLog.list(),
    ]) {
      assert.ok(result instanceof PagePromise);
      result.then(() => {}, () => {});
    }
  });
});
