/**
 * The client. Every operation in openapi.yaml is a method at the camelCase of
 * its `x-sdk-method`, grouped by resource exactly as in the Python SDK:
 *
 * ```ts
 * import { PayCrypt } from 'paycrypt';
 *
 * const client = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', baseURL: 'http://127.0.0.1:8787' });
 * const payment = await client.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC' });
 * await client.testHelpers.payments.pay(payment.id);
 * await client.admin.clients.switchPackage('cli_…', { package: 'growth', reason: 'upgrade', dry_run: true });
 * ```
 */

import { APIClient, type ClientOptions } from './core.js';
import { Account } from './resources/account.js';
import { Admin } from './resources/admin.js';
import { Currencies } from './resources/currencies.js';
import { Estimates } from './resources/estimates.js';
import { Events } from './resources/events.js';
import { Health } from './resources/health.js';
import { Payments } from './resources/payments.js';
import { Rates } from './resources/rates.js';
import { Refunds } from './resources/refunds.js';
import { TestHelpers } from './resources/test-helpers.js';
import { Usage } from './resources/usage.js';
import { WebhookEndpoints } from './resources/webhook-endpoints.js';
import { Webhooks, webhooks } from './webhooks.js';

export class PayCrypt extends APIClient {
  /** Webhook verification without a client: `PayCrypt.webhooks.verify(rawBody, header, secret)`. */
  static readonly webhooks: Webhooks = webhooks;
  /** The same helper as {@link PayCrypt.webhooks}. */
  readonly webhooks: Webhooks = webhooks;

  readonly health: Health = new Health(this);
  readonly payments: Payments = new Payments(this);
  readonly refunds: Refunds = new Refunds(this);
  readonly currencies: Currencies = new Currencies(this);
  readonly rates: Rates = new Rates(this);
  readonly estimates: Estimates = new Estimates(this);
  readonly webhookEndpoints: WebhookEndpoints = new WebhookEndpoints(this);
  readonly events: Events = new Events(this);
  readonly usage: Usage = new Usage(this);
  readonly account: Account = new Account(this);
  readonly admin: Admin = new Admin(this);
  readonly testHelpers: TestHelpers = new TestHelpers(this);

  constructor(options: ClientOptions = {}) {
    super(options);
  }
}
