import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type {
  AdminAuditLogListParams,
  AdminCheckAlertsParams,
  AdminClient,
  AdminClientListParams,
  AdminPricingOverrideCreateParams,
  AdminPricingOverrideDeleteParams,
  AdminPricingOverrideListParams,
  AdminSwitchPackageParams,
  AdminTestAlertParams,
  AdminUsageReportParams,
  AdminUsageResetParams,
  AuditEntry,
  DeletedPricingOverride,
  PackageList,
  PackageSwitchResult,
  PricingOverride,
  PricingOverrideCreateResult,
  UsageAlert,
  UsageAlertCheckResult,
  UsageReport,
  UsageResetResult,
} from '../types.js';
import { APIResource } from './resource.js';

/** `client.admin.clients` (admin credentials only). */
export class AdminClients extends APIResource {
  /** `GET /v1/admin/clients` — filter by `package`, `status`, `min_usage_percentage`. */
  list(params?: AdminClientListParams, options?: RequestOptions): PagePromise<AdminClient> {
    return this._client.getPage('/v1/admin/clients', params, options);
  }

  /** `GET /v1/admin/clients/{client_id}`. */
  retrieve(clientId: string, options?: RequestOptions): Promise<AdminClient> {
    return this._client.request('GET', `/v1/admin/clients/${pathParam('clientId', clientId)}`, { options });
  }

  /** `POST …/switch_package` — `{package, reason, dry_run}`; every change is audited. */
  switchPackage(
    clientId: string,
    params: AdminSwitchPackageParams,
    options?: RequestOptions,
  ): Promise<PackageSwitchResult> {
    return this._client.request('POST', `/v1/admin/clients/${pathParam('clientId', clientId)}/switch_package`, {
      body: params,
      options,
    });
  }
}

/** `client.admin.packages`. */
export class AdminPackages extends APIResource {
  /** `GET /v1/admin/packages` (one response, not paginated). */
  list(options?: RequestOptions): Promise<PackageList> {
    return this._client.request('GET', '/v1/admin/packages', { options });
  }
}

/** `client.admin.pricingOverrides`: temporary prices with an expiry. */
export class AdminPricingOverrides extends APIResource {
  /** `POST /v1/admin/pricing_overrides`. */
  create(params: AdminPricingOverrideCreateParams, options?: RequestOptions): Promise<PricingOverrideCreateResult> {
    return this._client.request('POST', '/v1/admin/pricing_overrides', { body: params, options });
  }

  /** `GET /v1/admin/pricing_overrides`. */
  list(params?: AdminPricingOverrideListParams, options?: RequestOptions): PagePromise<PricingOverride> {
    return this._client.getPage('/v1/admin/pricing_overrides', params, options);
  }

  /** `DELETE /v1/admin/pricing_overrides/{override_id}` — `{reason}` goes to the audit log. */
  delete(
    overrideId: string,
    params?: AdminPricingOverrideDeleteParams,
    options?: RequestOptions,
  ): Promise<DeletedPricingOverride> {
    return this._client.request('DELETE', `/v1/admin/pricing_overrides/${pathParam('overrideId', overrideId)}`, {
      query: params,
      options,
    });
  }
}

/** `client.admin.usage`. */
export class AdminUsage extends APIResource {
  /** `GET /v1/admin/usage/report` — the monthly report. */
  report(params?: AdminUsageReportParams, options?: RequestOptions): Promise<UsageReport> {
    return this._client.request('GET', '/v1/admin/usage/report', { query: params, options });
  }

  /** `POST /v1/admin/usage/reset`. */
  reset(params: AdminUsageResetParams, options?: RequestOptions): Promise<UsageResetResult> {
    return this._client.request('POST', '/v1/admin/usage/reset', { body: params, options });
  }

  /** `POST /v1/admin/usage/check_alerts` — run the threshold check now. */
  checkAlerts(params: AdminCheckAlertsParams = {}, options?: RequestOptions): Promise<UsageAlertCheckResult> {
    return this._client.request('POST', '/v1/admin/usage/check_alerts', { body: params, options });
  }

  /** `POST /v1/admin/usage/test_alert`. */
  testAlert(params: AdminTestAlertParams, options?: RequestOptions): Promise<UsageAlert> {
    return this._client.request('POST', '/v1/admin/usage/test_alert', { body: params, options });
  }
}

/** `client.admin.auditLog`. */
export class AdminAuditLog extends APIResource {
  /** `GET /v1/admin/audit_log`. */
  list(params?: AdminAuditLogListParams, options?: RequestOptions): PagePromise<AuditEntry> {
    return this._client.getPage('/v1/admin/audit_log', params, options);
  }
}

/** `client.admin` (admin credentials, e.g. the sandbox's `pk_test_admin`). */
export class Admin extends APIResource {
  readonly clients: AdminClients = new AdminClients(this._client);
  readonly packages: AdminPackages = new AdminPackages(this._client);
  readonly pricingOverrides: AdminPricingOverrides = new AdminPricingOverrides(this._client);
  readonly usage: AdminUsage = new AdminUsage(this._client);
  readonly auditLog: AdminAuditLog = new AdminAuditLog(this._client);
}
