// Generated from openapi.yaml by make generate — do not edit.
import type { BodyOf, QueryOf } from '../types.js';

/** The JSON body of `client.payments.create()` (`POST /v1/payments`). */
export type PaymentCreateParams = BodyOf<'createPayment'>;

/** The query parameters of `client.payments.list()` (`GET /v1/payments`). */
export type PaymentListParams = QueryOf<'listPayments'>;

/** The JSON body of `client.refunds.create()` (`POST /v1/payments/{payment_id}/refunds`). */
export type RefundCreateParams = BodyOf<'createRefund'>;

/** The query parameters of `client.refunds.list()` (`GET /v1/payments/{payment_id}/refunds`). */
export type RefundListParams = QueryOf<'listRefunds'>;

/** The query parameters of `client.rates.list()` (`GET /v1/rates`). */
export type RateListParams = QueryOf<'listRates'>;

/** The JSON body of `client.estimates.create()` (`POST /v1/estimates`). */
export type EstimateCreateParams = BodyOf<'createEstimate'>;

/** The JSON body of `client.webhookEndpoints.create()` (`POST /v1/webhook_endpoints`). */
export type WebhookEndpointCreateParams = BodyOf<'createWebhookEndpoint'>;

/** The query parameters of `client.webhookEndpoints.list()` (`GET /v1/webhook_endpoints`). */
export type WebhookEndpointListParams = QueryOf<'listWebhookEndpoints'>;

/** The JSON body of `client.webhookEndpoints.update()` (`PATCH /v1/webhook_endpoints/{webhook_endpoint_id}`). */
export type WebhookEndpointUpdateParams = BodyOf<'updateWebhookEndpoint'>;

/**
 * The JSON body of `client.webhookEndpoints.rotateSecret()` (`POST
 * /v1/webhook_endpoints/{webhook_endpoint_id}/rotate_secret`).
 */
export type WebhookEndpointRotateSecretParams = BodyOf<'rotateWebhookEndpointSecret'>;

/** The query parameters of `client.events.list()` (`GET /v1/events`). */
export type EventListParams = QueryOf<'listEvents'>;

/** The JSON body of `client.events.resend()` (`POST /v1/events/{event_id}/resend`). */
export type EventResendParams = BodyOf<'resendEvent'>;

/** The query parameters of `client.usage.listAlerts()` (`GET /v1/usage/alerts`). */
export type UsageListAlertsParams = QueryOf<'listUsageAlerts'>;

/** The query parameters of `client.admin.clients.list()` (`GET /v1/admin/clients`). */
export type AdminClientListParams = QueryOf<'adminListClients'>;

/** The JSON body of `client.admin.clients.switchPackage()` (`POST /v1/admin/clients/{client_id}/switch_package`). */
export type AdminClientSwitchPackageParams = BodyOf<'adminSwitchPackage'>;

/** The JSON body of `client.admin.pricingOverrides.create()` (`POST /v1/admin/pricing_overrides`). */
export type AdminPricingOverrideCreateParams = BodyOf<'adminCreatePricingOverride'>;

/** The query parameters of `client.admin.pricingOverrides.list()` (`GET /v1/admin/pricing_overrides`). */
export type AdminPricingOverrideListParams = QueryOf<'adminListPricingOverrides'>;

/**
 * The query parameters of `client.admin.pricingOverrides.delete()` (`DELETE
 * /v1/admin/pricing_overrides/{override_id}`).
 */
export type AdminPricingOverrideDeleteParams = QueryOf<'adminDeletePricingOverride'>;

/** The query parameters of `client.admin.usage.report()` (`GET /v1/admin/usage/report`). */
export type AdminUsageReportParams = QueryOf<'adminRetrieveUsageReport'>;

/** The JSON body of `client.admin.usage.reset()` (`POST /v1/admin/usage/reset`). */
export type AdminUsageResetParams = BodyOf<'adminResetUsage'>;

/** The JSON body of `client.admin.usage.checkAlerts()` (`POST /v1/admin/usage/check_alerts`). */
export type AdminUsageCheckAlertsParams = BodyOf<'adminCheckUsageAlerts'>;

/** The JSON body of `client.admin.usage.testAlert()` (`POST /v1/admin/usage/test_alert`). */
export type AdminUsageTestAlertParams = BodyOf<'adminSendTestAlert'>;

/** The query parameters of `client.admin.auditLog.list()` (`GET /v1/admin/audit_log`). */
export type AdminAuditLogListParams = QueryOf<'adminListAuditLog'>;

/** The JSON body of `client.testHelpers.payments.pay()` (`POST /v1/test_helpers/payments/{payment_id}/pay`). */
export type TestHelpersPaymentPayParams = BodyOf<'testHelpersPayPayment'>;

/** The query parameters of `client.testHelpers.emails.list()` (`GET /v1/test_helpers/emails`). */
export type TestHelpersEmailListParams = QueryOf<'testHelpersListEmails'>;
