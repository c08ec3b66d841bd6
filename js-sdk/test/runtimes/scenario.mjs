// What every runtime must do with the SDK, against the real mock gateway:
// create → pay → retrieve, a create whose first attempt gets a 503 (retried,
// then answered), and verifying the signed webhook the mock delivered.
//
// Web-platform APIs only (fetch, TextEncoder, atob), so the same file runs on
// Node, Deno, Bun and workerd. `sdk` is the SDK's ESM entry, imported by the
// caller; `env` holds the URLs the Node harness (runtimes.test.mjs) set up:
//   baseURL      the mock gateway
//   faultURL     a proxy to it that answers the first attempt of each
//                Idempotency-Key with the mock's own 503 (PayCrypt-Mock-Fault)
//   receiverURL  a webhook receiver that keeps each delivery's raw bytes
//   runtime      a name for this run's webhook endpoint and orders
// Returns a report; throws (with the step in the message) on any failure.

const credentials = { apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo' };

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, body) {
  try {
    return await body();
  } catch (error) {
    throw new Error(`${name}: ${error?.stack ?? error}`);
  }
}

function bytesFromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The delivery of `type` for `paymentId` at this runtime's endpoint, polled for up to 10 s. */
async function delivery(env, type, paymentId) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${env.receiverURL}/deliveries/${env.runtime}`);
    const found = (await res.json()).find((d) => {
      const event = JSON.parse(new TextDecoder().decode(bytesFromBase64(d.body)));
      return event.type === type && event.data?.object?.id === paymentId;
    });
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${type} delivery for ${paymentId} within 10 s`);
}

export async function scenario(sdk, env) {
  const { PayCrypt, WebhookSignatureError } = sdk;
  const client = new PayCrypt({ ...credentials, baseURL: env.baseURL });
  const report = { runtime: env.runtime };

  const endpoint = await step('register a webhook endpoint', () =>
    client.webhookEndpoints.create({ url: `${env.receiverURL}/hooks/${env.runtime}`, events: ['payment.confirmed'] }),
  );
  check(endpoint.secret?.startsWith('whsec_'), `no secret in ${JSON.stringify(endpoint)}`);

  const payment = await step('create', () =>
    client.payments.create({ amount: '12.50', currency: 'USD', pay_currency: 'BTC', order_id: `${env.runtime}-1` }),
  );
  check(payment.status === 'pending' && typeof payment.pay_amount === 'string', `created ${JSON.stringify(payment)}`);
  await step('pay', () => client.testHelpers.payments.pay(payment.id));
  const retrieved = await step('retrieve', () => client.payments.retrieve(payment.id));
  check(retrieved.status === 'confirmed', `retrieved status ${retrieved.status}`);
  check(retrieved.amount === '12.50', `amount ${JSON.stringify(retrieved.amount)} is not the decimal string sent`);
  report.payment = { id: payment.id, status: retrieved.status };

  const retries = [];
  const flaky = new PayCrypt({ ...credentials, baseURL: env.faultURL, maxRetries: 2, onRetry: (info) => retries.push(info) });
  const retried = await step('create through a 503', () =>
    flaky.payments.create({ amount: '3.00', currency: 'USD', pay_currency: 'ETH', order_id: `${env.runtime}-503` }),
  );
  check(retries.length === 1 && retries[0].reason === '503 service_unavailable', `retries ${JSON.stringify(retries)}`);
  check(retries[0].delayMs === 1000, `Retry-After: 1 not honoured: ${retries[0].delayMs} ms`);
  const listed = [];
  for await (const p of client.payments.list({ limit: 100 })) if (p.order_id === `${env.runtime}-503`) listed.push(p.id);
  check(listed.length === 1 && listed[0] === retried.id, `payments for the retried order: ${JSON.stringify(listed)}`);
  report.retried503 = { attempts: retries.length + 1, payment: retried.id };

  const got = await step('receive the webhook', () => delivery(env, 'payment.confirmed', payment.id));
  const raw = bytesFromBase64(got.body);
  const event = await step('verify the webhook', () => PayCrypt.webhooks.verify(raw, got.signature, endpoint.secret));
  check(event.id === got.eventId && event.data.object.status === 'confirmed', `event ${JSON.stringify(event)}`);
  const tampered = raw.slice();
  tampered[tampered.length - 2] ^= 1;
  let rejected = null;
  try {
    PayCrypt.webhooks.verify(tampered, got.signature, endpoint.secret);
  } catch (error) {
    rejected = error;
  }
  check(rejected instanceof WebhookSignatureError && rejected.reason === 'signature_mismatch',
    `a tampered body was not rejected: ${rejected}`);
  report.webhook = { event: event.id, verified: true, tamperedRejected: rejected.reason };
  client.close?.();
  flaky.close?.();
  return report;
}
