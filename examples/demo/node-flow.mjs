// The demo's Node step: create a payment, pay it in the sandbox, see it confirmed.
// Reads PAYCRYPT_BASE_URL / PAYCRYPT_API_KEY / PAYCRYPT_API_SECRET from the environment.
import { PayCrypt } from '../../js-sdk/dist/esm/index.js';

const client = new PayCrypt(); // credentials and base URL from the environment

try {
  const payment = await client.payments.create({
    amount: '25.00',
    currency: 'EUR',
    pay_currency: 'ETH',
    order_id: 'demo-node-1',
  });
  console.log(`node: created ${payment.id}: ${payment.amount} ${payment.currency} → pay ${payment.pay_amount} ${payment.pay_currency}`);
  await client.testHelpers.payments.pay(payment.id);
  const confirmed = await client.payments.retrieve(payment.id);
  if (confirmed.status !== 'confirmed') {
    throw new Error(`expected confirmed, got ${confirmed.status}`);
  }
  console.log(`node: ${confirmed.id} ${confirmed.status}`);
} catch (err) {
  console.error(`node: ${err?.message ?? err}`);
  process.exitCode = 1;
}
