/**
 * Friendly names for the generated OpenAPI types (`./generated/openapi.ts`,
 * written by `npm run generate`, never edited by hand), plus helpers that read
 * an operation's parameters and result by its `operationId`.
 *
 * Field names are exactly the API's (`pay_currency`, `order_id`); money is a
 * decimal string (`"49.99"`), never a number.
 */

import type { components, operations } from './generated/openapi.js';
import type {
  AdminClientSwitchPackageParams,
  AdminUsageCheckAlertsParams,
  AdminUsageTestAlertParams,
  TestHelpersEmailListParams,
  TestHelpersPaymentPayParams,
  UsageListAlertsParams,
} from './resources/params.js';

export type { components, operations, paths } from './generated/openapi.js';

type Schemas = components['schemas'];

export type Amount = Schemas['Amount'];
export type Percentage = Schemas['Percentage'];
export type FiatCurrency = Schemas['FiatCurrency'];
export type CryptoCurrency = Schemas['CryptoCurrency'];
export type Month = Schemas['Month'];
export type PackageId = Schemas['PackageId'];
export type Metadata = Schemas['Metadata'];
export type PaymentId = Schemas['PaymentId'];
export type RefundId = Schemas['RefundId'];
export type WebhookEndpointId = Schemas['WebhookEndpointId'];
export type EventId = Schemas['EventId'];
export type ClientId = Schemas['ClientId'];
export type PricingOverrideId = Schemas['PricingOverrideId'];
export type AuditEntryId = Schemas['AuditEntryId'];
export type UsageAlertId = Schemas['UsageAlertId'];
export type RequestId = Schemas['RequestId'];
export type Problem = Schemas['Problem'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type Payment = Schemas['Payment'];
export type CreatePaymentRequest = Schemas['CreatePaymentRequest'];
export type PaymentList = Schemas['PaymentList'];
export type Refund = Schemas['Refund'];
export type CreateRefundRequest = Schemas['CreateRefundRequest'];
export type RefundList = Schemas['RefundList'];
export type Currency = Schemas['Currency'];
export type CurrencyList = Schemas['CurrencyList'];
export type Rate = Schemas['Rate'];
export type RateList = Schemas['RateList'];
export type CreateEstimateRequest = Schemas['CreateEstimateRequest'];
export type Estimate = Schemas['Estimate'];
export type EventType = Schemas['EventType'];
export type EventTypeSelector = Schemas['EventTypeSelector'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type CreateWebhookEndpointRequest = Schemas['CreateWebhookEndpointRequest'];
export type UpdateWebhookEndpointRequest = Schemas['UpdateWebhookEndpointRequest'];
export type RotateWebhookEndpointSecretRequest = Schemas['RotateWebhookEndpointSecretRequest'];
export type WebhookEndpointList = Schemas['WebhookEndpointList'];
export type DeletedWebhookEndpoint = Schemas['DeletedWebhookEndpoint'];
export type DeliveryAttempt = Schemas['DeliveryAttempt'];
export type Event = Schemas['Event'];
export type EventData = Schemas['EventData'];
export type EventList = Schemas['EventList'];
export type ResendEventRequest = Schemas['ResendEventRequest'];
export type PaymentWebhookEvent = Schemas['PaymentWebhookEvent'];
export type PaymentEventData = Schemas['PaymentEventData'];
export type UsageThresholdReachedWebhookEvent = Schemas['UsageThresholdReachedWebhookEvent'];
export type UsageAlertEventData = Schemas['UsageAlertEventData'];
export type WebhookEndpointTestWebhookEvent = Schemas['WebhookEndpointTestWebhookEvent'];
export type WebhookEndpointTestEventData = Schemas['WebhookEndpointTestEventData'];
export type UsageThreshold = Schemas['UsageThreshold'];
export type Package = Schemas['Package'];
export type PackageList = Schemas['PackageList'];
export type Usage = Schemas['Usage'];
export type UsageAlert = Schemas['UsageAlert'];
export type UsageAlertList = Schemas['UsageAlertList'];
export type EmailId = Schemas['EmailId'];
export type Email = Schemas['Email'];
export type EmailList = Schemas['EmailList'];
export type PricingOverride = Schemas['PricingOverride'];
export type AccountStatus = Schemas['AccountStatus'];
export type Account = Schemas['Account'];
export type AdminClient = Schemas['AdminClient'];
export type AdminClientList = Schemas['AdminClientList'];
export type AuditAction = Schemas['AuditAction'];
export type AuditEntry = Schemas['AuditEntry'];
export type AuditEntryList = Schemas['AuditEntryList'];
export type SwitchPackageRequest = Schemas['SwitchPackageRequest'];
export type PackageSnapshot = Schemas['PackageSnapshot'];
export type PackageSwitchResult = Schemas['PackageSwitchResult'];
export type CreatePricingOverrideRequest = Schemas['CreatePricingOverrideRequest'];
export type PricingOverrideCreateResult = Schemas['PricingOverrideCreateResult'];
export type PricingOverrideList = Schemas['PricingOverrideList'];
export type DeletedPricingOverride = Schemas['DeletedPricingOverride'];
export type UsageReportTotals = Schemas['UsageReportTotals'];
export type UsageReportClient = Schemas['UsageReportClient'];
export type UsageReport = Schemas['UsageReport'];
export type ResetUsageRequest = Schemas['ResetUsageRequest'];
export type UsageResetResult = Schemas['UsageResetResult'];
export type CheckUsageAlertsRequest = Schemas['CheckUsageAlertsRequest'];
export type UsageAlertCheckResult = Schemas['UsageAlertCheckResult'];
export type SendTestAlertRequest = Schemas['SendTestAlertRequest'];
export type PayPaymentRequest = Schemas['PayPaymentRequest'];
export type HealthStatus = Schemas['HealthStatus'];
export type HealthComponent = Schemas['HealthComponent'];
export type HealthDetailed = Schemas['HealthDetailed'];

/** What a webhook delivery's body parses to (an {@link Event} without `delivery_attempts`). */
export type WebhookEvent = PaymentWebhookEvent | UsageThresholdReachedWebhookEvent | WebhookEndpointTestWebhookEvent;

// --- by operationId ------------------------------------------------------------------

export type OperationId = keyof operations;

type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : undefined;
type Responses<K extends OperationId> = operations[K]['responses'];

/** The JSON body of an operation's success response. */
export type ResponseOf<K extends OperationId> = 200 extends keyof Responses<K>
  ? JsonContent<Responses<K>[200]>
  : 201 extends keyof Responses<K>
    ? JsonContent<Responses<K>[201]>
    : 202 extends keyof Responses<K>
      ? JsonContent<Responses<K>[202]>
      : undefined;

/** An operation's JSON request body. */
export type BodyOf<K extends OperationId> = operations[K] extends { requestBody?: infer B }
  ? JsonContent<NonNullable<B>>
  : never;

/** An operation's query parameters. */
export type QueryOf<K extends OperationId> = NonNullable<operations[K]['parameters']['query']>;

/** The item type of a list operation's `data`. */
export type ItemOf<K extends OperationId> = ResponseOf<K> extends { data: Array<infer T> } ? T : never;

// --- params of each client method ----------------------------------------------------

// Generated in ./resources/params.ts: `<resource, last word singular><Method>Params`
// (`PaymentCreateParams`, `AdminPricingOverrideDeleteParams`), see the README.
export type * from './resources/params.js';

// The names these params had before they were generated, kept so code written
// against 0.1.0 still compiles.
/** @deprecated Use {@link UsageListAlertsParams}. */
export type UsageAlertListParams = UsageListAlertsParams;
/** @deprecated Use {@link AdminClientSwitchPackageParams}. */
export type AdminSwitchPackageParams = AdminClientSwitchPackageParams;
/** @deprecated Use {@link AdminUsageCheckAlertsParams}. */
export type AdminCheckAlertsParams = AdminUsageCheckAlertsParams;
/** @deprecated Use {@link AdminUsageTestAlertParams}. */
export type AdminTestAlertParams = AdminUsageTestAlertParams;
/** @deprecated Use {@link TestHelpersPaymentPayParams}. */
export type TestHelperPayParams = TestHelpersPaymentPayParams;
/** @deprecated Use {@link TestHelpersEmailListParams}. */
export type TestHelperEmailListParams = TestHelpersEmailListParams;
