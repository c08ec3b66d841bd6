// Type-level checks against the published .d.ts: compiled only, never run.
import {
  PayCrypt,
  RateLimitError,
  type Event,
  type Page,
  type Payment,
  type PaymentCreateParams,
  type RequestOptions,
  type TestHelperPayParams,
  type TestHelpersPaymentPayParams,
  type UsageListAlertsParams,
  type WebhookEvent,
} from 'paycrypt';

declare const client: PayCrypt;

export async function check(): Promise<void> {
  const params: PaymentCreateParams = { amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'o1' };
  const payment: Payment = await client.payments.create(params, { idempotencyKey: 'k', timeout: 5_000, maxRetries: 0 });
  const amount: string = payment.amount;
  const payCurrency: string = payment.pay_currency;
  void amount;
  void payCurrency;

  // @ts-expect-error money is a decimal string, never a number
  await client.payments.create({ amount: 49.99, currency: 'USD', pay_currency: 'BTC' });
  // @ts-expect-error field names are the API's (pay_currency), not camelCase
  await client.payments.create({ amount: '1', currency: 'USD', payCurrency: 'BTC' });
  // @ts-expect-error a required field is missing
  await client.payments.create({ amount: '1', currency: 'USD' });
  // @ts-expect-error there is no payments.delete
  client.payments.delete;

  const page: Page<Payment> = await client.payments.list({ limit: 50, status: 'pending' });
  const more: boolean = page.has_more;
  const cursor: string | null = page.next_cursor;
  void more;
  void cursor;
  for await (const p of client.payments.list({ limit: 50 })) {
    const id: string = p.id;
    void id;
  }
  for await (const pg of page.iterPages()) void pg.data.length;

  await client.admin.clients.switchPackage('cli_x', { package: 'growth', reason: 'upgrade', dry_run: true });
  await client.testHelpers.payments.pay(payment.id, { amount: '0.001' });
  // params types are named by the README's rule; a renamed one keeps its old name as an alias
  const pay: TestHelpersPaymentPayParams = { amount: '0.001', confirm: false };
  const payOld: TestHelperPayParams = pay;
  await client.testHelpers.payments.pay(payment.id, payOld);
  const alerts: UsageListAlertsParams = { month: '2026-01' };
  for await (const alert of client.usage.listAlerts(alerts)) void alert.threshold;
  // @ts-expect-error a path parameter comes first, positionally
  await client.refunds.create({ amount: '1' });
  await client.webhookEndpoints.rotateSecret('we_x');

  const options: RequestOptions = { signal: AbortSignal.timeout(1000), headers: { 'X-Trace': '1' } };
  await client.account.retrieve(options);

  const event: WebhookEvent = PayCrypt.webhooks.verify('{}', 't=1,v1=00', 'whsec_x', { tolerance: 60 });
  const listed: Event = await client.events.retrieve(event.id);
  void listed;

  const err = new RateLimitError('m', { method: 'GET', path: '/v1/x', status: 429, retryAfter: 1000 });
  const retryAfter: number | undefined = err.retryAfter;
  void retryAfter;

  new PayCrypt({ fetch: globalThis.fetch, onRetry: ({ attempt, delayMs, reason }) => void [attempt, delayMs, reason] });
}
