// The fault run: 500 payment creates against the mock started with
// `--fault-rate 0.2 --fault-seed 7` (random 500s before and after commit,
// 503s, 429s with Retry-After, latency, connections dropped after commit).
// Retries with a constant Idempotency-Key must leave exactly 500 payments:
// none lost, none duplicated.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { PayCrypt } from '../dist/esm/index.js';
import { startMock } from './mock.mjs';

const CREATES = 500;
const CONCURRENCY = 25;

describe('contract: fault run', { timeout: 300_000 }, () => {
  let mock;
  before(async () => {
    mock = await startMock(['--fault-rate', '0.2', '--fault-seed', '7']);
  });
  after(() => mock?.stop());

  test(`${CREATES} creates under 20 % injected faults → exactly ${CREATES} payments`, async (t) => {
    const reasons = {};
    const client = new PayCrypt({
      apiKey: 'pk_test_demo',
      apiSecret: 'sk_test_demo',
      baseURL: mock.baseURL,
      maxRetries: 10,
      timeout: 10_000,
      onRetry: ({ reason }) => {
        reasons[reason] = (reasons[reason] ?? 0) + 1;
      },
    });
    const created = new Array(CREATES);
    let next = 0;
    const worker = async () => {
      while (next < CREATES) {
        const i = next++;
        created[i] = await client.payments.create({
          amount: `${1 + (i % 50)}.00`,
          currency: 'USD',
          pay_currency: 'BTC',
          order_id: `fault_${String(i).padStart(4, '0')}`,
        });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const retried = Object.values(reasons).reduce((a, b) => a + b, 0);
    assert.ok(retried > 20, `expected the mock to inject faults, saw retries: ${JSON.stringify(reasons)}`);

    const ids = new Set(created.map((p) => p.id));
    assert.equal(ids.size, CREATES, 'each create returned its own payment');

    const listed = [];
    for await (const p of client.payments.list({ limit: 100 })) listed.push(p);
    const orderIds = listed.map((p) => p.order_id);
    assert.equal(listed.length, CREATES, `payments listed: ${listed.length}; retries: ${JSON.stringify(reasons)}`);
    assert.equal(new Set(orderIds).size, CREATES, 'no order was created twice');
    assert.deepEqual(new Set(listed.map((p) => p.id)), ids, 'the listed payments are exactly the created ones');
    t.diagnostic(`fault run: ${retried} retries ${JSON.stringify(reasons)}`);
  });
});
