// Generated from openapi.yaml by make generate — do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Cheap unauthenticated liveness probe for uptime monitors. Always `{"status": "ok"}` when the service answers.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/detailed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Detailed health
         * @description Signed. Version, uptime and the state of each component (database, rates, webhook delivery). Answers 200 with `status: degraded|down` rather than an error when a component is unhealthy.
         */
        get: operations["getHealthDetailed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Lists the client's payments, newest first, optionally filtered.
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Create a payment
         * @description Creates a `pending` payment priced in `currency` and payable in `pay_currency` at the current rate (fixed until `expires_at`, 15 minutes in the sandbox). Emits `payment.created`. Send the customer to `hosted_url` or show them `pay_address` and `pay_amount`.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payment
         * @description Returns a payment with its current state.
         */
        get: operations["retrievePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a payment
         * @description Cancels a `pending` payment (emits `payment.canceled`). Takes no body. Any other state is `409 payment_not_cancelable`.
         */
        post: operations["cancelPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a payment's refunds
         * @description Lists the refunds of one payment, newest first.
         */
        get: operations["listRefunds"];
        put?: never;
        /**
         * Refund a payment
         * @description Refunds all (default) or part of a `confirmed` or `partially_refunded` payment. The payment becomes `refunded` or `partially_refunded` and the matching event is emitted. The fee is not returned on refunds; the payment's `fee` and `net_amount` stay as they were.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List currencies
         * @description All supported fiat and crypto currencies with their decimals, network and minimum amount.
         */
        get: operations["listCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current exchange rates
         * @description Price of one unit of each supported crypto currency in the given fiat currency.
         */
        get: operations["listRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/estimates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Estimate a crypto amount
         * @description Computes the crypto amount a payment would have now, rounded exactly as a payment would be. Nothing is stored.
         */
        post: operations["createEstimate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the client's webhook endpoints (without secrets), newest first.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers a URL for signed event deliveries. The response includes the signing `secret`, the only time it is shown. A URL whose host is an unspecified, link-local, multicast or cloud-metadata address (`0.0.0.0`, `::`, `169.254.0.0/16`, `fe80::/10`, IPv4-mapped forms such as `::ffff:169.254.169.254`) is refused with 422 `webhook_url_forbidden` (`errors[].field` = `url`); a name that resolves to one is refused at each delivery (the attempt's `error` says so). Loopback and private addresses are allowed.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{webhook_endpoint_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a webhook endpoint
         * @description Returns a webhook endpoint. The secret is not returned, only `secret_hint`.
         */
        get: operations["retrieveWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint; pending retries to it are dropped.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the given fields (at least one). The secret is unchanged and not returned. A new `url` follows the same address rule as on creation (422 `webhook_url_forbidden`).
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook_endpoints/{webhook_endpoint_id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's secret
         * @description Generates a new signing secret and returns it (only this once). With `expire_previous_after_seconds` > 0 the previous secret stays valid that long, and deliveries carry both `v1=` signatures meanwhile.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook_endpoints/{webhook_endpoint_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Creates a `webhook_endpoint.test` event (data.object: the endpoint) and delivers it to this endpoint only, asynchronously, even if it is not subscribed to that type. Takes no body.
         */
        post: operations["testWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Lists the client's events, newest first (kept 30 days).
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Returns an event with its delivery attempts.
         */
        get: operations["retrieveEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend an event
         * @description Queues a new delivery of the event (same `id`) to one endpoint or to every enabled subscribed endpoint. A `webhook_endpoint_id` that does not exist is 404 `webhook_endpoint_not_found`.
         */
        post: operations["resendEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve this month's usage
         * @description The client's confirmed volume this calendar month (UTC) against its package limit.
         */
        get: operations["retrieveUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List usage alerts
         * @description The client's usage alerts for one month (default: the current month), newest first.
         */
        get: operations["listUsageAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve the account
         * @description The authenticated client's account: package and any active pricing override.
         */
        get: operations["retrieveAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List clients
         * @description Lists all clients with this month's usage, filtered.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminListClients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/clients/{client_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a client
         * @description Returns one client with this month's usage.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminRetrieveClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/clients/{client_id}/switch_package": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch a client's package
         * @description Moves the client to another package (effective at once) and writes an audit entry; `dry_run` only reports. The thresholds re-arm for the new limit and are checked at once: a switch to a smaller package that puts the client over a threshold alerts immediately; after a switch to a bigger one, crossing 80 % of the new limit alerts again. Switching back to a limit already alerted on this month does not repeat those alerts.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        post: operations["adminSwitchPackage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List packages
         * @description All packages, smallest first.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminListPackages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pricing_overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pricing overrides
         * @description Lists pricing overrides, newest first; active ones only unless `include_expired`.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminListPricingOverrides"];
        put?: never;
        /**
         * Create a pricing override
         * @description Gives a client a temporary fee until `expires_at`, replacing any active override, and writes an audit entry; `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`. Payments created while it is active carry its `fee_percent` (and the `fee` it gives); payments created before keep theirs.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        post: operations["adminCreatePricingOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/pricing_overrides/{override_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a pricing override
         * @description Ends a pricing override now (the package fee applies again) and writes an audit entry.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        delete: operations["adminDeletePricingOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/usage/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly usage report
         * @description Usage of every client for one month (default: the current month): gross volume (`current_volume`), `fees` and `net_volume` per client and in total, all in USD. `admin/usage/reset` zeroes a month's volume and fees.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminRetrieveUsageReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/usage/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset usage
         * @description Sets the confirmed volume (and fees) of one client (or all) for a month to 0 and re-arms that month's thresholds: the alerts already raised stay listed, and each threshold can alert once more, under the limit in force; writes an audit entry. `dry_run` only reports. An unknown `client_id` is 404.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        post: operations["adminResetUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/usage/check_alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the usage alert check
         * @description Checks every client's usage for the month (default: current) and records any threshold newly crossed (emitting `usage.threshold_reached`). Idempotent: An alert belongs to (client, month, threshold, limit in force): a threshold alerts at most once per client per month under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every threshold for the limit then in force; test alerts never count.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        post: operations["adminCheckUsageAlerts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/usage/test_alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test alert
         * @description Records and sends a usage alert marked `test: true` for a client and threshold, regardless of its usage, and writes an audit entry (`test_alert_sent`). An unknown `client_id` is 404.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        post: operations["adminSendTestAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the audit log
         * @description Admin changes, newest first.
         *
         *     Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
         */
        get: operations["adminListAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_helpers/payments/{payment_id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Simulate the customer paying
         * @description Simulates an on-chain payment to a `pending` or `underpaid` payment. Default amount: exactly what is outstanding → `confirmed` (or `confirming` with `confirm: false`). Less → `underpaid`; more → `overpaid_amount` is set. Events are emitted for each state change.
         *
         *     Sandbox only (test mode keys); live keys get `403 test_mode_only`.
         */
        post: operations["testHelpersPayPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_helpers/payments/{payment_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a confirming payment
         * @description Moves a `confirming` payment to `confirmed` (emits `payment.confirmed`). Takes no body.
         *
         *     Sandbox only (test mode keys); live keys get `403 test_mode_only`.
         */
        post: operations["testHelpersConfirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_helpers/payments/{payment_id}/expire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Expire a payment
         * @description Advances the clock of a `pending` or `underpaid` payment past `expires_at`: it becomes `expired` (emits `payment.expired`). Takes no body.
         *
         *     Sandbox only (test mode keys); live keys get `403 test_mode_only`.
         */
        post: operations["testHelpersExpirePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_helpers/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sent emails
         * @description The sandbox outbox: the e-mails the gateway sent to the authenticated client (today: one per usage alert, test alerts included, rendered as HTML with a plain-text part), newest first. Nothing leaves the sandbox; read them here. The alert records `email_sent: true`.
         *
         *     Sandbox only (test mode keys); live keys get `403 test_mode_only`.
         */
        get: operations["testHelpersListEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/test_helpers/emails/{email_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a sent email
         * @description One e-mail from the sandbox outbox, with its HTML and plain-text parts.
         *
         *     Sandbox only (test mode keys); live keys get `403 test_mode_only`.
         */
        get: operations["testHelpersRetrieveEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    payment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment event
         * @description Sent on every payment state change: `payment.created`, `payment.confirming`, `payment.confirmed`, `payment.underpaid`, `payment.expired`, `payment.canceled`, `payment.refunded`, `payment.partially_refunded`. `data.object` is the Payment after the change.
         *
         *     Delivered as `POST` with `Content-Type: application/json` to every enabled webhook endpoint
         *     subscribed to the event type (or to `*`). Headers:
         *
         *     ```
         *     PayCrypt-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>
         *     PayCrypt-Event-Id: <the event's id>
         *     ```
         *
         *     Verification (scheme `PAYCRYPT-WEBHOOK-HMAC-SHA256`, version 1): parse the header into `t` and one or
         *     more `v1` values (several `v1=` entries appear during a secret rotation overlap; any match passes);
         *     compute lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of the endpoint's `whsec_…` secret over
         *     `t + "." + raw_body`, where `raw_body` is the **raw request body bytes** (never re-serialised JSON);
         *     compare in constant time; reject when `t` is more than the tolerance (default 300 s) older or newer
         *     than the receiver's clock; fail closed when no secret is configured.
         *
         *     Answer any 2xx within 10 s to acknowledge. Anything else is retried with backoff (see the event's
         *     `delivery_attempts`); when the retries are exhausted the attempt's `outcome` is `failed`. Delivery is
         *     at-least-once: an event may arrive more than once (for instance when the gateway restarts between
         *     your 2xx and recording it), so deduplicate on the event `id` (also in `PayCrypt-Event-Id`).
         */
        post: operations["onPaymentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "usage.threshold_reached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Usage threshold reached
         * @description Sent when the client's monthly usage crosses 80, 90, 95 or 100 % (and for test alerts). `data.object` is the UsageAlert.
         *
         *     Delivered as `POST` with `Content-Type: application/json` to every enabled webhook endpoint
         *     subscribed to the event type (or to `*`). Headers:
         *
         *     ```
         *     PayCrypt-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>
         *     PayCrypt-Event-Id: <the event's id>
         *     ```
         *
         *     Verification (scheme `PAYCRYPT-WEBHOOK-HMAC-SHA256`, version 1): parse the header into `t` and one or
         *     more `v1` values (several `v1=` entries appear during a secret rotation overlap; any match passes);
         *     compute lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of the endpoint's `whsec_…` secret over
         *     `t + "." + raw_body`, where `raw_body` is the **raw request body bytes** (never re-serialised JSON);
         *     compare in constant time; reject when `t` is more than the tolerance (default 300 s) older or newer
         *     than the receiver's clock; fail closed when no secret is configured.
         *
         *     Answer any 2xx within 10 s to acknowledge. Anything else is retried with backoff (see the event's
         *     `delivery_attempts`); when the retries are exhausted the attempt's `outcome` is `failed`. Delivery is
         *     at-least-once: an event may arrive more than once (for instance when the gateway restarts between
         *     your 2xx and recording it), so deduplicate on the event `id` (also in `PayCrypt-Event-Id`).
         */
        post: operations["onUsageThresholdReached"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook endpoint test
         * @description Sent by `POST /v1/webhook_endpoints/{webhook_endpoint_id}/test`. `data.object` is the endpoint (without `secret`).
         *
         *     Delivered as `POST` with `Content-Type: application/json` to every enabled webhook endpoint
         *     subscribed to the event type (or to `*`). Headers:
         *
         *     ```
         *     PayCrypt-Webhook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>
         *     PayCrypt-Event-Id: <the event's id>
         *     ```
         *
         *     Verification (scheme `PAYCRYPT-WEBHOOK-HMAC-SHA256`, version 1): parse the header into `t` and one or
         *     more `v1` values (several `v1=` entries appear during a secret rotation overlap; any match passes);
         *     compute lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of the endpoint's `whsec_…` secret over
         *     `t + "." + raw_body`, where `raw_body` is the **raw request body bytes** (never re-serialised JSON);
         *     compare in constant time; reject when `t` is more than the tolerance (default 300 s) older or newer
         *     than the receiver's clock; fail closed when no secret is configured.
         *
         *     Answer any 2xx within 10 s to acknowledge. Anything else is retried with backoff (see the event's
         *     `delivery_attempts`); when the retries are exhausted the attempt's `outcome` is `failed`. Delivery is
         *     at-least-once: an event may arrive more than once (for instance when the gateway restarts between
         *     your 2xx and recording it), so deduplicate on the event `id` (also in `PayCrypt-Event-Id`).
         */
        post: operations["onWebhookEndpointTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A non-negative decimal amount as a string (never a JSON number): up to 18 integer digits, optionally a `.` and 1 to 18 fraction digits, no sign, no exponent, no leading zeros. Fiat amounts are rounded to the currency's `decimals` (2 for USD, EUR, GBP); crypto amounts to the coin's `decimals` (8 for BTC and LTC, 18 for ETH, 6 for USDT). Parse with a decimal type, never binary floating point.
         * @example 49.99
         */
        Amount: string;
        /**
         * @description A non-negative decimal percentage as a string with at most 2 fraction digits (`"82.40"` means 82.4 %). May exceed 100 for usage over the limit.
         * @example 82.40
         */
        Percentage: string;
        /**
         * @description ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422 `unsupported_currency`.
         * @example USD
         */
        FiatCurrency: string;
        /**
         * @description Crypto currency ticker, upper case. The sandbox supports `BTC` (network bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin, 8); see `GET /v1/currencies`. Other well-formed tickers are answered 422 `unsupported_currency`.
         * @example BTC
         */
        CryptoCurrency: string;
        /**
         * @description A calendar month `YYYY-MM` (UTC).
         * @example 2026-01
         */
        Month: string;
        /**
         * @description Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
         * @example growth
         */
        PackageId: string;
        /**
         * @description Up to 20 string key/value pairs stored on the object and returned unchanged. Values are at most 500 characters.
         * @example {
         *       "customer_id": "cus_1042"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        /**
         * @description Identifier of a payment: `pay_` followed by 24 letters or digits.
         * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
         */
        PaymentId: string;
        /**
         * @description Identifier of a refund: `re_` followed by 24 letters or digits.
         * @example re_7b1e4d2a9c6f3e8b5a0d1c2f
         */
        RefundId: string;
        /**
         * @description Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
         * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
         */
        WebhookEndpointId: string;
        /**
         * @description Identifier of a event: `evt_` followed by 24 letters or digits.
         * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
         */
        EventId: string;
        /**
         * @description Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
         * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
         */
        ClientId: string;
        /**
         * @description Identifier of a pricing override: `po_` followed by 24 letters or digits.
         * @example po_4e9b2d7a1c5f8e3b6d0a2c1e
         */
        PricingOverrideId: string;
        /**
         * @description Identifier of a audit log entry: `aud_` followed by 24 letters or digits.
         * @example aud_1a6c3e8b5d2f9a4c7e0b3d6f
         */
        AuditEntryId: string;
        /**
         * @description Identifier of a usage alert: `ua_` followed by 24 letters or digits.
         * @example ua_8d3f6a1c4e7b2d5f9a0c3e6b
         */
        UsageAlertId: string;
        /**
         * @description Identifier of an e-mail in the sandbox outbox: `em_` followed by 24 letters or digits.
         * @example em_6b2d9f4a1c8e3b7d5a0f2c4e
         */
        EmailId: string;
        /**
         * @description Identifier of a request (as in the `PayCrypt-Request-Id` header): `req_` followed by 24 letters or digits.
         * @example req_8f3a2b1c9d4e5f60a1b2c3d4
         */
        RequestId: string;
        /**
         * @description An error, as RFC 9457 problem details (`application/problem+json`). Branch on `code`, a stable machine-readable string; `title` and `detail` are for humans and may change.
         * @example {
         *       "type": "https://docs.paycrypt.example/errors/payment_not_found",
         *       "title": "Payment not found",
         *       "status": 404,
         *       "detail": "No payment with id pay_3f9a1c7e5b2d4a6c8e0f1a2b.",
         *       "code": "payment_not_found",
         *       "request_id": "req_8f3a2b1c9d4e5f60a1b2c3d4"
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description A URI identifying the problem type; its page documents the `code`.
             * @example https://docs.paycrypt.example/errors/payment_not_found
             */
            type: string;
            /**
             * @description Short, human-readable summary of the problem type.
             * @example Payment not found
             */
            title: string;
            /**
             * @description The HTTP status code of this response.
             * @example 404
             */
            status: number;
            /**
             * @description Human-readable explanation specific to this occurrence.
             * @example No payment with id pay_3f9a1c7e5b2d4a6c8e0f1a2b.
             */
            detail?: string;
            /**
             * @description Stable machine-readable error code, e.g. `signature_mismatch`, `payment_not_found`.
             * @example payment_not_found
             */
            code: string;
            /** @description The request id, same as the `PayCrypt-Request-Id` header. */
            request_id?: components["schemas"]["RequestId"];
            /**
             * @description Per-field errors (422 `validation_failed`, 400 `invalid_json`).
             * @example [
             *       {
             *         "field": "amount",
             *         "message": "must be a decimal string"
             *       }
             *     ]
             */
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description Only on 401 `timestamp_out_of_range`: the server's clock, unix seconds.
             * @example 1767225600
             */
            server_time?: number;
            /**
             * @description Sandbox only, on 401 `signature_mismatch`: the string to sign the server computed from the request it received (scheme, timestamp, nonce, method, path, canonical query and the SHA-256 of the body bytes, joined by newlines). Compare it line by line with the string your client signed (the SDKs log it at debug level): the line that differs is what changed between signing and sending. It holds no secret; the production gateway never sends it.
             * @example PAYCRYPT-HMAC-SHA256
             *     1767225600
             *     0123456789abcdef0123456789abcdef
             *     GET
             *     /v1/payments
             *     limit=10&status=pending
             *     e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            expected_string_to_sign?: string;
        };
        /**
         * @description One invalid field.
         * @example {
         *       "field": "amount",
         *       "message": "must be a decimal string"
         *     }
         */
        ProblemFieldError: {
            /**
             * @description Dotted path of the offending field: `amount`, `metadata.order`, `query.limit`, `path.payment_id`, `header.Idempotency-Key`, or `body` for the document as a whole.
             * @example amount
             */
            field: string;
            /**
             * @description What is wrong with it.
             * @example must match pattern ^(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$
             */
            message: string;
        };
        /**
         * @description State of a payment. `pending` (waiting for funds) → `confirming` (full amount seen, waiting for confirmations) → `confirmed` (final; counts toward usage). `pending` → `expired` (after `expires_at`) or `canceled`. A partial payment makes it `underpaid` (it can still complete with a further payment, or expire). `confirmed` → `partially_refunded` → `refunded`.
         * @example pending
         * @enum {string}
         */
        PaymentStatus: "pending" | "confirming" | "confirmed" | "underpaid" | "expired" | "canceled" | "refunded" | "partially_refunded";
        /**
         * @description A payment: an amount priced in fiat that the customer pays in crypto, with the fee PayCrypt keeps (`fee`, `net_amount`).
         * @example {
         *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *       "object": "payment",
         *       "status": "pending",
         *       "amount": "49.99",
         *       "currency": "USD",
         *       "pay_currency": "BTC",
         *       "pay_amount": "0.00052622",
         *       "rate": "95000.00",
         *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *       "amount_received": "0",
         *       "overpaid_amount": "0",
         *       "amount_refunded": "0",
         *       "fee_percent": "0.80",
         *       "fee": "0.40",
         *       "net_amount": "49.59",
         *       "order_id": "order_1042",
         *       "description": "Order #1042 - 2 ceramic mugs",
         *       "metadata": {
         *         "customer_id": "cus_1042"
         *       },
         *       "redirect_url": "https://shop.example.com/orders/1042/complete",
         *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *       "expires_at": "2026-01-15T10:45:00Z",
         *       "created_at": "2026-01-15T10:30:00Z",
         *       "updated_at": "2026-01-15T10:30:00Z",
         *       "confirmed_at": null
         *     }
         */
        Payment: {
            id: components["schemas"]["PaymentId"];
            /**
             * @description Always `payment`.
             * @example payment
             * @constant
             */
            object: "payment";
            status: components["schemas"]["PaymentStatus"];
            /** @description Price in `currency` (fiat). */
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["FiatCurrency"];
            pay_currency: components["schemas"]["CryptoCurrency"];
            /** @description Amount the customer must pay, in `pay_currency`, rounded to its decimals. */
            pay_amount: components["schemas"]["Amount"];
            /** @description Price of 1 unit of `pay_currency` in `currency`, fixed at creation. */
            rate: components["schemas"]["Amount"];
            /**
             * @description Deposit address the customer pays to.
             * @example tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6
             */
            pay_address: string;
            /** @description Crypto received so far, in `pay_currency` (`"0"` when nothing). */
            amount_received: components["schemas"]["Amount"];
            /** @description Crypto received above `pay_amount`, in `pay_currency` (`"0"` when none). */
            overpaid_amount: components["schemas"]["Amount"];
            /** @description Total refunded so far, in `currency` (fiat). */
            amount_refunded: components["schemas"]["Amount"];
            /** @description The fee in force when the payment was created, percent: the client's active pricing override's `fee_percent` if there is one, else its package's `fee_percent`. Fixed at creation; a later override or package switch does not change it. */
            fee_percent: components["schemas"]["Percentage"];
            /** @description PayCrypt's fee, in `currency` (fiat): `amount × fee_percent / 100` computed with decimal arithmetic and rounded half up (ROUND_HALF_UP) to the currency's decimals, e.g. 0.50 % of 100.00 USD is `"0.50"`, 0.80 % of 49.99 USD is `"0.40"` (0.39992). Fixed at creation. It is charged on confirmed payments only (see the usage report); it is not returned on refunds. */
            fee: components["schemas"]["Amount"];
            /** @description `amount − fee`, in `currency` (fiat): what the merchant is credited when the payment is confirmed. Fixed at creation and unchanged by refunds: a refund returns its `amount` to the customer out of the merchant's balance and the fee is not returned, so after refunds the merchant keeps `net_amount − amount_refunded` (below zero after a full refund: the fee). */
            net_amount: components["schemas"]["Amount"];
            /**
             * @description The merchant's order reference, if given.
             * @example order_1042
             */
            order_id: string | null;
            /**
             * @description Free-text description, if given.
             * @example Order #1042 - 2 ceramic mugs
             */
            description: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uri
             * @description Where the hosted checkout sends the customer afterwards, if given.
             * @example https://shop.example.com/orders/1042/complete
             */
            redirect_url: string | null;
            /**
             * Format: uri
             * @description The hosted checkout page for this payment.
             * @example https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b
             */
            hosted_url: string;
            /**
             * Format: date-time
             * @description When a `pending` or `underpaid` payment expires.
             * @example 2026-01-15T10:45:00Z
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-01-15T10:30:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last state change.
             * @example 2026-01-15T10:30:00Z
             */
            updated_at: string;
            /**
             * Format: date-time
             * @description When it became `confirmed`; null before.
             * @example null
             */
            confirmed_at: string | null;
        };
        /**
         * @description Parameters for a new payment.
         * @example {
         *       "amount": "49.99",
         *       "currency": "USD",
         *       "pay_currency": "BTC",
         *       "order_id": "order_1042",
         *       "description": "Order #1042 - 2 ceramic mugs",
         *       "metadata": {
         *         "customer_id": "cus_1042"
         *       },
         *       "redirect_url": "https://shop.example.com/orders/1042/complete"
         *     }
         */
        CreatePaymentRequest: {
            /** @description Price in `currency`; at least the currency's `min_amount`, and at most its `decimals` fraction digits. */
            amount: components["schemas"]["Amount"];
            /** @description Fiat currency the price is in. */
            currency: components["schemas"]["FiatCurrency"];
            /** @description Crypto currency the customer pays in. */
            pay_currency: components["schemas"]["CryptoCurrency"];
            /**
             * @description Your order reference (not required to be unique).
             * @example order_1042
             */
            order_id?: string;
            /**
             * @description Free-text description shown on the checkout page.
             * @example Order #1042 - 2 ceramic mugs
             */
            description?: string;
            metadata?: components["schemas"]["Metadata"];
            /**
             * Format: uri
             * @description Where the hosted checkout sends the customer afterwards.
             * @example https://shop.example.com/orders/1042/complete
             */
            redirect_url?: string;
        };
        /**
         * @description One page of payments, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "object": "payment",
         *           "status": "confirmed",
         *           "amount": "49.99",
         *           "currency": "USD",
         *           "pay_currency": "BTC",
         *           "pay_amount": "0.00052622",
         *           "rate": "95000.00",
         *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *           "amount_received": "0.00052622",
         *           "overpaid_amount": "0",
         *           "amount_refunded": "0",
         *           "fee_percent": "0.80",
         *           "fee": "0.40",
         *           "net_amount": "49.59",
         *           "order_id": "order_1042",
         *           "description": "Order #1042 - 2 ceramic mugs",
         *           "metadata": {
         *             "customer_id": "cus_1042"
         *           },
         *           "redirect_url": "https://shop.example.com/orders/1042/complete",
         *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "expires_at": "2026-01-15T10:45:00Z",
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-15T10:38:12Z",
         *           "confirmed_at": "2026-01-15T10:38:12Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        PaymentList: {
            /**
             * @description The payments on this page.
             * @example [
             *       {
             *         "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *         "object": "payment",
             *         "status": "confirmed",
             *         "amount": "49.99",
             *         "currency": "USD",
             *         "pay_currency": "BTC",
             *         "pay_amount": "0.00052622",
             *         "rate": "95000.00",
             *         "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
             *         "amount_received": "0.00052622",
             *         "overpaid_amount": "0",
             *         "amount_refunded": "0",
             *         "fee_percent": "0.80",
             *         "fee": "0.40",
             *         "net_amount": "49.59",
             *         "order_id": "order_1042",
             *         "description": "Order #1042 - 2 ceramic mugs",
             *         "metadata": {
             *           "customer_id": "cus_1042"
             *         },
             *         "redirect_url": "https://shop.example.com/orders/1042/complete",
             *         "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *         "expires_at": "2026-01-15T10:45:00Z",
             *         "created_at": "2026-01-15T10:30:00Z",
             *         "updated_at": "2026-01-15T10:38:12Z",
             *         "confirmed_at": "2026-01-15T10:38:12Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Payment"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a payment id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description A refund of (part of) a confirmed payment.
         * @example {
         *       "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
         *       "object": "refund",
         *       "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *       "amount": "49.99",
         *       "pay_amount": "0.00052622",
         *       "status": "succeeded",
         *       "reason": "Customer returned the mugs",
         *       "created_at": "2026-01-16T09:00:00Z"
         *     }
         */
        Refund: {
            id: components["schemas"]["RefundId"];
            /**
             * @description Always `refund`.
             * @example refund
             * @constant
             */
            object: "refund";
            payment_id: components["schemas"]["PaymentId"];
            /** @description Refunded amount in the payment's `currency` (fiat). */
            amount: components["schemas"]["Amount"];
            /** @description Refunded amount in the payment's `pay_currency`, at the payment's `rate`, rounded down to the coin's decimals. */
            pay_amount: components["schemas"]["Amount"];
            /**
             * @description Refund state; the sandbox refunds synchronously.
             * @example succeeded
             * @enum {string}
             */
            status: "succeeded";
            /**
             * @description Why it was refunded, if given.
             * @example Customer returned the mugs
             */
            reason: string | null;
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-01-16T09:00:00Z
             */
            created_at: string;
        };
        /**
         * @description Parameters for a refund.
         * @example {
         *       "amount": "49.99",
         *       "reason": "Customer returned the mugs"
         *     }
         */
        CreateRefundRequest: {
            /** @description Fiat amount to refund; default: everything still refundable (`amount - amount_refunded`). */
            amount?: components["schemas"]["Amount"];
            /**
             * @description Why it is refunded.
             * @example Customer returned the mugs
             */
            reason?: string;
        };
        /**
         * @description One page of refunds, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
         *           "object": "refund",
         *           "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "amount": "49.99",
         *           "pay_amount": "0.00052622",
         *           "status": "succeeded",
         *           "reason": "Customer returned the mugs",
         *           "created_at": "2026-01-16T09:00:00Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        RefundList: {
            /**
             * @description The refunds on this page.
             * @example [
             *       {
             *         "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
             *         "object": "refund",
             *         "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *         "amount": "49.99",
             *         "pay_amount": "0.00052622",
             *         "status": "succeeded",
             *         "reason": "Customer returned the mugs",
             *         "created_at": "2026-01-16T09:00:00Z"
             *       }
             *     ]
             */
            data: components["schemas"]["Refund"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a refund id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description A supported currency.
         * @example {
         *       "code": "BTC",
         *       "name": "Bitcoin",
         *       "type": "crypto",
         *       "decimals": 8,
         *       "network": "bitcoin",
         *       "min_amount": "0.00001000"
         *     }
         */
        Currency: {
            /**
             * @description ISO 4217 code (fiat) or ticker (crypto).
             * @example BTC
             */
            code: string;
            /**
             * @description Display name.
             * @example Bitcoin
             */
            name: string;
            /**
             * @description `fiat` (prices) or `crypto` (payment).
             * @example crypto
             * @enum {string}
             */
            type: "fiat" | "crypto";
            /**
             * @description Fraction digits amounts in this currency are rounded to.
             * @example 8
             */
            decimals: number;
            /**
             * @description Blockchain network for crypto (`bitcoin`, `ethereum`, `litecoin`); null for fiat.
             * @example bitcoin
             */
            network: string | null;
            /** @description Smallest amount accepted in this currency (price for fiat, `pay_amount` for crypto). */
            min_amount: components["schemas"]["Amount"];
        };
        /**
         * @description All supported currencies (not paginated).
         * @example {
         *       "data": [
         *         {
         *           "code": "USD",
         *           "name": "US Dollar",
         *           "type": "fiat",
         *           "decimals": 2,
         *           "network": null,
         *           "min_amount": "0.50"
         *         },
         *         {
         *           "code": "EUR",
         *           "name": "Euro",
         *           "type": "fiat",
         *           "decimals": 2,
         *           "network": null,
         *           "min_amount": "0.50"
         *         },
         *         {
         *           "code": "GBP",
         *           "name": "Pound Sterling",
         *           "type": "fiat",
         *           "decimals": 2,
         *           "network": null,
         *           "min_amount": "0.50"
         *         },
         *         {
         *           "code": "BTC",
         *           "name": "Bitcoin",
         *           "type": "crypto",
         *           "decimals": 8,
         *           "network": "bitcoin",
         *           "min_amount": "0.00001000"
         *         },
         *         {
         *           "code": "ETH",
         *           "name": "Ether",
         *           "type": "crypto",
         *           "decimals": 18,
         *           "network": "ethereum",
         *           "min_amount": "0.000100000000000000"
         *         },
         *         {
         *           "code": "USDT",
         *           "name": "Tether USD",
         *           "type": "crypto",
         *           "decimals": 6,
         *           "network": "ethereum",
         *           "min_amount": "1.000000"
         *         },
         *         {
         *           "code": "LTC",
         *           "name": "Litecoin",
         *           "type": "crypto",
         *           "decimals": 8,
         *           "network": "litecoin",
         *           "min_amount": "0.00100000"
         *         }
         *       ]
         *     }
         */
        CurrencyList: {
            /**
             * @description Fiat and crypto currencies.
             * @example [
             *       {
             *         "code": "USD",
             *         "name": "US Dollar",
             *         "type": "fiat",
             *         "decimals": 2,
             *         "network": null,
             *         "min_amount": "0.50"
             *       },
             *       {
             *         "code": "EUR",
             *         "name": "Euro",
             *         "type": "fiat",
             *         "decimals": 2,
             *         "network": null,
             *         "min_amount": "0.50"
             *       },
             *       {
             *         "code": "GBP",
             *         "name": "Pound Sterling",
             *         "type": "fiat",
             *         "decimals": 2,
             *         "network": null,
             *         "min_amount": "0.50"
             *       },
             *       {
             *         "code": "BTC",
             *         "name": "Bitcoin",
             *         "type": "crypto",
             *         "decimals": 8,
             *         "network": "bitcoin",
             *         "min_amount": "0.00001000"
             *       },
             *       {
             *         "code": "ETH",
             *         "name": "Ether",
             *         "type": "crypto",
             *         "decimals": 18,
             *         "network": "ethereum",
             *         "min_amount": "0.000100000000000000"
             *       },
             *       {
             *         "code": "USDT",
             *         "name": "Tether USD",
             *         "type": "crypto",
             *         "decimals": 6,
             *         "network": "ethereum",
             *         "min_amount": "1.000000"
             *       },
             *       {
             *         "code": "LTC",
             *         "name": "Litecoin",
             *         "type": "crypto",
             *         "decimals": 8,
             *         "network": "litecoin",
             *         "min_amount": "0.00100000"
             *       }
             *     ]
             */
            data: components["schemas"]["Currency"][];
        };
        /**
         * @description Exchange rate of one crypto currency.
         * @example {
         *       "pay_currency": "BTC",
         *       "rate": "95000.00"
         *     }
         */
        Rate: {
            pay_currency: components["schemas"]["CryptoCurrency"];
            /** @description Price of 1 unit of `pay_currency` in the list's fiat `currency`. */
            rate: components["schemas"]["Amount"];
        };
        /**
         * @description Current exchange rates of every supported crypto currency against one fiat currency.
         * @example {
         *       "currency": "USD",
         *       "data": [
         *         {
         *           "pay_currency": "BTC",
         *           "rate": "95000.00"
         *         },
         *         {
         *           "pay_currency": "ETH",
         *           "rate": "3500.00"
         *         },
         *         {
         *           "pay_currency": "USDT",
         *           "rate": "1.00"
         *         },
         *         {
         *           "pay_currency": "LTC",
         *           "rate": "85.00"
         *         }
         *       ],
         *       "updated_at": "2026-01-15T10:30:00Z"
         *     }
         */
        RateList: {
            currency: components["schemas"]["FiatCurrency"];
            /**
             * @description One rate per crypto currency.
             * @example [
             *       {
             *         "pay_currency": "BTC",
             *         "rate": "95000.00"
             *       },
             *       {
             *         "pay_currency": "ETH",
             *         "rate": "3500.00"
             *       },
             *       {
             *         "pay_currency": "USDT",
             *         "rate": "1.00"
             *       },
             *       {
             *         "pay_currency": "LTC",
             *         "rate": "85.00"
             *       }
             *     ]
             */
            data: components["schemas"]["Rate"][];
            /**
             * Format: date-time
             * @description When the rates were last refreshed.
             * @example 2026-01-15T10:30:00Z
             */
            updated_at: string;
        };
        /**
         * @description What to price.
         * @example {
         *       "amount": "49.99",
         *       "currency": "USD",
         *       "pay_currency": "BTC"
         *     }
         */
        CreateEstimateRequest: {
            /** @description Price in `currency`. */
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["FiatCurrency"];
            pay_currency: components["schemas"]["CryptoCurrency"];
        };
        /**
         * @description How much crypto a price would cost now (nothing is reserved).
         * @example {
         *       "amount": "49.99",
         *       "currency": "USD",
         *       "pay_currency": "BTC",
         *       "pay_amount": "0.00052622",
         *       "rate": "95000.00",
         *       "expires_at": "2026-01-15T10:45:00Z"
         *     }
         */
        Estimate: {
            /** @description Price in `currency`. */
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["FiatCurrency"];
            pay_currency: components["schemas"]["CryptoCurrency"];
            /** @description Crypto amount, rounded to the coin's decimals exactly as a payment would be. */
            pay_amount: components["schemas"]["Amount"];
            /** @description Price of 1 unit of `pay_currency` in `currency`. */
            rate: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description Until when this rate would be honoured by a payment created now.
             * @example 2026-01-15T10:45:00Z
             */
            expires_at: string;
        };
        /**
         * @description Type of an event. Payment events carry a Payment, `usage.threshold_reached` a UsageAlert, `webhook_endpoint.test` the WebhookEndpoint.
         * @example payment.confirmed
         * @enum {string}
         */
        EventType: "payment.created" | "payment.confirming" | "payment.confirmed" | "payment.underpaid" | "payment.expired" | "payment.canceled" | "payment.refunded" | "payment.partially_refunded" | "usage.threshold_reached" | "webhook_endpoint.test";
        /**
         * @description An event type to subscribe to, or `*` for all types.
         * @example payment.confirmed
         */
        EventTypeSelector: components["schemas"]["EventType"] | "*";
        /**
         * @description A URL that receives signed event deliveries.
         * @example {
         *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *       "url": "https://shop.example.com/paycrypt/webhook",
         *       "events": [
         *         "payment.confirmed",
         *         "payment.expired"
         *       ],
         *       "description": "Shop order updates",
         *       "enabled": true,
         *       "secret_hint": "…7e9c",
         *       "created_at": "2026-01-15T10:30:00Z",
         *       "updated_at": "2026-01-15T10:30:00Z"
         *     }
         */
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /**
             * Format: uri
             * @description HTTPS (or, in the sandbox, any http) URL deliveries are POSTed to.
             * @example https://shop.example.com/paycrypt/webhook
             */
            url: string;
            /**
             * @description Event types delivered to this endpoint (`["*"]` = all).
             * @example [
             *       "payment.confirmed",
             *       "payment.expired"
             *     ]
             */
            events: components["schemas"]["EventTypeSelector"][];
            /**
             * @description Free-text description.
             * @example Shop order updates
             */
            description: string | null;
            /**
             * @description Disabled endpoints receive nothing.
             * @example true
             */
            enabled: boolean;
            /**
             * @description The signing secret. Only returned by create and rotate_secret; store it then. Absent everywhere else.
             * @example whsec_5f2b8c1e9a4d7f3b6e0c2a8d1f4b7e9c
             */
            secret?: string;
            /**
             * @description `…` followed by the last 4 characters of the current secret.
             * @example …7e9c
             */
            secret_hint: string;
            /**
             * Format: date-time
             * @description After a rotation with overlap: until when deliveries are also signed with the previous secret.
             * @example null
             */
            previous_secret_expires_at?: string | null;
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-01-15T10:30:00Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last change.
             * @example 2026-01-15T10:30:00Z
             */
            updated_at: string;
        };
        /**
         * @description A new webhook endpoint.
         * @example {
         *       "url": "https://shop.example.com/paycrypt/webhook",
         *       "events": [
         *         "payment.confirmed",
         *         "payment.expired"
         *       ],
         *       "description": "Shop order updates",
         *       "enabled": true
         *     }
         */
        CreateWebhookEndpointRequest: {
            /**
             * Format: uri
             * @description URL to POST deliveries to.
             * @example https://shop.example.com/paycrypt/webhook
             */
            url: string;
            /**
             * @description Event types delivered to this endpoint (`["*"]` = all).
             * @example [
             *       "payment.confirmed",
             *       "payment.expired"
             *     ]
             */
            events: components["schemas"]["EventTypeSelector"][];
            /**
             * @description Free-text description.
             * @example Shop order updates
             */
            description?: string;
            /**
             * @description Whether deliveries are sent.
             * @default true
             * @example true
             */
            enabled?: boolean;
        };
        /**
         * @description Fields to change; omitted fields are unchanged.
         * @example {
         *       "enabled": false
         *     }
         */
        UpdateWebhookEndpointRequest: {
            /**
             * Format: uri
             * @description URL to POST deliveries to.
             * @example https://shop.example.com/paycrypt/webhook
             */
            url?: string;
            /**
             * @description Event types delivered to this endpoint (`["*"]` = all).
             * @example [
             *       "payment.confirmed",
             *       "payment.expired"
             *     ]
             */
            events?: components["schemas"]["EventTypeSelector"][];
            /**
             * @description Free-text description (null clears it).
             * @example Shop order updates
             */
            description?: string | null;
            /**
             * @description Whether deliveries are sent.
             * @example false
             */
            enabled?: boolean;
        };
        /**
         * @description Rotation options.
         * @example {
         *       "expire_previous_after_seconds": 3600
         *     }
         */
        RotateWebhookEndpointSecretRequest: {
            /**
             * @description How long the previous secret stays valid: during the overlap every delivery carries two `v1=` signatures (new and previous secret). 0 = the previous secret stops at once.
             * @default 0
             * @example 3600
             */
            expire_previous_after_seconds?: number;
        };
        /**
         * @description One page of webhook endpoints, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *           "url": "https://shop.example.com/paycrypt/webhook",
         *           "events": [
         *             "payment.confirmed",
         *             "payment.expired"
         *           ],
         *           "description": "Shop order updates",
         *           "enabled": true,
         *           "secret_hint": "…7e9c",
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-15T10:30:00Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        WebhookEndpointList: {
            /**
             * @description The webhook endpoints on this page.
             * @example [
             *       {
             *         "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
             *         "url": "https://shop.example.com/paycrypt/webhook",
             *         "events": [
             *           "payment.confirmed",
             *           "payment.expired"
             *         ],
             *         "description": "Shop order updates",
             *         "enabled": true,
             *         "secret_hint": "…7e9c",
             *         "created_at": "2026-01-15T10:30:00Z",
             *         "updated_at": "2026-01-15T10:30:00Z"
             *       }
             *     ]
             */
            data: components["schemas"]["WebhookEndpoint"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a webhook endpoint id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description Confirmation of a deletion.
         * @example {
         *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *       "deleted": true
         *     }
         */
        DeletedWebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /**
             * @description Always true.
             * @example true
             * @constant
             */
            deleted: true;
        };
        /**
         * @description One attempt to deliver an event to one endpoint.
         * @example {
         *       "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *       "attempt": 1,
         *       "status_code": 200,
         *       "response_body": "{\"received\": true}",
         *       "error": null,
         *       "duration_ms": 84,
         *       "attempted_at": "2026-01-15T10:38:13Z",
         *       "next_retry_at": null,
         *       "outcome": "delivered"
         *     }
         */
        DeliveryAttempt: {
            webhook_endpoint_id: components["schemas"]["WebhookEndpointId"];
            /**
             * @description 1 for the first attempt, counting up per endpoint.
             * @example 1
             */
            attempt: number;
            /**
             * @description HTTP status the endpoint answered; null if no answer (connection error, timeout).
             * @example 200
             */
            status_code: number | null;
            /**
             * @description The start of the endpoint's response body: its first 500 characters, decoded as UTF-8 (invalid bytes replaced by U+FFFD); an empty string for an empty body, null if no answer (connection error, timeout). The rest of the body is never read.
             * @example {"received": true}
             */
            response_body: string | null;
            /**
             * @description Transport error, if any.
             * @example null
             */
            error: string | null;
            /**
             * @description How long the attempt took.
             * @example 84
             */
            duration_ms: number;
            /**
             * Format: date-time
             * @description When it was made.
             * @example 2026-01-15T10:38:13Z
             */
            attempted_at: string;
            /**
             * Format: date-time
             * @description When the next retry is due; null if delivered or given up.
             * @example null
             */
            next_retry_at: string | null;
            /**
             * @description `delivered`: the endpoint answered 2xx. `retrying`: it did not, and another attempt is due at `next_retry_at`. `failed`: it did not, and the delivery is given up (resend the event to try again): the retries are exhausted, or the endpoint was disabled or deleted before the next one (`error` then ends with `no further attempts: the endpoint was disabled` or `deleted`).
             * @example delivered
             * @enum {string}
             */
            outcome: "delivered" | "retrying" | "failed";
        };
        /**
         * @description Something that happened, as recorded by PayCrypt. Webhook deliveries POST the same object without `delivery_attempts`.
         * @example {
         *       "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
         *       "type": "payment.confirmed",
         *       "created": 1768473492,
         *       "data": {
         *         "object": {
         *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "object": "payment",
         *           "status": "confirmed",
         *           "amount": "49.99",
         *           "currency": "USD",
         *           "pay_currency": "BTC",
         *           "pay_amount": "0.00052622",
         *           "rate": "95000.00",
         *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *           "amount_received": "0.00052622",
         *           "overpaid_amount": "0",
         *           "amount_refunded": "0",
         *           "fee_percent": "0.80",
         *           "fee": "0.40",
         *           "net_amount": "49.59",
         *           "order_id": "order_1042",
         *           "description": "Order #1042 - 2 ceramic mugs",
         *           "metadata": {
         *             "customer_id": "cus_1042"
         *           },
         *           "redirect_url": "https://shop.example.com/orders/1042/complete",
         *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "expires_at": "2026-01-15T10:45:00Z",
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-15T10:38:12Z",
         *           "confirmed_at": "2026-01-15T10:38:12Z"
         *         }
         *       },
         *       "livemode": false,
         *       "delivery_attempts": [
         *         {
         *           "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *           "attempt": 1,
         *           "status_code": 200,
         *           "response_body": "{\"received\": true}",
         *           "error": null,
         *           "duration_ms": 84,
         *           "attempted_at": "2026-01-15T10:38:13Z",
         *           "next_retry_at": null,
         *           "outcome": "delivered"
         *         }
         *       ]
         *     }
         */
        Event: {
            id: components["schemas"]["EventId"];
            type: components["schemas"]["EventType"];
            /**
             * @description When it happened, unix seconds.
             * @example 1768473492
             */
            created: number;
            /** @description The event's payload. */
            data: components["schemas"]["EventData"];
            /**
             * @description False in the sandbox.
             * @example false
             */
            livemode: boolean;
            /**
             * @description Delivery attempts so far, oldest first.
             * @example [
             *       {
             *         "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
             *         "attempt": 1,
             *         "status_code": 200,
             *         "response_body": "{\"received\": true}",
             *         "error": null,
             *         "duration_ms": 84,
             *         "attempted_at": "2026-01-15T10:38:13Z",
             *         "next_retry_at": null,
             *         "outcome": "delivered"
             *       }
             *     ]
             */
            delivery_attempts: components["schemas"]["DeliveryAttempt"][];
        };
        /**
         * @description An event's payload: `object` is the Payment, UsageAlert or WebhookEndpoint the event is about.
         * @example {
         *       "object": {
         *         "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *         "object": "payment",
         *         "status": "confirmed",
         *         "amount": "49.99",
         *         "currency": "USD",
         *         "pay_currency": "BTC",
         *         "pay_amount": "0.00052622",
         *         "rate": "95000.00",
         *         "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *         "amount_received": "0.00052622",
         *         "overpaid_amount": "0",
         *         "amount_refunded": "0",
         *         "fee_percent": "0.80",
         *         "fee": "0.40",
         *         "net_amount": "49.59",
         *         "order_id": "order_1042",
         *         "description": "Order #1042 - 2 ceramic mugs",
         *         "metadata": {
         *           "customer_id": "cus_1042"
         *         },
         *         "redirect_url": "https://shop.example.com/orders/1042/complete",
         *         "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *         "expires_at": "2026-01-15T10:45:00Z",
         *         "created_at": "2026-01-15T10:30:00Z",
         *         "updated_at": "2026-01-15T10:38:12Z",
         *         "confirmed_at": "2026-01-15T10:38:12Z"
         *       }
         *     }
         */
        EventData: {
            /**
             * @description Payment (payment.*), UsageAlert (usage.threshold_reached) or WebhookEndpoint without `secret` (webhook_endpoint.test), as of the event.
             * @example {
             *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *       "object": "payment",
             *       "status": "confirmed",
             *       "amount": "49.99",
             *       "currency": "USD",
             *       "pay_currency": "BTC",
             *       "pay_amount": "0.00052622",
             *       "rate": "95000.00",
             *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
             *       "amount_received": "0.00052622",
             *       "overpaid_amount": "0",
             *       "amount_refunded": "0",
             *       "fee_percent": "0.80",
             *       "fee": "0.40",
             *       "net_amount": "49.59",
             *       "order_id": "order_1042",
             *       "description": "Order #1042 - 2 ceramic mugs",
             *       "metadata": {
             *         "customer_id": "cus_1042"
             *       },
             *       "redirect_url": "https://shop.example.com/orders/1042/complete",
             *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *       "expires_at": "2026-01-15T10:45:00Z",
             *       "created_at": "2026-01-15T10:30:00Z",
             *       "updated_at": "2026-01-15T10:38:12Z",
             *       "confirmed_at": "2026-01-15T10:38:12Z"
             *     }
             */
            object: components["schemas"]["Payment"] | components["schemas"]["UsageAlert"] | components["schemas"]["WebhookEndpoint"];
        };
        /**
         * @description One page of events, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
         *           "type": "payment.confirmed",
         *           "created": 1768473492,
         *           "data": {
         *             "object": {
         *               "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *               "object": "payment",
         *               "status": "confirmed",
         *               "amount": "49.99",
         *               "currency": "USD",
         *               "pay_currency": "BTC",
         *               "pay_amount": "0.00052622",
         *               "rate": "95000.00",
         *               "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *               "amount_received": "0.00052622",
         *               "overpaid_amount": "0",
         *               "amount_refunded": "0",
         *               "fee_percent": "0.80",
         *               "fee": "0.40",
         *               "net_amount": "49.59",
         *               "order_id": "order_1042",
         *               "description": "Order #1042 - 2 ceramic mugs",
         *               "metadata": {
         *                 "customer_id": "cus_1042"
         *               },
         *               "redirect_url": "https://shop.example.com/orders/1042/complete",
         *               "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *               "expires_at": "2026-01-15T10:45:00Z",
         *               "created_at": "2026-01-15T10:30:00Z",
         *               "updated_at": "2026-01-15T10:38:12Z",
         *               "confirmed_at": "2026-01-15T10:38:12Z"
         *             }
         *           },
         *           "livemode": false,
         *           "delivery_attempts": [
         *             {
         *               "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *               "attempt": 1,
         *               "status_code": 200,
         *               "response_body": "{\"received\": true}",
         *               "error": null,
         *               "duration_ms": 84,
         *               "attempted_at": "2026-01-15T10:38:13Z",
         *               "next_retry_at": null,
         *               "outcome": "delivered"
         *             }
         *           ]
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        EventList: {
            /**
             * @description The events on this page.
             * @example [
             *       {
             *         "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
             *         "type": "payment.confirmed",
             *         "created": 1768473492,
             *         "data": {
             *           "object": {
             *             "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *             "object": "payment",
             *             "status": "confirmed",
             *             "amount": "49.99",
             *             "currency": "USD",
             *             "pay_currency": "BTC",
             *             "pay_amount": "0.00052622",
             *             "rate": "95000.00",
             *             "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
             *             "amount_received": "0.00052622",
             *             "overpaid_amount": "0",
             *             "amount_refunded": "0",
             *             "fee_percent": "0.80",
             *             "fee": "0.40",
             *             "net_amount": "49.59",
             *             "order_id": "order_1042",
             *             "description": "Order #1042 - 2 ceramic mugs",
             *             "metadata": {
             *               "customer_id": "cus_1042"
             *             },
             *             "redirect_url": "https://shop.example.com/orders/1042/complete",
             *             "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
             *             "expires_at": "2026-01-15T10:45:00Z",
             *             "created_at": "2026-01-15T10:30:00Z",
             *             "updated_at": "2026-01-15T10:38:12Z",
             *             "confirmed_at": "2026-01-15T10:38:12Z"
             *           }
             *         },
             *         "livemode": false,
             *         "delivery_attempts": [
             *           {
             *             "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
             *             "attempt": 1,
             *             "status_code": 200,
             *             "response_body": "{\"received\": true}",
             *             "error": null,
             *             "duration_ms": 84,
             *             "attempted_at": "2026-01-15T10:38:13Z",
             *             "next_retry_at": null,
             *             "outcome": "delivered"
             *           }
             *         ]
             *       }
             *     ]
             */
            data: components["schemas"]["Event"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a event id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description Resend options.
         * @example {
         *       "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e"
         *     }
         */
        ResendEventRequest: {
            /** @description Resend only to this endpoint; default: every enabled endpoint subscribed to the event's type. */
            webhook_endpoint_id?: components["schemas"]["WebhookEndpointId"];
        };
        /**
         * @description Body of a `payment.*` webhook delivery.
         * @example {
         *       "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
         *       "type": "payment.confirmed",
         *       "created": 1768473492,
         *       "data": {
         *         "object": {
         *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "object": "payment",
         *           "status": "confirmed",
         *           "amount": "49.99",
         *           "currency": "USD",
         *           "pay_currency": "BTC",
         *           "pay_amount": "0.00052622",
         *           "rate": "95000.00",
         *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *           "amount_received": "0.00052622",
         *           "overpaid_amount": "0",
         *           "amount_refunded": "0",
         *           "fee_percent": "0.80",
         *           "fee": "0.40",
         *           "net_amount": "49.59",
         *           "order_id": "order_1042",
         *           "description": "Order #1042 - 2 ceramic mugs",
         *           "metadata": {
         *             "customer_id": "cus_1042"
         *           },
         *           "redirect_url": "https://shop.example.com/orders/1042/complete",
         *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *           "expires_at": "2026-01-15T10:45:00Z",
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-15T10:38:12Z",
         *           "confirmed_at": "2026-01-15T10:38:12Z"
         *         }
         *       },
         *       "livemode": false
         *     }
         */
        PaymentWebhookEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description Event type.
             * @example payment.confirmed
             * @enum {string}
             */
            type: "payment.created" | "payment.confirming" | "payment.confirmed" | "payment.underpaid" | "payment.expired" | "payment.canceled" | "payment.refunded" | "payment.partially_refunded";
            /**
             * @description When it happened, unix seconds.
             * @example 1768473492
             */
            created: number;
            /** @description The payload. */
            data: components["schemas"]["PaymentEventData"];
            /**
             * @description False in the sandbox.
             * @example false
             */
            livemode: boolean;
        };
        /**
         * @description Payload of a `payment.*` event: the payment as of the event.
         * @example {
         *       "object": {
         *         "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *         "object": "payment",
         *         "status": "confirmed",
         *         "amount": "49.99",
         *         "currency": "USD",
         *         "pay_currency": "BTC",
         *         "pay_amount": "0.00052622",
         *         "rate": "95000.00",
         *         "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
         *         "amount_received": "0.00052622",
         *         "overpaid_amount": "0",
         *         "amount_refunded": "0",
         *         "fee_percent": "0.80",
         *         "fee": "0.40",
         *         "net_amount": "49.59",
         *         "order_id": "order_1042",
         *         "description": "Order #1042 - 2 ceramic mugs",
         *         "metadata": {
         *           "customer_id": "cus_1042"
         *         },
         *         "redirect_url": "https://shop.example.com/orders/1042/complete",
         *         "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
         *         "expires_at": "2026-01-15T10:45:00Z",
         *         "created_at": "2026-01-15T10:30:00Z",
         *         "updated_at": "2026-01-15T10:38:12Z",
         *         "confirmed_at": "2026-01-15T10:38:12Z"
         *       }
         *     }
         */
        PaymentEventData: {
            object: components["schemas"]["Payment"];
        };
        /**
         * @description Body of a `usage.threshold_reached` webhook delivery.
         * @example {
         *       "id": "evt_7a0d3f6b9e2c5a8d1f4b7e0c",
         *       "type": "usage.threshold_reached",
         *       "created": 1768473492,
         *       "data": {
         *         "object": {
         *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "threshold": 80,
         *           "alert_type": "notice",
         *           "usage_percentage": "82.40",
         *           "current_volume": "41200.00",
         *           "max_volume": "50000.00",
         *           "alert_month": "2026-01",
         *           "sent_at": "2026-01-15T10:38:13Z",
         *           "email_sent": true,
         *           "recommended_package": "business",
         *           "projected_volume": "88429.12",
         *           "contact_sales": false,
         *           "test": false
         *         }
         *       },
         *       "livemode": false
         *     }
         */
        UsageThresholdReachedWebhookEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description Event type.
             * @example usage.threshold_reached
             * @enum {string}
             */
            type: "usage.threshold_reached";
            /**
             * @description When it happened, unix seconds.
             * @example 1768473492
             */
            created: number;
            /** @description The payload. */
            data: components["schemas"]["UsageAlertEventData"];
            /**
             * @description False in the sandbox.
             * @example false
             */
            livemode: boolean;
        };
        /**
         * @description Payload of a `usage.threshold_reached` event: the usage alert.
         * @example {
         *       "object": {
         *         "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "threshold": 80,
         *         "alert_type": "notice",
         *         "usage_percentage": "82.40",
         *         "current_volume": "41200.00",
         *         "max_volume": "50000.00",
         *         "alert_month": "2026-01",
         *         "sent_at": "2026-01-15T10:38:13Z",
         *         "email_sent": true,
         *         "recommended_package": "business",
         *         "projected_volume": "88429.12",
         *         "contact_sales": false,
         *         "test": false
         *       }
         *     }
         */
        UsageAlertEventData: {
            object: components["schemas"]["UsageAlert"];
        };
        /**
         * @description Body of a `webhook_endpoint.test` delivery (data.object is the endpoint, without `secret`).
         * @example {
         *       "id": "evt_0b7e2a5d8c1f4a9e3b6d0c2f",
         *       "type": "webhook_endpoint.test",
         *       "created": 1768473492,
         *       "data": {
         *         "object": {
         *           "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *           "url": "https://shop.example.com/paycrypt/webhook",
         *           "events": [
         *             "payment.confirmed",
         *             "payment.expired"
         *           ],
         *           "description": "Shop order updates",
         *           "enabled": true,
         *           "secret_hint": "…7e9c",
         *           "created_at": "2026-01-15T10:30:00Z",
         *           "updated_at": "2026-01-15T10:30:00Z"
         *         }
         *       },
         *       "livemode": false
         *     }
         */
        WebhookEndpointTestWebhookEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description Event type.
             * @example webhook_endpoint.test
             * @enum {string}
             */
            type: "webhook_endpoint.test";
            /**
             * @description When it happened, unix seconds.
             * @example 1768473492
             */
            created: number;
            /** @description The payload. */
            data: components["schemas"]["WebhookEndpointTestEventData"];
            /**
             * @description False in the sandbox.
             * @example false
             */
            livemode: boolean;
        };
        /**
         * @description Payload of a `webhook_endpoint.test` event: the endpoint, without `secret`.
         * @example {
         *       "object": {
         *         "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
         *         "url": "https://shop.example.com/paycrypt/webhook",
         *         "events": [
         *           "payment.confirmed",
         *           "payment.expired"
         *         ],
         *         "description": "Shop order updates",
         *         "enabled": true,
         *         "secret_hint": "…7e9c",
         *         "created_at": "2026-01-15T10:30:00Z",
         *         "updated_at": "2026-01-15T10:30:00Z"
         *       }
         *     }
         */
        WebhookEndpointTestEventData: {
            object: components["schemas"]["WebhookEndpoint"];
        };
        /**
         * @description A usage alert threshold, percent of `max_volume`.
         * @example 80
         * @enum {integer}
         */
        UsageThreshold: 80 | 90 | 95 | 100;
        /**
         * @description A package (plan): monthly volume limit and fee.
         * @example {
         *       "id": "growth",
         *       "name": "Growth",
         *       "max_volume": "50000.00",
         *       "fee_percent": "0.80"
         *     }
         */
        Package: {
            id: components["schemas"]["PackageId"];
            /**
             * @description Display name.
             * @example Growth
             */
            name: string;
            /** @description Confirmed volume allowed per calendar month, in USD. */
            max_volume: components["schemas"]["Amount"];
            /** @description Fee charged on confirmed volume, percent. */
            fee_percent: components["schemas"]["Percentage"];
        };
        /**
         * @description All packages, smallest first (not paginated).
         * @example {
         *       "data": [
         *         {
         *           "id": "starter",
         *           "name": "Starter",
         *           "max_volume": "10000.00",
         *           "fee_percent": "1.00"
         *         },
         *         {
         *           "id": "growth",
         *           "name": "Growth",
         *           "max_volume": "50000.00",
         *           "fee_percent": "0.80"
         *         },
         *         {
         *           "id": "business",
         *           "name": "Business",
         *           "max_volume": "250000.00",
         *           "fee_percent": "0.60"
         *         },
         *         {
         *           "id": "enterprise",
         *           "name": "Enterprise",
         *           "max_volume": "1000000.00",
         *           "fee_percent": "0.40"
         *         }
         *       ]
         *     }
         */
        PackageList: {
            /**
             * @description The packages.
             * @example [
             *       {
             *         "id": "starter",
             *         "name": "Starter",
             *         "max_volume": "10000.00",
             *         "fee_percent": "1.00"
             *       },
             *       {
             *         "id": "growth",
             *         "name": "Growth",
             *         "max_volume": "50000.00",
             *         "fee_percent": "0.80"
             *       },
             *       {
             *         "id": "business",
             *         "name": "Business",
             *         "max_volume": "250000.00",
             *         "fee_percent": "0.60"
             *       },
             *       {
             *         "id": "enterprise",
             *         "name": "Enterprise",
             *         "max_volume": "1000000.00",
             *         "fee_percent": "0.40"
             *       }
             *     ]
             */
            data: components["schemas"]["Package"][];
        };
        /**
         * @description The client's confirmed volume in one calendar month against its package limit.
         * @example {
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "month": "2026-01",
         *       "currency": "USD",
         *       "package": {
         *         "id": "growth",
         *         "name": "Growth",
         *         "max_volume": "50000.00",
         *         "fee_percent": "0.80"
         *       },
         *       "current_volume": "41200.00",
         *       "max_volume": "50000.00",
         *       "usage_percentage": "82.40",
         *       "thresholds_crossed": [
         *         80
         *       ],
         *       "limit_exceeded": false,
         *       "projected_volume": "88429.12",
         *       "contact_sales": false,
         *       "recommended_package": {
         *         "id": "business",
         *         "name": "Business",
         *         "max_volume": "250000.00",
         *         "fee_percent": "0.60"
         *       }
         *     }
         */
        Usage: {
            client_id: components["schemas"]["ClientId"];
            month: components["schemas"]["Month"];
            /**
             * @description Currency of the volumes; always `USD`.
             * @example USD
             */
            currency: string;
            package: components["schemas"]["Package"];
            /** @description Confirmed volume this month (USD). */
            current_volume: components["schemas"]["Amount"];
            /** @description The package's monthly limit (USD). */
            max_volume: components["schemas"]["Amount"];
            /** @description current_volume / max_volume × 100, rounded to 2 decimals. */
            usage_percentage: components["schemas"]["Percentage"];
            /**
             * @description Thresholds crossed this month, ascending.
             * @example [
             *       80
             *     ]
             */
            thresholds_crossed: components["schemas"]["UsageThreshold"][];
            /**
             * @description True at 100 % or more: new payments are refused with 422 `usage_limit_exceeded`.
             * @example false
             */
            limit_exceeded: boolean;
            /** @description The month's volume at the pace so far (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents. */
            projected_volume: components["schemas"]["Amount"];
            /**
             * @description True when a threshold is crossed and no package's limit is above `projected_volume`; `recommended_package` is then Enterprise and a custom limit needs sales.
             * @example false
             */
            contact_sales: boolean;
            /**
             * @description Once a threshold is crossed: the smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused), or Enterprise with `contact_sales` when none is. Null when no threshold is crossed or the current package covers the projection.
             * @example {
             *       "id": "business",
             *       "name": "Business",
             *       "max_volume": "250000.00",
             *       "fee_percent": "0.60"
             *     }
             */
            recommended_package: components["schemas"]["Package"] | null;
        };
        /**
         * @description A usage alert. An alert belongs to (client, month, threshold, limit in force): a threshold alerts at most once per client per month under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every threshold for the limit then in force; test alerts never count.
         * @example {
         *       "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "threshold": 80,
         *       "alert_type": "notice",
         *       "usage_percentage": "82.40",
         *       "current_volume": "41200.00",
         *       "max_volume": "50000.00",
         *       "alert_month": "2026-01",
         *       "sent_at": "2026-01-15T10:38:13Z",
         *       "email_sent": true,
         *       "recommended_package": "business",
         *       "projected_volume": "88429.12",
         *       "contact_sales": false,
         *       "test": false
         *     }
         */
        UsageAlert: {
            id: components["schemas"]["UsageAlertId"];
            client_id: components["schemas"]["ClientId"];
            threshold: components["schemas"]["UsageThreshold"];
            /**
             * @description 80 → `notice`, 90 → `warning`, 95 → `critical`, 100 → `limit_exceeded`.
             * @example notice
             * @enum {string}
             */
            alert_type: "notice" | "warning" | "critical" | "limit_exceeded";
            /** @description Usage when the alert was raised. */
            usage_percentage: components["schemas"]["Percentage"];
            /** @description Confirmed volume when the alert was raised (USD). */
            current_volume: components["schemas"]["Amount"];
            /** @description The monthly limit in force when the alert was raised (USD); part of the alert's identity (see above). */
            max_volume: components["schemas"]["Amount"];
            alert_month: components["schemas"]["Month"];
            /**
             * Format: date-time
             * @description When the alert was raised.
             * @example 2026-01-15T10:38:13Z
             */
            sent_at: string;
            /**
             * @description Whether the alert e-mail went out (into the sandbox outbox; with an SMTP server configured, true once the server accepted it — see the e-mail's `delivery_status`).
             * @example true
             */
            email_sent: boolean;
            /** @description The month's volume at the pace when the alert was raised (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents. */
            projected_volume: components["schemas"]["Amount"];
            /**
             * @description True when no package's limit is above `projected_volume`: the recommendation is "enterprise — contact sales" (`recommended_package` is `enterprise`, a custom limit).
             * @example false
             */
            contact_sales: boolean;
            /**
             * @description The smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused); `enterprise` with `contact_sales` when none is; null when the current package covers the projection.
             * @example business
             */
            recommended_package: components["schemas"]["PackageId"] | null;
            /**
             * @description True for alerts sent with `POST /v1/admin/usage/test_alert`.
             * @example false
             */
            test: boolean;
        };
        /**
         * @description One page of usage alerts, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "threshold": 80,
         *           "alert_type": "notice",
         *           "usage_percentage": "82.40",
         *           "current_volume": "41200.00",
         *           "max_volume": "50000.00",
         *           "alert_month": "2026-01",
         *           "sent_at": "2026-01-15T10:38:13Z",
         *           "email_sent": true,
         *           "recommended_package": "business",
         *           "projected_volume": "88429.12",
         *           "contact_sales": false,
         *           "test": false
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        UsageAlertList: {
            /**
             * @description The usage alerts on this page.
             * @example [
             *       {
             *         "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
             *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "threshold": 80,
             *         "alert_type": "notice",
             *         "usage_percentage": "82.40",
             *         "current_volume": "41200.00",
             *         "max_volume": "50000.00",
             *         "alert_month": "2026-01",
             *         "sent_at": "2026-01-15T10:38:13Z",
             *         "email_sent": true,
             *         "recommended_package": "business",
             *         "projected_volume": "88429.12",
             *         "contact_sales": false,
             *         "test": false
             *       }
             *     ]
             */
            data: components["schemas"]["UsageAlert"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a usage alert id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description An e-mail the sandbox sent. It is always kept in the outbox; when the sandbox is started with an SMTP server (`--smtp-url`) it is also delivered there, in the background, and the delivery fields say how that went.
         * @example {
         *       "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
         *       "object": "email",
         *       "to": "demo@shop.example",
         *       "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
         *       "html": "<!DOCTYPE html><html><body style=\"margin:0;padding:0;background:#f4f5f7;\">…</body></html>",
         *       "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
         *       "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *       "created_at": "2026-01-15T10:38:13Z",
         *       "delivery_status": "sent",
         *       "delivery_attempts": 1,
         *       "delivery_error": null,
         *       "delivered_at": "2026-01-15T10:38:14Z"
         *     }
         */
        Email: {
            id: components["schemas"]["EmailId"];
            /**
             * @description Always `email`.
             * @example email
             * @constant
             */
            object: "email";
            /**
             * @description The recipient (the client's contact e-mail address).
             * @example demo@shop.example
             */
            to: string;
            /**
             * @description The subject line.
             * @example PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01
             */
            subject: string;
            /**
             * @description The HTML part (inline styles only, as e-mail clients need).
             * @example <!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">…</body></html>
             */
            html: string;
            /**
             * @description The plain-text part.
             * @example Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.
             */
            text: string;
            /**
             * @description The usage alert (`ua_…`) the e-mail was sent for; null for other e-mails.
             * @example ua_8d3f6a1c4e7b2d5f9a0c3e6b
             */
            alert_id: string | null;
            /**
             * Format: date-time
             * @description When the e-mail was sent.
             * @example 2026-01-15T10:38:13Z
             */
            created_at: string;
            /**
             * @description `outbox`: kept in the outbox only (no SMTP server configured); `queued`: waiting for its first or next SMTP attempt; `sent`: the SMTP server accepted it; `failed`: refused for good (5xx) or still failing after the last retry.
             * @example sent
             * @enum {string}
             */
            delivery_status: "outbox" | "queued" | "sent" | "failed";
            /**
             * @description SMTP attempts so far (0 for `outbox`).
             * @example 1
             */
            delivery_attempts: number;
            /**
             * @description The last SMTP attempt's failure (the server's reply code and text, or the connection error); null once sent and for `outbox`. Never contains credentials.
             * @example null
             */
            delivery_error: string | null;
            /**
             * Format: date-time
             * @description When the SMTP server accepted the e-mail; null until then.
             * @example 2026-01-15T10:38:14Z
             */
            delivered_at: string | null;
        };
        /**
         * @description One page of sent e-mails, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
         *           "object": "email",
         *           "to": "demo@shop.example",
         *           "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
         *           "html": "<!DOCTYPE html><html><body style=\"margin:0;padding:0;background:#f4f5f7;\">…</body></html>",
         *           "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
         *           "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *           "created_at": "2026-01-15T10:38:13Z",
         *           "delivery_status": "outbox",
         *           "delivery_attempts": 0,
         *           "delivery_error": null,
         *           "delivered_at": null
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        EmailList: {
            /**
             * @description The e-mails on this page.
             * @example [
             *       {
             *         "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
             *         "object": "email",
             *         "to": "demo@shop.example",
             *         "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
             *         "html": "<!DOCTYPE html><html><body style=\"margin:0;padding:0;background:#f4f5f7;\">…</body></html>",
             *         "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
             *         "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
             *         "created_at": "2026-01-15T10:38:13Z",
             *         "delivery_status": "outbox",
             *         "delivery_attempts": 0,
             *         "delivery_error": null,
             *         "delivered_at": null
             *       }
             *     ]
             */
            data: components["schemas"]["Email"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (an e-mail id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description A temporary fee that replaces the package's `fee_percent` until `expires_at`.
         * @example {
         *       "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "fee_percent": "0.50",
         *       "reason": "Q1 promotional rate",
         *       "created_by": "pk_test_admin",
         *       "expires_at": "2099-03-31T23:59:59Z",
         *       "created_at": "2026-01-15T11:00:00Z"
         *     }
         */
        PricingOverride: {
            id: components["schemas"]["PricingOverrideId"];
            client_id: components["schemas"]["ClientId"];
            /** @description The overriding fee, percent. */
            fee_percent: components["schemas"]["Percentage"];
            /**
             * @description Why it was granted.
             * @example Q1 promotional rate
             */
            reason: string;
            /**
             * @description API key id of the admin who created it.
             * @example pk_test_admin
             */
            created_by: string;
            /**
             * Format: date-time
             * @description When it stops applying.
             * @example 2099-03-31T23:59:59Z
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description Creation time.
             * @example 2026-01-15T11:00:00Z
             */
            created_at: string;
        };
        /**
         * @description `suspended` accounts cannot create payments.
         * @example active
         * @enum {string}
         */
        AccountStatus: "active" | "suspended";
        /**
         * @description A merchant account (client).
         * @example {
         *       "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "name": "Demo Merchant",
         *       "email": "merchant@example.com",
         *       "status": "active",
         *       "package": {
         *         "id": "growth",
         *         "name": "Growth",
         *         "max_volume": "50000.00",
         *         "fee_percent": "0.80"
         *       },
         *       "pricing_override": null,
         *       "created_at": "2025-11-01T09:00:00Z"
         *     }
         */
        Account: {
            id: components["schemas"]["ClientId"];
            /**
             * @description Merchant name.
             * @example Demo Merchant
             */
            name: string;
            /**
             * @description Contact e-mail address (usage alerts go there).
             * @example merchant@example.com
             */
            email: string;
            status: components["schemas"]["AccountStatus"];
            package: components["schemas"]["Package"];
            /**
             * @description The active (unexpired) pricing override, if any.
             * @example null
             */
            pricing_override: components["schemas"]["PricingOverride"] | null;
            /**
             * Format: date-time
             * @description When the account was created.
             * @example 2025-11-01T09:00:00Z
             */
            created_at: string;
        };
        /**
         * @description A merchant account as seen by an admin, with this month's usage.
         * @example {
         *       "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "name": "Demo Merchant",
         *       "email": "merchant@example.com",
         *       "status": "active",
         *       "package": {
         *         "id": "growth",
         *         "name": "Growth",
         *         "max_volume": "50000.00",
         *         "fee_percent": "0.80"
         *       },
         *       "pricing_override": null,
         *       "created_at": "2025-11-01T09:00:00Z",
         *       "usage_percentage": "82.40",
         *       "current_volume": "41200.00"
         *     }
         */
        AdminClient: {
            id: components["schemas"]["ClientId"];
            /**
             * @description Merchant name.
             * @example Demo Merchant
             */
            name: string;
            /**
             * @description Contact e-mail address (usage alerts go there).
             * @example merchant@example.com
             */
            email: string;
            status: components["schemas"]["AccountStatus"];
            package: components["schemas"]["Package"];
            /**
             * @description The active (unexpired) pricing override, if any.
             * @example null
             */
            pricing_override: components["schemas"]["PricingOverride"] | null;
            /**
             * Format: date-time
             * @description When the account was created.
             * @example 2025-11-01T09:00:00Z
             */
            created_at: string;
            /** @description This month's usage, percent of max_volume. */
            usage_percentage: components["schemas"]["Percentage"];
            /** @description This month's confirmed volume (USD). */
            current_volume: components["schemas"]["Amount"];
        };
        /**
         * @description One page of clients, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "name": "Demo Merchant",
         *           "email": "merchant@example.com",
         *           "status": "active",
         *           "package": {
         *             "id": "growth",
         *             "name": "Growth",
         *             "max_volume": "50000.00",
         *             "fee_percent": "0.80"
         *           },
         *           "pricing_override": null,
         *           "created_at": "2025-11-01T09:00:00Z",
         *           "usage_percentage": "82.40",
         *           "current_volume": "41200.00"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        AdminClientList: {
            /**
             * @description The clients on this page.
             * @example [
             *       {
             *         "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "name": "Demo Merchant",
             *         "email": "merchant@example.com",
             *         "status": "active",
             *         "package": {
             *           "id": "growth",
             *           "name": "Growth",
             *           "max_volume": "50000.00",
             *           "fee_percent": "0.80"
             *         },
             *         "pricing_override": null,
             *         "created_at": "2025-11-01T09:00:00Z",
             *         "usage_percentage": "82.40",
             *         "current_volume": "41200.00"
             *       }
             *     ]
             */
            data: components["schemas"]["AdminClient"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a client id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description What an admin did.
         * @example package_switched
         * @enum {string}
         */
        AuditAction: "package_switched" | "pricing_override_created" | "pricing_override_deleted" | "usage_reset" | "test_alert_sent";
        /**
         * @description One admin change, written for every non-dry-run admin mutation.
         * @example {
         *       "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
         *       "actor": "pk_test_admin",
         *       "action": "package_switched",
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "reason": "Upgrade after the 95 % usage alert",
         *       "before": {
         *         "package": "growth"
         *       },
         *       "after": {
         *         "package": "business"
         *       },
         *       "created_at": "2026-01-20T08:00:00Z"
         *     }
         */
        AuditEntry: {
            id: components["schemas"]["AuditEntryId"];
            /**
             * @description API key id of the admin.
             * @example pk_test_admin
             */
            actor: string;
            action: components["schemas"]["AuditAction"];
            /**
             * @description Affected client; null for changes to all clients.
             * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
             */
            client_id: components["schemas"]["ClientId"] | null;
            /**
             * @description The reason given; null if none was given.
             * @example Upgrade after the 95 % usage alert
             */
            reason: string | null;
            /**
             * @description Relevant state before the change; null for creations.
             * @example {
             *       "package": "growth"
             *     }
             */
            before: Record<string, never> | null;
            /**
             * @description Relevant state after the change; null for deletions.
             * @example {
             *       "package": "business"
             *     }
             */
            after: Record<string, never> | null;
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-01-20T08:00:00Z
             */
            created_at: string;
        };
        /**
         * @description One page of audit log entries, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
         *           "actor": "pk_test_admin",
         *           "action": "package_switched",
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "reason": "Upgrade after the 95 % usage alert",
         *           "before": {
         *             "package": "growth"
         *           },
         *           "after": {
         *             "package": "business"
         *           },
         *           "created_at": "2026-01-20T08:00:00Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        AuditEntryList: {
            /**
             * @description The audit log entries on this page.
             * @example [
             *       {
             *         "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
             *         "actor": "pk_test_admin",
             *         "action": "package_switched",
             *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "reason": "Upgrade after the 95 % usage alert",
             *         "before": {
             *           "package": "growth"
             *         },
             *         "after": {
             *           "package": "business"
             *         },
             *         "created_at": "2026-01-20T08:00:00Z"
             *       }
             *     ]
             */
            data: components["schemas"]["AuditEntry"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a audit entry id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description Package change.
         * @example {
         *       "package": "business",
         *       "reason": "Upgrade after the 95 % usage alert",
         *       "dry_run": false
         *     }
         */
        SwitchPackageRequest: {
            /** @description The package to move the client to. */
            package: components["schemas"]["PackageId"];
            /**
             * @description Why (written to the audit log).
             * @example Upgrade after the 95 % usage alert
             */
            reason: string;
            /**
             * @description Validate and return what would change, without changing anything or writing the audit log.
             * @default false
             * @example false
             */
            dry_run?: boolean;
        };
        /**
         * @description A client's package at one point.
         * @example {
         *       "package": {
         *         "id": "growth",
         *         "name": "Growth",
         *         "max_volume": "50000.00",
         *         "fee_percent": "0.80"
         *       }
         *     }
         */
        PackageSnapshot: {
            package: components["schemas"]["Package"];
        };
        /**
         * @description Outcome of a package switch.
         * @example {
         *       "dry_run": false,
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "before": {
         *         "package": {
         *           "id": "growth",
         *           "name": "Growth",
         *           "max_volume": "50000.00",
         *           "fee_percent": "0.80"
         *         }
         *       },
         *       "after": {
         *         "package": {
         *           "id": "business",
         *           "name": "Business",
         *           "max_volume": "250000.00",
         *           "fee_percent": "0.60"
         *         }
         *       },
         *       "audit_entry": {
         *         "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
         *         "actor": "pk_test_admin",
         *         "action": "package_switched",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "reason": "Upgrade after the 95 % usage alert",
         *         "before": {
         *           "package": "growth"
         *         },
         *         "after": {
         *           "package": "business"
         *         },
         *         "created_at": "2026-01-20T08:00:00Z"
         *       }
         *     }
         */
        PackageSwitchResult: {
            /**
             * @description Echoes the request: true means nothing was changed.
             * @example false
             */
            dry_run: boolean;
            client_id: components["schemas"]["ClientId"];
            before: components["schemas"]["PackageSnapshot"];
            after: components["schemas"]["PackageSnapshot"];
            /**
             * @description The audit entry written; null for a dry run.
             * @example {
             *       "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
             *       "actor": "pk_test_admin",
             *       "action": "package_switched",
             *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *       "reason": "Upgrade after the 95 % usage alert",
             *       "before": {
             *         "package": "growth"
             *       },
             *       "after": {
             *         "package": "business"
             *       },
             *       "created_at": "2026-01-20T08:00:00Z"
             *     }
             */
            audit_entry: components["schemas"]["AuditEntry"] | null;
        };
        /**
         * @description A temporary fee for one client.
         * @example {
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "fee_percent": "0.50",
         *       "expires_at": "2099-03-31T23:59:59Z",
         *       "reason": "Q1 promotional rate",
         *       "dry_run": false
         *     }
         */
        CreatePricingOverrideRequest: {
            client_id: components["schemas"]["ClientId"];
            /** @description The fee to apply, percent. */
            fee_percent: components["schemas"]["Percentage"];
            /**
             * Format: date-time
             * @description When it stops applying; must be in the future.
             * @example 2099-03-31T23:59:59Z
             */
            expires_at: string;
            /**
             * @description Why (written to the audit log).
             * @example Q1 promotional rate
             */
            reason: string;
            /**
             * @description Validate and return what would change, without changing anything or writing the audit log.
             * @default false
             * @example false
             */
            dry_run?: boolean;
        };
        /**
         * @description Outcome of creating a pricing override. A new override replaces the client's active one.
         * @example {
         *       "dry_run": false,
         *       "pricing_override": {
         *         "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "fee_percent": "0.50",
         *         "reason": "Q1 promotional rate",
         *         "created_by": "pk_test_admin",
         *         "expires_at": "2099-03-31T23:59:59Z",
         *         "created_at": "2026-01-15T11:00:00Z"
         *       },
         *       "audit_entry": {
         *         "id": "aud_6c9f2b5e8a1d4c7f0b3e6a9d",
         *         "actor": "pk_test_admin",
         *         "action": "pricing_override_created",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "reason": "Q1 promotional rate",
         *         "before": null,
         *         "after": {
         *           "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *           "fee_percent": "0.50",
         *           "expires_at": "2099-03-31T23:59:59Z"
         *         },
         *         "created_at": "2026-01-15T11:00:00Z"
         *       }
         *     }
         */
        PricingOverrideCreateResult: {
            /**
             * @description Echoes the request: true means nothing was stored.
             * @example false
             */
            dry_run: boolean;
            pricing_override: components["schemas"]["PricingOverride"];
            /**
             * @description The audit entry written; null for a dry run.
             * @example {
             *       "id": "aud_6c9f2b5e8a1d4c7f0b3e6a9d",
             *       "actor": "pk_test_admin",
             *       "action": "pricing_override_created",
             *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *       "reason": "Q1 promotional rate",
             *       "before": null,
             *       "after": {
             *         "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
             *         "fee_percent": "0.50",
             *         "expires_at": "2099-03-31T23:59:59Z"
             *       },
             *       "created_at": "2026-01-15T11:00:00Z"
             *     }
             */
            audit_entry: components["schemas"]["AuditEntry"] | null;
        };
        /**
         * @description One page of pricing overrides, newest first. Pass `next_cursor` as `starting_after` to get the next page.
         * @example {
         *       "data": [
         *         {
         *           "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "fee_percent": "0.50",
         *           "reason": "Q1 promotional rate",
         *           "created_by": "pk_test_admin",
         *           "expires_at": "2099-03-31T23:59:59Z",
         *           "created_at": "2026-01-15T11:00:00Z"
         *         }
         *       ],
         *       "has_more": false,
         *       "next_cursor": null
         *     }
         */
        PricingOverrideList: {
            /**
             * @description The pricing overrides on this page.
             * @example [
             *       {
             *         "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
             *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "fee_percent": "0.50",
             *         "reason": "Q1 promotional rate",
             *         "created_by": "pk_test_admin",
             *         "expires_at": "2099-03-31T23:59:59Z",
             *         "created_at": "2026-01-15T11:00:00Z"
             *       }
             *     ]
             */
            data: components["schemas"]["PricingOverride"][];
            /**
             * @description Whether more items exist after this page.
             * @example false
             */
            has_more: boolean;
            /**
             * @description The `id` of the last item on this page when `has_more` is true (a pricing override id); null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        /**
         * @description Confirmation of a deletion.
         * @example {
         *       "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *       "deleted": true,
         *       "audit_entry": {
         *         "id": "aud_3e6a9d2c5f8b1e4a7d0c3f6b",
         *         "actor": "pk_test_admin",
         *         "action": "pricing_override_deleted",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "reason": "Promotion ended early",
         *         "before": {
         *           "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
         *           "fee_percent": "0.50",
         *           "expires_at": "2099-03-31T23:59:59Z"
         *         },
         *         "after": null,
         *         "created_at": "2026-02-01T12:00:00Z"
         *       }
         *     }
         */
        DeletedPricingOverride: {
            id: components["schemas"]["PricingOverrideId"];
            /**
             * @description Always true.
             * @example true
             * @constant
             */
            deleted: true;
            audit_entry: components["schemas"]["AuditEntry"];
        };
        /**
         * @description Totals over all clients.
         * @example {
         *       "clients": 1,
         *       "volume": "41200.00",
         *       "payments": 824,
         *       "fees": "329.60",
         *       "net_volume": "40870.40"
         *     }
         */
        UsageReportTotals: {
            /**
             * @description Number of clients.
             * @example 1
             */
            clients: number;
            /** @description Confirmed volume of all clients (USD). */
            volume: components["schemas"]["Amount"];
            /**
             * @description Confirmed payments of all clients.
             * @example 824
             */
            payments: number;
            /** @description Fees of all clients (USD), the sum of the clients' `fees`. */
            fees: components["schemas"]["Amount"];
            /** @description `volume − fees` (USD). */
            net_volume: components["schemas"]["Amount"];
        };
        /**
         * @description One client's line in the usage report.
         * @example {
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "name": "Demo Merchant",
         *       "package": "growth",
         *       "current_volume": "41200.00",
         *       "max_volume": "50000.00",
         *       "usage_percentage": "82.40",
         *       "payments_count": 824,
         *       "fees": "329.60",
         *       "net_volume": "40870.40",
         *       "alerts": [
         *         80
         *       ]
         *     }
         */
        UsageReportClient: {
            client_id: components["schemas"]["ClientId"];
            /**
             * @description Merchant name.
             * @example Demo Merchant
             */
            name: string;
            package: components["schemas"]["PackageId"];
            /** @description Confirmed (gross) volume in the month (USD). */
            current_volume: components["schemas"]["Amount"];
            /** @description Package limit (USD). */
            max_volume: components["schemas"]["Amount"];
            usage_percentage: components["schemas"]["Percentage"];
            /**
             * @description Confirmed payments in the month.
             * @example 824
             */
            payments_count: number;
            /** @description Fees on the payments confirmed in the month (USD): each payment's `fee` converted to USD at the fixed rates when it was confirmed, summed exactly, rounded half up to cents. */
            fees: components["schemas"]["Amount"];
            /** @description `current_volume − fees` (USD): the gross volume less fees. Refunds do not change a month's volume or fees (the fee is not returned on refunds). */
            net_volume: components["schemas"]["Amount"];
            /**
             * @description Thresholds alerted in the month (test alerts excluded), ascending.
             * @example [
             *       80
             *     ]
             */
            alerts: components["schemas"]["UsageThreshold"][];
        };
        /**
         * @description Monthly usage of every client.
         * @example {
         *       "month": "2026-01",
         *       "generated_at": "2026-01-20T08:00:00Z",
         *       "totals": {
         *         "clients": 1,
         *         "volume": "41200.00",
         *         "payments": 824,
         *         "fees": "329.60",
         *         "net_volume": "40870.40"
         *       },
         *       "clients": [
         *         {
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "name": "Demo Merchant",
         *           "package": "growth",
         *           "current_volume": "41200.00",
         *           "max_volume": "50000.00",
         *           "usage_percentage": "82.40",
         *           "payments_count": 824,
         *           "fees": "329.60",
         *           "net_volume": "40870.40",
         *           "alerts": [
         *             80
         *           ]
         *         }
         *       ]
         *     }
         */
        UsageReport: {
            month: components["schemas"]["Month"];
            /**
             * Format: date-time
             * @description When the report was computed.
             * @example 2026-01-20T08:00:00Z
             */
            generated_at: string;
            totals: components["schemas"]["UsageReportTotals"];
            /**
             * @description One line per client, highest usage first.
             * @example [
             *       {
             *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "name": "Demo Merchant",
             *         "package": "growth",
             *         "current_volume": "41200.00",
             *         "max_volume": "50000.00",
             *         "usage_percentage": "82.40",
             *         "payments_count": 824,
             *         "fees": "329.60",
             *         "net_volume": "40870.40",
             *         "alerts": [
             *           80
             *         ]
             *       }
             *     ]
             */
            clients: components["schemas"]["UsageReportClient"][];
        };
        /**
         * @description Which usage to reset.
         * @example {
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "month": "2026-01",
         *       "reason": "Volume counted twice after incident",
         *       "dry_run": false
         *     }
         */
        ResetUsageRequest: {
            /** @description Reset only this client; default: all clients. */
            client_id?: components["schemas"]["ClientId"];
            /** @description Month to reset; default: the current month. */
            month?: components["schemas"]["Month"];
            /**
             * @description Why (written to the audit log).
             * @example Volume counted twice after incident
             */
            reason: string;
            /**
             * @description Validate and return what would change, without changing anything or writing the audit log.
             * @default false
             * @example false
             */
            dry_run?: boolean;
        };
        /**
         * @description Outcome of a usage reset (volume and fees set to 0, the month's thresholds re-armed).
         * @example {
         *       "dry_run": false,
         *       "month": "2026-01",
         *       "clients_reset": 1,
         *       "audit_entry": {
         *         "id": "aud_8b1e4a7d0c3f6b9e2a5d8c1f",
         *         "actor": "pk_test_admin",
         *         "action": "usage_reset",
         *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *         "reason": "Volume counted twice after incident",
         *         "before": {
         *           "month": "2026-01",
         *           "current_volume": "41200.00"
         *         },
         *         "after": {
         *           "month": "2026-01",
         *           "current_volume": "0.00"
         *         },
         *         "created_at": "2026-01-20T08:05:00Z"
         *       }
         *     }
         */
        UsageResetResult: {
            /**
             * @description Echoes the request: true means nothing was changed.
             * @example false
             */
            dry_run: boolean;
            month: components["schemas"]["Month"];
            /**
             * @description Number of clients whose usage was (or would be) reset.
             * @example 1
             */
            clients_reset: number;
            /**
             * @description The audit entry written; null for a dry run.
             * @example {
             *       "id": "aud_8b1e4a7d0c3f6b9e2a5d8c1f",
             *       "actor": "pk_test_admin",
             *       "action": "usage_reset",
             *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *       "reason": "Volume counted twice after incident",
             *       "before": {
             *         "month": "2026-01",
             *         "current_volume": "41200.00"
             *       },
             *       "after": {
             *         "month": "2026-01",
             *         "current_volume": "0.00"
             *       },
             *       "created_at": "2026-01-20T08:05:00Z"
             *     }
             */
            audit_entry: components["schemas"]["AuditEntry"] | null;
        };
        /**
         * @description Which month to check.
         * @example {
         *       "month": "2026-01"
         *     }
         */
        CheckUsageAlertsRequest: {
            /** @description Default: the current month. */
            month?: components["schemas"]["Month"];
        };
        /**
         * @description Outcome of an alert check.
         * @example {
         *       "checked_clients": 1,
         *       "alerts_created": [
         *         {
         *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
         *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *           "threshold": 80,
         *           "alert_type": "notice",
         *           "usage_percentage": "82.40",
         *           "current_volume": "41200.00",
         *           "max_volume": "50000.00",
         *           "alert_month": "2026-01",
         *           "sent_at": "2026-01-15T10:38:13Z",
         *           "email_sent": true,
         *           "recommended_package": "business",
         *           "projected_volume": "88429.12",
         *           "contact_sales": false,
         *           "test": false
         *         }
         *       ]
         *     }
         */
        UsageAlertCheckResult: {
            /**
             * @description Clients checked.
             * @example 1
             */
            checked_clients: number;
            /**
             * @description Alerts newly recorded (thresholds already alerted this month are skipped).
             * @example [
             *       {
             *         "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
             *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
             *         "threshold": 80,
             *         "alert_type": "notice",
             *         "usage_percentage": "82.40",
             *         "current_volume": "41200.00",
             *         "max_volume": "50000.00",
             *         "alert_month": "2026-01",
             *         "sent_at": "2026-01-15T10:38:13Z",
             *         "email_sent": true,
             *         "recommended_package": "business",
             *         "projected_volume": "88429.12",
             *         "contact_sales": false,
             *         "test": false
             *       }
             *     ]
             */
            alerts_created: components["schemas"]["UsageAlert"][];
        };
        /**
         * @description Test alert parameters.
         * @example {
         *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
         *       "threshold": 90
         *     }
         */
        SendTestAlertRequest: {
            client_id: components["schemas"]["ClientId"];
            threshold: components["schemas"]["UsageThreshold"];
        };
        /**
         * @description Simulated customer payment.
         * @example {
         *       "amount": "0.00052622",
         *       "confirm": true
         *     }
         */
        PayPaymentRequest: {
            /** @description Crypto amount paid, in the payment's `pay_currency`; default: exactly the outstanding `pay_amount - amount_received`. Less makes the payment `underpaid`; more sets `overpaid_amount`. */
            amount?: components["schemas"]["Amount"];
            /**
             * @description true: a full payment goes straight to `confirmed`; false: it stays `confirming` (finish with the confirm helper).
             * @default true
             * @example true
             */
            confirm?: boolean;
        };
        /**
         * @description Liveness.
         * @example {
         *       "status": "ok"
         *     }
         */
        HealthStatus: {
            /**
             * @description Always `ok` when the service answers.
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        /**
         * @description Health of one dependency.
         * @example {
         *       "name": "database",
         *       "status": "ok",
         *       "latency_ms": 1
         *     }
         */
        HealthComponent: {
            /**
             * @description Component name.
             * @example database
             */
            name: string;
            /**
             * @description Component state.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /**
             * @description Latency of the component's probe.
             * @example 1
             */
            latency_ms: number;
            /**
             * @description Extra information when not ok.
             * @example null
             */
            detail?: string | null;
        };
        /**
         * @description Detailed health.
         * @example {
         *       "status": "ok",
         *       "version": "1.0.0",
         *       "uptime_seconds": 3600,
         *       "started_at": "2026-01-15T09:30:00Z",
         *       "components": [
         *         {
         *           "name": "database",
         *           "status": "ok",
         *           "latency_ms": 1
         *         },
         *         {
         *           "name": "rates",
         *           "status": "ok",
         *           "latency_ms": 3
         *         },
         *         {
         *           "name": "webhooks",
         *           "status": "ok",
         *           "latency_ms": 0
         *         }
         *       ]
         *     }
         */
        HealthDetailed: {
            /**
             * @description Worst of the components' states.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            /**
             * @description Server version.
             * @example 1.0.0
             */
            version: string;
            /**
             * @description Seconds since start.
             * @example 3600
             */
            uptime_seconds: number;
            /**
             * Format: date-time
             * @description Start time.
             * @example 2026-01-15T09:30:00Z
             */
            started_at: string;
            /**
             * @description Each dependency.
             * @example [
             *       {
             *         "name": "database",
             *         "status": "ok",
             *         "latency_ms": 1
             *       },
             *       {
             *         "name": "rates",
             *         "status": "ok",
             *         "latency_ms": 3
             *       },
             *       {
             *         "name": "webhooks",
             *         "status": "ok",
             *         "latency_ms": 0
             *       }
             *     ]
             */
            components: components["schemas"]["HealthComponent"][];
        };
    };
    responses: {
        /** @description The request is malformed: the body is not valid UTF-8 JSON, holds a lone surrogate, nests objects and arrays deeper than 64 levels, or a required body is missing (`invalid_json`), a body was sent to an operation that takes none (`invalid_request`), or a `starting_after` cursor names no item of the list (`invalid_request`). */
        BadRequest: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Authentication failed. `code` is one of `signature_missing` (a PayCrypt-* header is missing or ill-formed), `unknown_api_key`, `timestamp_out_of_range` (more than 300 s from the server clock; `server_time` gives the server's unix time), `nonce_reused` (nonce seen for this key within 600 s), `signature_mismatch` (in the sandbox with `expected_string_to_sign`, what the server signed). */
        Unauthorized: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials are valid but not allowed here: merchant credentials on an admin operation (`admin_required`). */
        Forbidden: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The resource does not exist or belongs to another client: `payment_not_found`, `webhook_endpoint_not_found`, `event_not_found`, `client_not_found`, `pricing_override_not_found`. (An id that does not match its pattern is a 422 `validation_failed` instead.) Well-formed ids referenced in a request body (`client_id`, `webhook_endpoint_id`) that do not exist are answered 404 too. */
        NotFound: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Idempotency conflict: the `Idempotency-Key` was used with a different body (`idempotency_key_reused`) or its first request is still running (`idempotency_key_in_use`). */
        Conflict: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 1 MiB (1048576 bytes) (`payload_too_large`). */
        PayloadTooLarge: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body's `Content-Type` is not `application/json` (`unsupported_media_type`). */
        UnsupportedMediaType: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match this operation's schema: a path, query or header parameter (unknown query parameters included) or the JSON body has a wrong type, a missing or unknown field, an out-of-range value (`validation_failed`, with one `errors` item per field). */
        UnprocessableEntity: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited (`rate_limited`). Wait `Retry-After` seconds, then retry with a fresh timestamp and nonce. */
        TooManyRequests: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Unexpected server error (`internal_error`). Safe to retry with the same `Idempotency-Key`. */
        InternalError: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Temporarily unavailable (`service_unavailable`); retry with backoff, honouring `Retry-After` when present. */
        ServiceUnavailable: {
            headers: {
                "PayCrypt-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfterOptional"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
         * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
         */
        IdempotencyKey: string;
        /**
         * @description Page size.
         * @example 10
         */
        Limit: number;
        /**
         * @description The payment's id.
         * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
         */
        PaymentId: components["schemas"]["PaymentId"];
        /**
         * @description The webhook endpoint's id.
         * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
         */
        WebhookEndpointId: components["schemas"]["WebhookEndpointId"];
        /**
         * @description The event's id.
         * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
         */
        EventId: components["schemas"]["EventId"];
        /**
         * @description The client's id.
         * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
         */
        ClientIdPath: components["schemas"]["ClientId"];
        /**
         * @description The pricing override's id.
         * @example po_4e9b2d7a1c5f8e3b6d0a2c1e
         */
        PricingOverrideId: components["schemas"]["PricingOverrideId"];
        /**
         * @description The e-mail's id.
         * @example em_6b2d9f4a1c8e3b7d5a0f2c4e
         */
        EmailId: components["schemas"]["EmailId"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Unique id of this request; quote it to support. Also in problem bodies as `request_id`.
         * @example req_8f3a2b1c9d4e5f60a1b2c3d4
         */
        RequestId: components["schemas"]["RequestId"];
        /**
         * @description Seconds to wait before retrying.
         * @example 1
         */
        RetryAfter: number;
        /**
         * @description Seconds to wait before retrying, when known.
         * @example 5
         */
        RetryAfterOptional: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHealthDetailed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "version": "1.0.0",
                     *       "uptime_seconds": 3600,
                     *       "started_at": "2026-01-15T09:30:00Z",
                     *       "components": [
                     *         {
                     *           "name": "database",
                     *           "status": "ok",
                     *           "latency_ms": 1
                     *         },
                     *         {
                     *           "name": "rates",
                     *           "status": "ok",
                     *           "latency_ms": 3
                     *         },
                     *         {
                     *           "name": "webhooks",
                     *           "status": "ok",
                     *           "latency_ms": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["HealthDetailed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the payments after this id (the previous page's `next_cursor`).
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                starting_after?: components["schemas"]["PaymentId"];
                /**
                 * @description Only payments in this state.
                 * @example confirmed
                 */
                status?: components["schemas"]["PaymentStatus"];
                /**
                 * @description Only payments created at or after this time (RFC 3339; use `Z`, or encode `+` as `%2B`).
                 * @example 2026-01-01T00:00:00Z
                 */
                created_gte?: string;
                /**
                 * @description Only payments created before this time.
                 * @example 2026-02-01T00:00:00Z
                 */
                created_lt?: string;
                /**
                 * @description Only payments with this `order_id`.
                 * @example order_1042
                 */
                order_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "object": "payment",
                     *           "status": "confirmed",
                     *           "amount": "49.99",
                     *           "currency": "USD",
                     *           "pay_currency": "BTC",
                     *           "pay_amount": "0.00052622",
                     *           "rate": "95000.00",
                     *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *           "amount_received": "0.00052622",
                     *           "overpaid_amount": "0",
                     *           "amount_refunded": "0",
                     *           "fee_percent": "0.80",
                     *           "fee": "0.40",
                     *           "net_amount": "49.59",
                     *           "order_id": "order_1042",
                     *           "description": "Order #1042 - 2 ceramic mugs",
                     *           "metadata": {
                     *             "customer_id": "cus_1042"
                     *           },
                     *           "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "expires_at": "2026-01-15T10:45:00Z",
                     *           "created_at": "2026-01-15T10:30:00Z",
                     *           "updated_at": "2026-01-15T10:38:12Z",
                     *           "confirmed_at": "2026-01-15T10:38:12Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "49.99",
                 *       "currency": "USD",
                 *       "pay_currency": "BTC",
                 *       "order_id": "order_1042",
                 *       "description": "Order #1042 - 2 ceramic mugs",
                 *       "metadata": {
                 *         "customer_id": "cus_1042"
                 *       },
                 *       "redirect_url": "https://shop.example.com/orders/1042/complete"
                 *     }
                 */
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The payment was created. */
            201: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "pending",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:30:00Z",
                     *       "confirmed_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (`validation_failed`), the currency is not supported (`unsupported_currency`), the amount is below the currency's `min_amount` or the resulting `pay_amount` below the coin's (`amount_too_small`), or the client's monthly volume limit is reached (`usage_limit_exceeded`). */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrievePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "confirmed",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0.00052622",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:38:12Z",
                     *       "confirmed_at": "2026-01-15T10:38:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "canceled",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:33:05Z",
                     *       "confirmed_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The payment is not `pending` (`payment_not_cancelable`), or an idempotency conflict. */
            409: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the refunds after this id (the previous page's `next_cursor`).
                 * @example re_7b1e4d2a9c6f3e8b5a0d1c2f
                 */
                starting_after?: components["schemas"]["RefundId"];
            };
            header?: never;
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
                     *           "object": "refund",
                     *           "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "amount": "49.99",
                     *           "pay_amount": "0.00052622",
                     *           "status": "succeeded",
                     *           "reason": "Customer returned the mugs",
                     *           "created_at": "2026-01-16T09:00:00Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RefundList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /** @description Optional; omit the body (or send `{}`) for the defaults. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "amount": "49.99",
                 *       "reason": "Customer returned the mugs"
                 *     }
                 */
                "application/json": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            /** @description The refund was created. */
            201: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
                     *       "object": "refund",
                     *       "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "amount": "49.99",
                     *       "pay_amount": "0.00052622",
                     *       "status": "succeeded",
                     *       "reason": "Customer returned the mugs",
                     *       "created_at": "2026-01-16T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Refund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /** @description The payment is not `confirmed` or `partially_refunded` (`payment_not_refundable`), or an idempotency conflict. */
            409: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (`validation_failed`) or the amount exceeds what is still refundable (`refund_exceeds_payment`). */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "code": "USD",
                     *           "name": "US Dollar",
                     *           "type": "fiat",
                     *           "decimals": 2,
                     *           "network": null,
                     *           "min_amount": "0.50"
                     *         },
                     *         {
                     *           "code": "EUR",
                     *           "name": "Euro",
                     *           "type": "fiat",
                     *           "decimals": 2,
                     *           "network": null,
                     *           "min_amount": "0.50"
                     *         },
                     *         {
                     *           "code": "GBP",
                     *           "name": "Pound Sterling",
                     *           "type": "fiat",
                     *           "decimals": 2,
                     *           "network": null,
                     *           "min_amount": "0.50"
                     *         },
                     *         {
                     *           "code": "BTC",
                     *           "name": "Bitcoin",
                     *           "type": "crypto",
                     *           "decimals": 8,
                     *           "network": "bitcoin",
                     *           "min_amount": "0.00001000"
                     *         },
                     *         {
                     *           "code": "ETH",
                     *           "name": "Ether",
                     *           "type": "crypto",
                     *           "decimals": 18,
                     *           "network": "ethereum",
                     *           "min_amount": "0.000100000000000000"
                     *         },
                     *         {
                     *           "code": "USDT",
                     *           "name": "Tether USD",
                     *           "type": "crypto",
                     *           "decimals": 6,
                     *           "network": "ethereum",
                     *           "min_amount": "1.000000"
                     *         },
                     *         {
                     *           "code": "LTC",
                     *           "name": "Litecoin",
                     *           "type": "crypto",
                     *           "decimals": 8,
                     *           "network": "litecoin",
                     *           "min_amount": "0.00100000"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CurrencyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listRates: {
        parameters: {
            query?: {
                /**
                 * @description Fiat currency to price in (default `USD`).
                 * @example USD
                 */
                currency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "currency": "USD",
                     *       "data": [
                     *         {
                     *           "pay_currency": "BTC",
                     *           "rate": "95000.00"
                     *         },
                     *         {
                     *           "pay_currency": "ETH",
                     *           "rate": "3500.00"
                     *         },
                     *         {
                     *           "pay_currency": "USDT",
                     *           "rate": "1.00"
                     *         },
                     *         {
                     *           "pay_currency": "LTC",
                     *           "rate": "85.00"
                     *         }
                     *       ],
                     *       "updated_at": "2026-01-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["RateList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            /** @description `currency` is not a supported fiat currency (`unsupported_currency`) or another validation error. */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEstimate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "amount": "49.99",
                 *       "currency": "USD",
                 *       "pay_currency": "BTC"
                 *     }
                 */
                "application/json": components["schemas"]["CreateEstimateRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "expires_at": "2026-01-15T10:45:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Estimate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (`validation_failed`), unsupported currency (`unsupported_currency`) or amount too small (`amount_too_small`). */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the webhook endpoints after this id (the previous page's `next_cursor`).
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                starting_after?: components["schemas"]["WebhookEndpointId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *           "url": "https://shop.example.com/paycrypt/webhook",
                     *           "events": [
                     *             "payment.confirmed",
                     *             "payment.expired"
                     *           ],
                     *           "description": "Shop order updates",
                     *           "enabled": true,
                     *           "secret_hint": "…7e9c",
                     *           "created_at": "2026-01-15T10:30:00Z",
                     *           "updated_at": "2026-01-15T10:30:00Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://shop.example.com/paycrypt/webhook",
                 *       "events": [
                 *         "payment.confirmed",
                 *         "payment.expired"
                 *       ],
                 *       "description": "Shop order updates",
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The endpoint was created; store `secret` now. */
            201: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *       "url": "https://shop.example.com/paycrypt/webhook",
                     *       "events": [
                     *         "payment.confirmed",
                     *         "payment.expired"
                     *       ],
                     *       "description": "Shop order updates",
                     *       "enabled": true,
                     *       "secret_hint": "…7e9c",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:30:00Z",
                     *       "secret": "whsec_5f2b8c1e9a4d7f3b6e0c2a8d1f4b7e9c"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *       "url": "https://shop.example.com/paycrypt/webhook",
                     *       "events": [
                     *         "payment.confirmed",
                     *         "payment.expired"
                     *       ],
                     *       "description": "Shop order updates",
                     *       "enabled": true,
                     *       "secret_hint": "…7e9c",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *       "deleted": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedWebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *       "url": "https://shop.example.com/paycrypt/webhook",
                     *       "events": [
                     *         "payment.confirmed",
                     *         "payment.expired"
                     *       ],
                     *       "description": "Shop order updates",
                     *       "enabled": false,
                     *       "secret_hint": "…7e9c",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-20T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /** @description Optional; omit the body (or send `{}`) for the defaults. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "expire_previous_after_seconds": 3600
                 *     }
                 */
                "application/json": components["schemas"]["RotateWebhookEndpointSecretRequest"];
            };
        };
        responses: {
            /** @description The endpoint with its new `secret`. */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *       "url": "https://shop.example.com/paycrypt/webhook",
                     *       "events": [
                     *         "payment.confirmed",
                     *         "payment.expired"
                     *       ],
                     *       "description": "Shop order updates",
                     *       "enabled": true,
                     *       "secret_hint": "…4e1f",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-20T08:00:00Z",
                     *       "secret": "whsec_0c7d2e9f4a1b8c3d6e5f0a7b2c9d4e1f",
                     *       "previous_secret_expires_at": "2026-01-20T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The webhook endpoint's id.
                 * @example we_2c8e5a1f7b3d9e4c6a0b1d2e
                 */
                webhook_endpoint_id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event was created and queued for delivery. */
            202: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_0b7e2a5d8c1f4a9e3b6d0c2f",
                     *       "type": "webhook_endpoint.test",
                     *       "created": 1768896000,
                     *       "data": {
                     *         "object": {
                     *           "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *           "url": "https://shop.example.com/paycrypt/webhook",
                     *           "events": [
                     *             "payment.confirmed",
                     *             "payment.expired"
                     *           ],
                     *           "description": "Shop order updates",
                     *           "enabled": true,
                     *           "secret_hint": "…7e9c",
                     *           "created_at": "2026-01-15T10:30:00Z",
                     *           "updated_at": "2026-01-15T10:30:00Z"
                     *         }
                     *       },
                     *       "livemode": false,
                     *       "delivery_attempts": []
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the events after this id (the previous page's `next_cursor`).
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                starting_after?: components["schemas"]["EventId"];
                /**
                 * @description Only events of this type.
                 * @example payment.confirmed
                 */
                type?: components["schemas"]["EventType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
                     *           "type": "payment.confirmed",
                     *           "created": 1768473492,
                     *           "data": {
                     *             "object": {
                     *               "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *               "object": "payment",
                     *               "status": "confirmed",
                     *               "amount": "49.99",
                     *               "currency": "USD",
                     *               "pay_currency": "BTC",
                     *               "pay_amount": "0.00052622",
                     *               "rate": "95000.00",
                     *               "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *               "amount_received": "0.00052622",
                     *               "overpaid_amount": "0",
                     *               "amount_refunded": "0",
                     *               "fee_percent": "0.80",
                     *               "fee": "0.40",
                     *               "net_amount": "49.59",
                     *               "order_id": "order_1042",
                     *               "description": "Order #1042 - 2 ceramic mugs",
                     *               "metadata": {
                     *                 "customer_id": "cus_1042"
                     *               },
                     *               "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *               "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *               "expires_at": "2026-01-15T10:45:00Z",
                     *               "created_at": "2026-01-15T10:30:00Z",
                     *               "updated_at": "2026-01-15T10:38:12Z",
                     *               "confirmed_at": "2026-01-15T10:38:12Z"
                     *             }
                     *           },
                     *           "livemode": false,
                     *           "delivery_attempts": [
                     *             {
                     *               "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *               "attempt": 1,
                     *               "status_code": 200,
                     *               "response_body": "{\"received\": true}",
                     *               "error": null,
                     *               "duration_ms": 84,
                     *               "attempted_at": "2026-01-15T10:38:13Z",
                     *               "next_retry_at": null,
                     *               "outcome": "delivered"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id.
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
                     *       "type": "payment.confirmed",
                     *       "created": 1768473492,
                     *       "data": {
                     *         "object": {
                     *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "object": "payment",
                     *           "status": "confirmed",
                     *           "amount": "49.99",
                     *           "currency": "USD",
                     *           "pay_currency": "BTC",
                     *           "pay_amount": "0.00052622",
                     *           "rate": "95000.00",
                     *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *           "amount_received": "0.00052622",
                     *           "overpaid_amount": "0",
                     *           "amount_refunded": "0",
                     *           "fee_percent": "0.80",
                     *           "fee": "0.40",
                     *           "net_amount": "49.59",
                     *           "order_id": "order_1042",
                     *           "description": "Order #1042 - 2 ceramic mugs",
                     *           "metadata": {
                     *             "customer_id": "cus_1042"
                     *           },
                     *           "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "expires_at": "2026-01-15T10:45:00Z",
                     *           "created_at": "2026-01-15T10:30:00Z",
                     *           "updated_at": "2026-01-15T10:38:12Z",
                     *           "confirmed_at": "2026-01-15T10:38:12Z"
                     *         }
                     *       },
                     *       "livemode": false,
                     *       "delivery_attempts": [
                     *         {
                     *           "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *           "attempt": 1,
                     *           "status_code": 200,
                     *           "response_body": "{\"received\": true}",
                     *           "error": null,
                     *           "duration_ms": 84,
                     *           "attempted_at": "2026-01-15T10:38:13Z",
                     *           "next_retry_at": null,
                     *           "outcome": "delivered"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resendEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The event's id.
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                event_id: components["parameters"]["EventId"];
            };
            cookie?: never;
        };
        /** @description Optional; omit the body (or send `{}`) for the defaults. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e"
                 *     }
                 */
                "application/json": components["schemas"]["ResendEventRequest"];
            };
        };
        responses: {
            /** @description Delivery was queued. */
            202: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
                     *       "type": "payment.confirmed",
                     *       "created": 1768473492,
                     *       "data": {
                     *         "object": {
                     *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "object": "payment",
                     *           "status": "confirmed",
                     *           "amount": "49.99",
                     *           "currency": "USD",
                     *           "pay_currency": "BTC",
                     *           "pay_amount": "0.00052622",
                     *           "rate": "95000.00",
                     *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *           "amount_received": "0.00052622",
                     *           "overpaid_amount": "0",
                     *           "amount_refunded": "0",
                     *           "fee_percent": "0.80",
                     *           "fee": "0.40",
                     *           "net_amount": "49.59",
                     *           "order_id": "order_1042",
                     *           "description": "Order #1042 - 2 ceramic mugs",
                     *           "metadata": {
                     *             "customer_id": "cus_1042"
                     *           },
                     *           "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *           "expires_at": "2026-01-15T10:45:00Z",
                     *           "created_at": "2026-01-15T10:30:00Z",
                     *           "updated_at": "2026-01-15T10:38:12Z",
                     *           "confirmed_at": "2026-01-15T10:38:12Z"
                     *         }
                     *       },
                     *       "livemode": false,
                     *       "delivery_attempts": [
                     *         {
                     *           "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                     *           "attempt": 1,
                     *           "status_code": 200,
                     *           "response_body": "{\"received\": true}",
                     *           "error": null,
                     *           "duration_ms": 84,
                     *           "attempted_at": "2026-01-15T10:38:13Z",
                     *           "next_retry_at": null,
                     *           "outcome": "delivered"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveUsage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *       "month": "2026-01",
                     *       "currency": "USD",
                     *       "package": {
                     *         "id": "growth",
                     *         "name": "Growth",
                     *         "max_volume": "50000.00",
                     *         "fee_percent": "0.80"
                     *       },
                     *       "current_volume": "41200.00",
                     *       "max_volume": "50000.00",
                     *       "usage_percentage": "82.40",
                     *       "thresholds_crossed": [
                     *         80
                     *       ],
                     *       "limit_exceeded": false,
                     *       "projected_volume": "88429.12",
                     *       "contact_sales": false,
                     *       "recommended_package": {
                     *         "id": "business",
                     *         "name": "Business",
                     *         "max_volume": "250000.00",
                     *         "fee_percent": "0.60"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listUsageAlerts: {
        parameters: {
            query?: {
                /**
                 * @description Month to list (default: the current month).
                 * @example 2026-01
                 */
                month?: components["schemas"]["Month"];
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the alerts after this id (the previous page's `next_cursor`).
                 * @example ua_8d3f6a1c4e7b2d5f9a0c3e6b
                 */
                starting_after?: components["schemas"]["UsageAlertId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                     *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "threshold": 80,
                     *           "alert_type": "notice",
                     *           "usage_percentage": "82.40",
                     *           "current_volume": "41200.00",
                     *           "max_volume": "50000.00",
                     *           "alert_month": "2026-01",
                     *           "sent_at": "2026-01-15T10:38:13Z",
                     *           "email_sent": true,
                     *           "recommended_package": "business",
                     *           "projected_volume": "88429.12",
                     *           "contact_sales": false,
                     *           "test": false
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["UsageAlertList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    retrieveAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *       "name": "Demo Merchant",
                     *       "email": "merchant@example.com",
                     *       "status": "active",
                     *       "package": {
                     *         "id": "growth",
                     *         "name": "Growth",
                     *         "max_volume": "50000.00",
                     *         "fee_percent": "0.80"
                     *       },
                     *       "pricing_override": null,
                     *       "created_at": "2025-11-01T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminListClients: {
        parameters: {
            query?: {
                /**
                 * @description Only clients on this package.
                 * @example growth
                 */
                package?: components["schemas"]["PackageId"];
                /**
                 * @description Only clients in this state.
                 * @example active
                 */
                status?: components["schemas"]["AccountStatus"];
                /**
                 * @description Only clients at or above this usage percentage.
                 * @example 80
                 */
                min_usage_percentage?: components["schemas"]["Percentage"];
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the clients after this id (the previous page's `next_cursor`).
                 * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
                 */
                starting_after?: components["schemas"]["ClientId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "name": "Demo Merchant",
                     *           "email": "merchant@example.com",
                     *           "status": "active",
                     *           "package": {
                     *             "id": "growth",
                     *             "name": "Growth",
                     *             "max_volume": "50000.00",
                     *             "fee_percent": "0.80"
                     *           },
                     *           "pricing_override": null,
                     *           "created_at": "2025-11-01T09:00:00Z",
                     *           "usage_percentage": "82.40",
                     *           "current_volume": "41200.00"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AdminClientList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminRetrieveClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The client's id.
                 * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
                 */
                client_id: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *       "name": "Demo Merchant",
                     *       "email": "merchant@example.com",
                     *       "status": "active",
                     *       "package": {
                     *         "id": "growth",
                     *         "name": "Growth",
                     *         "max_volume": "50000.00",
                     *         "fee_percent": "0.80"
                     *       },
                     *       "pricing_override": null,
                     *       "created_at": "2025-11-01T09:00:00Z",
                     *       "usage_percentage": "82.40",
                     *       "current_volume": "41200.00"
                     *     }
                     */
                    "application/json": components["schemas"]["AdminClient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminSwitchPackage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The client's id.
                 * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
                 */
                client_id: components["parameters"]["ClientIdPath"];
            };
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "package": "business",
                 *       "reason": "Upgrade after the 95 % usage alert",
                 *       "dry_run": false
                 *     }
                 */
                "application/json": components["schemas"]["SwitchPackageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dry_run": false,
                     *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *       "before": {
                     *         "package": {
                     *           "id": "growth",
                     *           "name": "Growth",
                     *           "max_volume": "50000.00",
                     *           "fee_percent": "0.80"
                     *         }
                     *       },
                     *       "after": {
                     *         "package": {
                     *           "id": "business",
                     *           "name": "Business",
                     *           "max_volume": "250000.00",
                     *           "fee_percent": "0.60"
                     *         }
                     *       },
                     *       "audit_entry": {
                     *         "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
                     *         "actor": "pk_test_admin",
                     *         "action": "package_switched",
                     *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *         "reason": "Upgrade after the 95 % usage alert",
                     *         "before": {
                     *           "package": "growth"
                     *         },
                     *         "after": {
                     *           "package": "business"
                     *         },
                     *         "created_at": "2026-01-20T08:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PackageSwitchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (`validation_failed`), the package does not exist (`unknown_package`), or the client is already on it (`same_package`). */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminListPackages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "starter",
                     *           "name": "Starter",
                     *           "max_volume": "10000.00",
                     *           "fee_percent": "1.00"
                     *         },
                     *         {
                     *           "id": "growth",
                     *           "name": "Growth",
                     *           "max_volume": "50000.00",
                     *           "fee_percent": "0.80"
                     *         },
                     *         {
                     *           "id": "business",
                     *           "name": "Business",
                     *           "max_volume": "250000.00",
                     *           "fee_percent": "0.60"
                     *         },
                     *         {
                     *           "id": "enterprise",
                     *           "name": "Enterprise",
                     *           "max_volume": "1000000.00",
                     *           "fee_percent": "0.40"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PackageList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminListPricingOverrides: {
        parameters: {
            query?: {
                /**
                 * @description Only this client's overrides.
                 * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
                 */
                client_id?: components["schemas"]["ClientId"];
                /**
                 * @description Also list expired and deleted overrides.
                 * @example false
                 */
                include_expired?: boolean;
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the overrides after this id (the previous page's `next_cursor`).
                 * @example po_4e9b2d7a1c5f8e3b6d0a2c1e
                 */
                starting_after?: components["schemas"]["PricingOverrideId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                     *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "fee_percent": "0.50",
                     *           "reason": "Q1 promotional rate",
                     *           "created_by": "pk_test_admin",
                     *           "expires_at": "2099-03-31T23:59:59Z",
                     *           "created_at": "2026-01-15T11:00:00Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PricingOverrideList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminCreatePricingOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                 *       "fee_percent": "0.50",
                 *       "expires_at": "2099-03-31T23:59:59Z",
                 *       "reason": "Q1 promotional rate",
                 *       "dry_run": false
                 *     }
                 */
                "application/json": components["schemas"]["CreatePricingOverrideRequest"];
            };
        };
        responses: {
            /** @description The override was created (or would be, for a dry run). */
            201: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dry_run": false,
                     *       "pricing_override": {
                     *         "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                     *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *         "fee_percent": "0.50",
                     *         "reason": "Q1 promotional rate",
                     *         "created_by": "pk_test_admin",
                     *         "expires_at": "2099-03-31T23:59:59Z",
                     *         "created_at": "2026-01-15T11:00:00Z"
                     *       },
                     *       "audit_entry": {
                     *         "id": "aud_6c9f2b5e8a1d4c7f0b3e6a9d",
                     *         "actor": "pk_test_admin",
                     *         "action": "pricing_override_created",
                     *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *         "reason": "Q1 promotional rate",
                     *         "before": null,
                     *         "after": {
                     *           "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                     *           "fee_percent": "0.50",
                     *           "expires_at": "2099-03-31T23:59:59Z"
                     *         },
                     *         "created_at": "2026-01-15T11:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PricingOverrideCreateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /** @description Validation failed (`validation_failed`) or `expires_at` is not in the future (`expires_at_not_in_future`). */
            422: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminDeletePricingOverride: {
        parameters: {
            query?: {
                /**
                 * @description Why (written to the audit log).
                 * @example Promotion ended early
                 */
                reason?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The pricing override's id.
                 * @example po_4e9b2d7a1c5f8e3b6d0a2c1e
                 */
                override_id: components["parameters"]["PricingOverrideId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                     *       "deleted": true,
                     *       "audit_entry": {
                     *         "id": "aud_3e6a9d2c5f8b1e4a7d0c3f6b",
                     *         "actor": "pk_test_admin",
                     *         "action": "pricing_override_deleted",
                     *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *         "reason": "Promotion ended early",
                     *         "before": {
                     *           "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                     *           "fee_percent": "0.50",
                     *           "expires_at": "2099-03-31T23:59:59Z"
                     *         },
                     *         "after": null,
                     *         "created_at": "2026-02-01T12:00:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DeletedPricingOverride"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminRetrieveUsageReport: {
        parameters: {
            query?: {
                /**
                 * @description Month to report (default: the current month).
                 * @example 2026-01
                 */
                month?: components["schemas"]["Month"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "month": "2026-01",
                     *       "generated_at": "2026-01-20T08:00:00Z",
                     *       "totals": {
                     *         "clients": 1,
                     *         "volume": "41200.00",
                     *         "payments": 824,
                     *         "fees": "329.60",
                     *         "net_volume": "40870.40"
                     *       },
                     *       "clients": [
                     *         {
                     *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "name": "Demo Merchant",
                     *           "package": "growth",
                     *           "current_volume": "41200.00",
                     *           "max_volume": "50000.00",
                     *           "usage_percentage": "82.40",
                     *           "payments_count": 824,
                     *           "fees": "329.60",
                     *           "net_volume": "40870.40",
                     *           "alerts": [
                     *             80
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminResetUsage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                 *       "month": "2026-01",
                 *       "reason": "Volume counted twice after incident",
                 *       "dry_run": false
                 *     }
                 */
                "application/json": components["schemas"]["ResetUsageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dry_run": false,
                     *       "month": "2026-01",
                     *       "clients_reset": 1,
                     *       "audit_entry": {
                     *         "id": "aud_8b1e4a7d0c3f6b9e2a5d8c1f",
                     *         "actor": "pk_test_admin",
                     *         "action": "usage_reset",
                     *         "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *         "reason": "Volume counted twice after incident",
                     *         "before": {
                     *           "month": "2026-01",
                     *           "current_volume": "41200.00"
                     *         },
                     *         "after": {
                     *           "month": "2026-01",
                     *           "current_volume": "0.00"
                     *         },
                     *         "created_at": "2026-01-20T08:05:00Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UsageResetResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminCheckUsageAlerts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional; omit the body (or send `{}`) for the defaults. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "month": "2026-01"
                 *     }
                 */
                "application/json": components["schemas"]["CheckUsageAlertsRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "checked_clients": 1,
                     *       "alerts_created": [
                     *         {
                     *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                     *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "threshold": 80,
                     *           "alert_type": "notice",
                     *           "usage_percentage": "82.40",
                     *           "current_volume": "41200.00",
                     *           "max_volume": "50000.00",
                     *           "alert_month": "2026-01",
                     *           "sent_at": "2026-01-15T10:38:13Z",
                     *           "email_sent": true,
                     *           "recommended_package": "business",
                     *           "projected_volume": "88429.12",
                     *           "contact_sales": false,
                     *           "test": false
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsageAlertCheckResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminSendTestAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Request parameters. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                 *       "threshold": 90
                 *     }
                 */
                "application/json": components["schemas"]["SendTestAlertRequest"];
            };
        };
        responses: {
            /** @description The test alert was recorded and sent. */
            201: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ua_2f5b8e1c4a7d0f3b6e9c2a5d",
                     *       "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *       "threshold": 90,
                     *       "alert_type": "warning",
                     *       "usage_percentage": "82.40",
                     *       "current_volume": "41200.00",
                     *       "max_volume": "50000.00",
                     *       "alert_month": "2026-01",
                     *       "sent_at": "2026-01-20T08:00:00Z",
                     *       "email_sent": true,
                     *       "recommended_package": "business",
                     *       "projected_volume": "66062.07",
                     *       "contact_sales": false,
                     *       "test": true
                     *     }
                     */
                    "application/json": components["schemas"]["UsageAlert"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    adminListAuditLog: {
        parameters: {
            query?: {
                /**
                 * @description Only entries about this client.
                 * @example cli_9e4b7a2c5d8f1e3a6b0c4d7f
                 */
                client_id?: components["schemas"]["ClientId"];
                /**
                 * @description Only entries of this action.
                 * @example package_switched
                 */
                action?: components["schemas"]["AuditAction"];
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the entries after this id (the previous page's `next_cursor`).
                 * @example aud_1a6c3e8b5d2f9a4c7e0b3d6f
                 */
                starting_after?: components["schemas"]["AuditEntryId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
                     *           "actor": "pk_test_admin",
                     *           "action": "package_switched",
                     *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                     *           "reason": "Upgrade after the 95 % usage alert",
                     *           "before": {
                     *             "package": "growth"
                     *           },
                     *           "after": {
                     *             "package": "business"
                     *           },
                     *           "created_at": "2026-01-20T08:00:00Z"
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testHelpersPayPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /** @description Optional; omit the body (or send `{}`) for the defaults. */
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "amount": "0.00052622",
                 *       "confirm": true
                 *     }
                 */
                "application/json": components["schemas"]["PayPaymentRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "confirmed",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0.00052622",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:38:12Z",
                     *       "confirmed_at": "2026-01-15T10:38:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Test helpers are not available with live keys (`test_mode_only`). */
            403: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description The payment is not `pending` or `underpaid` (`invalid_payment_state`). Or an idempotency conflict. */
            409: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testHelpersConfirmPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "confirmed",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0.00052622",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:38:12Z",
                     *       "confirmed_at": "2026-01-15T10:38:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Test helpers are not available with live keys (`test_mode_only`). */
            403: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description The payment is not `confirming` (`invalid_payment_state`). Or an idempotency conflict. */
            409: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testHelpersExpirePayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry. The server stores key → (hash of the request, response) for 24 h per API key: the same key and body replays the stored response; the same key with a different body is `409 idempotency_key_reused`; the same key while the first request is still running is `409 idempotency_key_in_use`. Use a fresh random value (e.g. a UUID) per logical operation and reuse it on retries.
                 * @example 7c1e9a52-3b4d-4f6e-8a90-1b2c3d4e5f60
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The payment's id.
                 * @example pay_3f9a1c7e5b2d4a6c8e0f1a2b
                 */
                payment_id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "object": "payment",
                     *       "status": "expired",
                     *       "amount": "49.99",
                     *       "currency": "USD",
                     *       "pay_currency": "BTC",
                     *       "pay_amount": "0.00052622",
                     *       "rate": "95000.00",
                     *       "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                     *       "amount_received": "0",
                     *       "overpaid_amount": "0",
                     *       "amount_refunded": "0",
                     *       "fee_percent": "0.80",
                     *       "fee": "0.40",
                     *       "net_amount": "49.59",
                     *       "order_id": "order_1042",
                     *       "description": "Order #1042 - 2 ceramic mugs",
                     *       "metadata": {
                     *         "customer_id": "cus_1042"
                     *       },
                     *       "redirect_url": "https://shop.example.com/orders/1042/complete",
                     *       "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                     *       "expires_at": "2026-01-15T10:45:00Z",
                     *       "created_at": "2026-01-15T10:30:00Z",
                     *       "updated_at": "2026-01-15T10:45:00Z",
                     *       "confirmed_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Test helpers are not available with live keys (`test_mode_only`). */
            403: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: components["responses"]["NotFound"];
            /** @description The payment is not `pending` or `underpaid` (`invalid_payment_state`). Or an idempotency conflict. */
            409: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testHelpersListEmails: {
        parameters: {
            query?: {
                /**
                 * @description Only the e-mail sent for this usage alert.
                 * @example ua_8d3f6a1c4e7b2d5f9a0c3e6b
                 */
                alert_id?: components["schemas"]["UsageAlertId"];
                /**
                 * @description Page size.
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Cursor: return the e-mails after this id (the previous page's `next_cursor`).
                 * @example em_6b2d9f4a1c8e3b7d5a0f2c4e
                 */
                starting_after?: components["schemas"]["EmailId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
                     *           "object": "email",
                     *           "to": "demo@shop.example",
                     *           "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
                     *           "html": "<!DOCTYPE html><html><body style=\"margin:0;padding:0;background:#f4f5f7;\">…</body></html>",
                     *           "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
                     *           "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                     *           "created_at": "2026-01-15T10:38:13Z",
                     *           "delivery_status": "outbox",
                     *           "delivery_attempts": 0,
                     *           "delivery_error": null,
                     *           "delivered_at": null
                     *         }
                     *       ],
                     *       "has_more": false,
                     *       "next_cursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["EmailList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Test helpers are not available with live keys (`test_mode_only`). */
            403: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testHelpersRetrieveEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The e-mail's id.
                 * @example em_6b2d9f4a1c8e3b7d5a0f2c4e
                 */
                email_id: components["parameters"]["EmailId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
                     *       "object": "email",
                     *       "to": "demo@shop.example",
                     *       "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
                     *       "html": "<!DOCTYPE html><html><body style=\"margin:0;padding:0;background:#f4f5f7;\">…</body></html>",
                     *       "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
                     *       "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                     *       "created_at": "2026-01-15T10:38:13Z",
                     *       "delivery_status": "outbox",
                     *       "delivery_attempts": 0,
                     *       "delivery_error": null,
                     *       "delivered_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Email"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Test helpers are not available with live keys (`test_mode_only`). */
            403: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No e-mail with that id was sent to this client (`email_not_found`). */
            404: {
                headers: {
                    "PayCrypt-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onPaymentEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>`, possibly with several `v1=` entries.
                 * @example t=1768473493,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "PayCrypt-Webhook-Signature": string;
                /**
                 * @description The event's `id`; deduplicate on it.
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                "PayCrypt-Event-Id": components["schemas"]["EventId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
                 *       "type": "payment.confirmed",
                 *       "created": 1768473492,
                 *       "data": {
                 *         "object": {
                 *           "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                 *           "object": "payment",
                 *           "status": "confirmed",
                 *           "amount": "49.99",
                 *           "currency": "USD",
                 *           "pay_currency": "BTC",
                 *           "pay_amount": "0.00052622",
                 *           "rate": "95000.00",
                 *           "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                 *           "amount_received": "0.00052622",
                 *           "overpaid_amount": "0",
                 *           "amount_refunded": "0",
                 *           "fee_percent": "0.80",
                 *           "fee": "0.40",
                 *           "net_amount": "49.59",
                 *           "order_id": "order_1042",
                 *           "description": "Order #1042 - 2 ceramic mugs",
                 *           "metadata": {
                 *             "customer_id": "cus_1042"
                 *           },
                 *           "redirect_url": "https://shop.example.com/orders/1042/complete",
                 *           "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                 *           "expires_at": "2026-01-15T10:45:00Z",
                 *           "created_at": "2026-01-15T10:30:00Z",
                 *           "updated_at": "2026-01-15T10:38:12Z",
                 *           "confirmed_at": "2026-01-15T10:38:12Z"
                 *         }
                 *       },
                 *       "livemode": false
                 *     }
                 */
                "application/json": components["schemas"]["PaymentWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; the body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer (or none within 10 s) is retried. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onUsageThresholdReached: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>`, possibly with several `v1=` entries.
                 * @example t=1768473493,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "PayCrypt-Webhook-Signature": string;
                /**
                 * @description The event's `id`; deduplicate on it.
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                "PayCrypt-Event-Id": components["schemas"]["EventId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_7a0d3f6b9e2c5a8d1f4b7e0c",
                 *       "type": "usage.threshold_reached",
                 *       "created": 1768473492,
                 *       "data": {
                 *         "object": {
                 *           "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                 *           "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                 *           "threshold": 80,
                 *           "alert_type": "notice",
                 *           "usage_percentage": "82.40",
                 *           "current_volume": "41200.00",
                 *           "max_volume": "50000.00",
                 *           "alert_month": "2026-01",
                 *           "sent_at": "2026-01-15T10:38:13Z",
                 *           "email_sent": true,
                 *           "recommended_package": "business",
                 *           "projected_volume": "88429.12",
                 *           "contact_sales": false,
                 *           "test": false
                 *         }
                 *       },
                 *       "livemode": false
                 *     }
                 */
                "application/json": components["schemas"]["UsageThresholdReachedWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; the body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer (or none within 10 s) is retried. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookEndpointTest: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256(webhook_secret, t + "." + raw_body)>`, possibly with several `v1=` entries.
                 * @example t=1768473493,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "PayCrypt-Webhook-Signature": string;
                /**
                 * @description The event's `id`; deduplicate on it.
                 * @example evt_5d2a8f1c6e3b9a7d4c0e1f2a
                 */
                "PayCrypt-Event-Id": components["schemas"]["EventId"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The event. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "evt_0b7e2a5d8c1f4a9e3b6d0c2f",
                 *       "type": "webhook_endpoint.test",
                 *       "created": 1768473492,
                 *       "data": {
                 *         "object": {
                 *           "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                 *           "url": "https://shop.example.com/paycrypt/webhook",
                 *           "events": [
                 *             "payment.confirmed",
                 *             "payment.expired"
                 *           ],
                 *           "description": "Shop order updates",
                 *           "enabled": true,
                 *           "secret_hint": "…7e9c",
                 *           "created_at": "2026-01-15T10:30:00Z",
                 *           "updated_at": "2026-01-15T10:30:00Z"
                 *         }
                 *       },
                 *       "livemode": false
                 *     }
                 */
                "application/json": components["schemas"]["WebhookEndpointTestWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery; the body is ignored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other answer (or none within 10 s) is retried. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
