// Issue 15 done-check through the Node SDK against the real mock: an override at 0.50 %
// shows as a 0.50 fee on a 100.00 USD payment, and in the usage report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { PayCrypt } from '../dist/esm/index.js';
import { startMock } from './mock.mjs';

describe('contract: fees', { timeout: 60_000 }, () => {
  let mock;
  let merchant;
  let admin;

  before(async () => {
    mock = await startMock();
    merchant = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: mock.baseURL });
    admin = new PayCrypt({ apiKey: 'pk_test_admin', apiSecret: 'sk_test_admin', baseURL: mock.baseURL });
  });
  after(async () => {
    await mock?.stop();
  });

  test('an override at 0.50 % gives a 0.50 fee on 100.00 USD', async () => {
    const account = await merchant.account.retrieve();
    const before = await merchant.payments.create({ amount: '100.00', currency: 'USD', pay_currency: 'BTC' });
    assert.deepEqual([before.fee_percent, before.fee, before.net_amount], ['1.00', '1.00', '99.00']); // starter
    await admin.admin.pricingOverrides.create({
      client_id: account.id, fee_percent: '0.50', expires_at: '2099-01-01T00:00:00Z', reason: 'promo',
    });
    const payment = await merchant.payments.create({ amount: '100.00', currency: 'USD', pay_currency: 'BTC' });
    assert.deepEqual([payment.fee_percent, payment.fee, payment.net_amount], ['0.50', '0.50', '99.50']);
    const confirmed = await merchant.testHelpers.payments.pay(payment.id);
    assert.equal(confirmed.status, 'confirmed');
    assert.equal((await merchant.payments.retrieve(payment.id)).fee, '0.50');
    const report = await admin.admin.usage.report();
    const line = report.clients.find((c) => c.client_id === account.id);
    assert.deepEqual([line.current_volume, line.fees, line.net_volume], ['100.00', '0.50', '99.50']);
  });
});
