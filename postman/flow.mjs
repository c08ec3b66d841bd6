// The run order of the collection and the few things the spec cannot say: which response values
// chain into later requests, which example values are replaced by {{variables}} so the run works
// against a live gateway, and the negative checks. generate.mjs reads this; everything else
// (names, descriptions, parameters, example bodies, status codes, schemas) comes from openapi.yaml.
//
// Folders run top to bottom in this order (one per spec tag, then "Negative: signing"). Inside a
// folder, entries run in the order listed; an operation of the tag that is not listed here is
// appended to its folder with the spec's examples, so a new operation in openapi.yaml always gets
// a request. An entry is an operationId or {op, ...overrides}:
//   name         item name (default: the operation's summary)
//   path         {param: value} for path variables (default: {{<param name>}})
//   query        {param: value | true} enables a query parameter (true = the spec example);
//                by default only required parameters and `limit` are enabled, the rest are
//                present but disabled, with their spec examples
//   body         (example) => body, starting from the spec example
//   headers      extra request headers [{key, value, description}]
//   status       expected status (default: the operation's success code)
//   tests        extra test-script lines
//   prerequest   request-level pre-request lines (run after the collection's signing script)
//   note         a line added to the description

const set = (name, expr) => `pm.collectionVariables.set('${name}', ${expr});`;
const json = 'var body = pm.response.json();';

export const folders = [
  { tag: 'Health', items: ['getHealth', 'getHealthDetailed'] },
  {
    tag: 'Account',
    items: [{
      op: 'retrieveAccount',
      tests: [json, set('client_id', 'body.id'), set('original_package', 'body.package.id')],
      note: 'Saves `client_id` and the current package (`original_package`) for the Admin folder.',
    }],
  },
  { tag: 'Currencies', items: ['listCurrencies', 'listRates', 'createEstimate'] },
  {
    tag: 'Payments',
    items: [
      {
        op: 'createPayment',
        tests: [json, set('payment_id', 'body.id'), set('pay_amount', 'body.pay_amount'),
          "pm.test('a new payment is pending', function () { pm.expect(body.status).to.eql('pending'); });"],
        note: 'Saves `payment_id` and `pay_amount` for the requests after it.',
      },
      'listPayments',
      {
        op: 'retrievePayment',
        tests: [json, "pm.test('it is the payment just created', function () { pm.expect(body.id).to.eql(pm.collectionVariables.get('payment_id')); });"],
      },
      {
        op: 'createPayment', name: 'Create a payment to cancel',
        tests: [json, set('cancel_payment_id', 'body.id')],
      },
      {
        op: 'cancelPayment', path: { payment_id: '{{cancel_payment_id}}' },
        tests: [json, "pm.test('the payment is canceled', function () { pm.expect(body.status).to.eql('canceled'); });"],
      },
    ],
  },
  {
    tag: 'Test Helpers',
    items: [
      {
        op: 'testHelpersPayPayment',
        body: (ex) => ({ ...ex, amount: '{{pay_amount}}', confirm: true }),
        tests: [json, "pm.test('paid in full and confirmed', function () { pm.expect(body.status).to.eql('confirmed'); pm.expect(body.amount_received).to.eql(pm.collectionVariables.get('pay_amount')); });"],
        note: 'Pays exactly the `pay_amount` of the payment created in Payments.',
      },
      {
        op: 'retrievePayment', name: 'Retrieve the paid payment (confirmed)',
        tests: [json, "pm.test('the payment shows confirmed', function () { pm.expect(body.status).to.eql('confirmed'); pm.expect(body.confirmed_at).to.be.a('string'); });"],
      },
      {
        op: 'createPayment', name: 'Create a payment to confirm in two steps',
        tests: [json, set('confirm_payment_id', 'body.id')],
      },
      {
        op: 'testHelpersPayPayment', name: 'Pay it without confirming',
        path: { payment_id: '{{confirm_payment_id}}' },
        body: () => ({ confirm: false }),
        tests: [json, "pm.test('the payment is confirming', function () { pm.expect(body.status).to.eql('confirming'); });"],
      },
      {
        op: 'testHelpersConfirmPayment', path: { payment_id: '{{confirm_payment_id}}' },
        tests: [json, "pm.test('the payment is confirmed', function () { pm.expect(body.status).to.eql('confirmed'); });"],
      },
      {
        op: 'createPayment', name: 'Create a payment to expire',
        tests: [json, set('expire_payment_id', 'body.id')],
      },
      {
        op: 'testHelpersExpirePayment', path: { payment_id: '{{expire_payment_id}}' },
        tests: [json, "pm.test('the payment is expired', function () { pm.expect(body.status).to.eql('expired'); });"],
      },
    ],
  },
  {
    tag: 'Refunds',
    items: [
      {
        op: 'createRefund',
        tests: [json, "pm.test('refund of the confirmed payment', function () { pm.expect(body.payment_id).to.eql(pm.collectionVariables.get('payment_id')); });"],
        note: 'Refunds the payment confirmed in Test Helpers (its amount is the spec example, 49.99 USD).',
      },
      {
        op: 'listRefunds',
        tests: [json, "pm.test('the refund is listed', function () { pm.expect(body.data.length).to.be.above(0); });"],
      },
    ],
  },
  {
    tag: 'Webhook Endpoints',
    items: [
      {
        op: 'createWebhookEndpoint',
        body: (ex) => ({ ...ex, url: '{{webhookUrl}}' }),
        tests: [json, set('webhook_endpoint_id', 'body.id'),
          "pm.test('the secret is shown once, on creation', function () { pm.expect(body.secret).to.match(/^whsec_/); });"],
        note: 'The URL is `{{webhookUrl}}`: point it at a receiver of yours to see the signed deliveries.',
      },
      'listWebhookEndpoints',
      'retrieveWebhookEndpoint',
      'rotateWebhookEndpointSecret',
      {
        op: 'testWebhookEndpoint',
        tests: [json, "pm.test('a webhook_endpoint.test event', function () { pm.expect(body.type).to.eql('webhook_endpoint.test'); });"],
      },
      {
        op: 'createWebhookEndpoint', name: 'Create an endpoint to update and delete',
        body: (ex) => ({ ...ex, url: '{{webhookUrl}}', description: 'Throwaway endpoint (Postman run)' }),
        tests: [json, set('throwaway_webhook_endpoint_id', 'body.id')],
      },
      {
        op: 'updateWebhookEndpoint', path: { webhook_endpoint_id: '{{throwaway_webhook_endpoint_id}}' },
        tests: [json, "pm.test('the endpoint is disabled', function () { pm.expect(body.enabled).to.eql(false); });"],
      },
      {
        op: 'deleteWebhookEndpoint', path: { webhook_endpoint_id: '{{throwaway_webhook_endpoint_id}}' },
        tests: [json, "pm.test('deleted', function () { pm.expect(body.deleted).to.eql(true); });"],
      },
    ],
  },
  {
    tag: 'Events',
    items: [
      {
        op: 'listEvents', query: { type: true },
        tests: [json,
          "pm.test('the payment.confirmed event of the run is listed', function () { pm.expect(body.data.length).to.be.above(0); });",
          "pm.test('the type filter applies', function () { body.data.forEach(function (e) { pm.expect(e.type).to.eql('payment.confirmed'); }); });",
          "if (body.data.length) { pm.collectionVariables.set('event_id', body.data[0].id); }"],
        note: 'Saves the newest `payment.confirmed` event as `event_id`.',
      },
      'retrieveEvent',
      {
        op: 'resendEvent', body: (ex) => ({ ...ex, webhook_endpoint_id: '{{webhook_endpoint_id}}' }),
        note: 'Resends the event to the endpoint created in Webhook Endpoints.',
      },
    ],
  },
  { tag: 'Usage', items: ['retrieveUsage', 'listUsageAlerts'] },
  {
    tag: 'Admin',
    items: [
      'adminListClients',
      'adminRetrieveClient',
      {
        op: 'adminListPackages',
        tests: [json,
          '// the package to switch to: any package other than the current one',
          "var current = pm.collectionVariables.get('original_package');",
          "var other = body.data.filter(function (p) { return p.id !== current; })[0];",
          "if (other) { pm.collectionVariables.set('target_package', other.id); }"],
        note: 'Saves `target_package` (a package the client is not on) for the switch below.',
      },
      {
        op: 'adminSwitchPackage', name: 'Switch package (dry run)',
        body: (ex) => ({ ...ex, package: '{{target_package}}', dry_run: true }),
        tests: [json, "pm.test('dry run: nothing changed, no audit entry', function () { pm.expect(body.dry_run).to.eql(true); pm.expect(body.audit_entry).to.eql(null); });"],
      },
      {
        op: 'adminSwitchPackage',
        body: (ex) => ({ ...ex, package: '{{target_package}}', dry_run: false }),
        tests: [json, "pm.test('switched, with an audit entry', function () { pm.expect(body.after.package.id).to.eql(pm.collectionVariables.get('target_package')); pm.expect(body.audit_entry.action).to.eql('package_switched'); });"],
      },
      {
        op: 'adminSwitchPackage', name: 'Switch the package back',
        body: () => ({ package: '{{original_package}}', reason: 'Postman run: restore the original package', dry_run: false }),
        tests: [json, "pm.test('back on the original package', function () { pm.expect(body.after.package.id).to.eql(pm.collectionVariables.get('original_package')); });"],
        note: 'Restores the package saved by Account, so the run can be repeated.',
      },
      {
        op: 'adminCreatePricingOverride',
        body: (ex) => ({ ...ex, client_id: '{{client_id}}', expires_at: '{{inThirtyDays}}' }),
        tests: [json, set('override_id', 'body.pricing_override.id')],
        note: '`{{inThirtyDays}}` is set by the collection pre-request script (now + 30 days): `expires_at` must be in the future.',
      },
      {
        op: 'adminListPricingOverrides', query: { client_id: '{{client_id}}' },
        tests: [json, "pm.test('the new override is listed', function () { var id = pm.collectionVariables.get('override_id'); pm.expect(body.data.map(function (o) { return o.id; })).to.include(id); });"],
      },
      { op: 'adminDeletePricingOverride', query: { reason: true } },
      { op: 'adminRetrieveUsageReport', query: { month: '{{currentMonth}}' } },
      {
        op: 'adminCheckUsageAlerts', body: (ex) => ({ ...ex, month: '{{currentMonth}}' }),
      },
      {
        op: 'adminSendTestAlert', body: (ex) => ({ ...ex, client_id: '{{client_id}}' }),
        tests: [json, set('alert_id', 'body.id'),
          "pm.test('the alert e-mail was sent', function () { pm.expect(body.email_sent).to.eql(true); });"],
        note: 'Sends the alert to the demo client (`client_id`); saves `alert_id` for the outbox requests below.',
      },
      {
        op: 'testHelpersListEmails', query: { alert_id: '{{alert_id}}' },
        tests: [json, "pm.test('the test alert produced one e-mail', function () { pm.expect(body.data.length).to.eql(1); pm.expect(body.data[0].alert_id).to.eql(pm.collectionVariables.get('alert_id')); });",
          "if (body.data.length) { pm.collectionVariables.set('email_id', body.data[0].id); }"],
        note: 'A test helper, run here because it needs an alert: the e-mail the test alert above produced, read with the merchant credentials (the outbox is per client). Saves `email_id`.',
      },
      {
        op: 'testHelpersRetrieveEmail',
        tests: [json, "pm.test('an HTML e-mail with a text part', function () { pm.expect(body.html).to.match(/^<!DOCTYPE html>/); pm.expect(body.text).to.be.a('string'); });"],
      },
      {
        op: 'adminResetUsage', body: (ex) => ({ ...ex, client_id: '{{client_id}}', month: '{{currentMonth}}' }),
        note: "Resets this month's volume of the demo client, so repeated runs never reach the package limit.",
      },
      { op: 'adminListAuditLog', query: { client_id: '{{client_id}}' } },
    ],
  },
];

// The negative folder: requests the gateway must refuse. `op` gives the method, path and the
// spec's documented response for `status` (its schema is checked like any other).
export const negative = {
  name: 'Negative: signing',
  description: 'Requests the gateway must refuse with its documented error. They run last and change nothing.',
  items: [
    {
      op: 'retrieveAccount', name: 'Tampered signature → 401 signature_mismatch', status: 401,
      prerequest: [
        '// Runs after the collection script signed the request: flip the last hex digit of the signature.',
        "var sig = pm.request.headers.get('PayCrypt-Signature');",
        "var last = sig.slice(-1) === '0' ? '1' : '0';",
        "pm.request.headers.upsert({ key: 'PayCrypt-Signature', value: sig.slice(0, -1) + last });",
      ],
      tests: [json, "pm.test('code is signature_mismatch', function () { pm.expect(body.code).to.eql('signature_mismatch'); });"],
    },
    {
      op: 'retrieveAccount', name: 'Stale timestamp → 401 timestamp_out_of_range', status: 401,
      headers: [{ key: 'PayCrypt-Timestamp', value: '1000000000', description: 'Signed as given (2001-09-09): far outside the 300 s window.' }],
      tests: [json,
        "pm.test('code is timestamp_out_of_range', function () { pm.expect(body.code).to.eql('timestamp_out_of_range'); });",
        "pm.test('the error shows the server time', function () { pm.expect(body.server_time).to.be.a('number'); });",
        '// a nonce for the replay pair below',
        "pm.collectionVariables.set('replayNonce', Array.from({ length: 32 }, function () { return Math.floor(Math.random() * 16).toString(16); }).join(''));"],
    },
    {
      op: 'getHealthDetailed', name: 'Nonce first use → 200',
      headers: [{ key: 'PayCrypt-Nonce', value: '{{replayNonce}}', description: 'A fixed nonce (set by the request before).' }],
    },
    {
      op: 'getHealthDetailed', name: 'Same nonce again → 401 nonce_reused', status: 401,
      headers: [{ key: 'PayCrypt-Nonce', value: '{{replayNonce}}', description: 'The nonce the request before used.' }],
      tests: [json, "pm.test('code is nonce_reused', function () { pm.expect(body.code).to.eql('nonce_reused'); });"],
    },
    {
      op: 'adminListPackages', name: 'Merchant credentials on an admin endpoint → 403 admin_required', status: 403,
      admin: false,
      tests: [json, "pm.test('code is admin_required', function () { pm.expect(body.code).to.eql('admin_required'); });"],
    },
  ],
};

// Collection variables: the credentials and the chain. Chained ids start as the spec's examples
// (so every request is readable before the run) and are overwritten by the test scripts.
export const chainVariables = {
  payment_id: 'Set by "Create a payment".',
  pay_amount: 'Set by "Create a payment": the crypto amount to pay.',
  cancel_payment_id: 'Set by "Create a payment to cancel".',
  confirm_payment_id: 'Set by "Create a payment to confirm in two steps".',
  expire_payment_id: 'Set by "Create a payment to expire".',
  webhook_endpoint_id: 'Set by "Create a webhook endpoint".',
  throwaway_webhook_endpoint_id: 'Set by "Create an endpoint to update and delete".',
  event_id: 'Set by "List events".',
  client_id: 'Set by "Retrieve the account".',
  original_package: 'Set by "Retrieve the account": restored at the end of the Admin folder.',
  target_package: 'Set by "List packages": a package the client is not on.',
  override_id: 'Set by "Create a pricing override".',
  alert_id: 'Set by "Send a test alert".',
  email_id: 'Set by "List sent emails".',
  replayNonce: 'Set by the stale-timestamp request in "Negative: signing".',
};
