// A CommonJS consumer (the import compiles to require): compiled by tsc (node16 and bundler) and run by node.
import { PayCrypt, APIStatusError, WebhookVerificationError, type Payment } from 'paycrypt';

const client = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: 'http://127.0.0.1:8787' });

export async function createOrder(orderId: string): Promise<Payment> {
  try {
    return await client.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: orderId });
  } catch (err) {
    if (err instanceof APIStatusError) console.error(err.status, err.code, err.requestId);
    throw err;
  }
}

const body = '{"id":"evt_0123456789abcdefghijklmn","type":"payment.confirmed","created":1,"data":{"object":{}}}';
const header = PayCrypt.webhooks.generateTestHeader(body, 'whsec_demo');
const event = PayCrypt.webhooks.verify(Buffer.from(body), header, 'whsec_demo');
try {
  PayCrypt.webhooks.verify(body, header, '');
} catch (err) {
  if (!(err instanceof WebhookVerificationError) || err.reason !== 'empty_secret') throw err;
}
console.log(`cjs ok ${event.type} ${typeof client.admin.clients.switchPackage}`);
