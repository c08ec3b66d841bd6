// Create a payment and print it. Reads PAYCRYPT_BASE_URL / PAYCRYPT_API_KEY / PAYCRYPT_API_SECRET.
//   node examples/node/create-payment.mjs [AMOUNT] [CURRENCY] [PAY_CURRENCY]
// In your app: `import { PayCrypt } from 'paycrypt';` — here, the SDK built in this repository.
import { PayCrypt } from '../../js-sdk/dist/esm/index.js';

const [amount = '49.99', currency = 'USD', payCurrency = 'BTC'] = process.argv.slice(2);
const client = new PayCrypt();

try {
  const payment = await client.payments.create({ amount, currency, pay_currency: payCurrency, order_id: 'quickstart-1' });
  console.log(`${payment.id} ${payment.status}: ${payment.amount} ${payment.currency}`);
  console.log(`pay ${payment.pay_amount} ${payment.pay_currency} to ${payment.pay_address}`);
} catch (err) {
  console.error(`error: ${err.message}`);
  process.exitCode = 1;
}
