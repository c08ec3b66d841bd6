// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type {
  AdminClient,
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
import type {
  AdminAuditLogListParams,
  AdminClientListParams,
  AdminClientSwitchPackageParams,
  AdminPricingOverrideCreateParams,
  AdminPricingOverrideDeleteParams,
  AdminPricingOverrideListParams,
  AdminUsageCheckAlertsParams,
  AdminUsageReportParams,
  AdminUsageResetParams,
  AdminUsageTestAlertParams,
} from './params.js';

/**
 * `client.admin.clients`: operator operations (admin credentials only): clients, packages, pricing overrides, usage,
 * audit log.
 */
export class AdminClients extends APIResource {
  /**
   * Lists all clients with this month's usage, filtered.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/clients` — `for await` the result for every item on every page.
   */
  list(params?: AdminClientListParams, options?: RequestOptions): PagePromise<AdminClient> {
    return this._client.getPage('/v1/admin/clients', params, options);
  }

  /**
   * Returns one client with this month's usage.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/clients/{client_id}`
   */
  retrieve(clientId: string, options?: RequestOptions): Promise<AdminClient> {
    return this._client.request('GET', `/v1/admin/clients/${pathParam('clientId', clientId)}`, { options });
  }

  /**
   * Moves the client to another package (effective at once) and writes an audit entry; `dry_run` only reports. The
   * thresholds re-arm for the new limit and are checked at once: a switch to a smaller package that puts the client
   * over a threshold alerts immediately; after a switch to a bigger one, crossing 80 % of the new limit alerts again.
   * Switching back to a limit already alerted on this month does not repeat those alerts.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `POST /v1/admin/clients/{client_id}/switch_package`
   */
  switchPackage(
    clientId: string,
    params: AdminClientSwitchPackageParams,
    options?: RequestOptions,
  ): Promise<PackageSwitchResult> {
    return this._client.request('POST', `/v1/admin/clients/${pathParam('clientId', clientId)}/switch_package`, {
      body: params,
      options,
    });
  }
}

/**
 * `client.admin.packages`: operator operations (admin credentials only): clients, packages, pricing overrides, usage,
 * audit log.
 */
export class AdminPackages extends APIResource {
  /**
   * All packages, smallest first.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/packages`
   */
  list(options?: RequestOptions): Promise<PackageList> {
    return this._client.request('GET', '/v1/admin/packages', { options });
  }
}

/**
 * `client.admin.pricingOverrides`: operator operations (admin credentials only): clients, packages, pricing overrides,
 * usage, audit log.
 */
export class AdminPricingOverrides extends APIResource {
  /**
   * Gives a client a temporary fee until `expires_at`, replacing any active override, and writes an audit entry;
   * `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`. Payments created while it is active carry
   * its `fee_percent` (and the `fee` it gives); payments created before keep theirs.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `POST /v1/admin/pricing_overrides`
   */
  create(params: AdminPricingOverrideCreateParams, options?: RequestOptions): Promise<PricingOverrideCreateResult> {
    return this._client.request('POST', '/v1/admin/pricing_overrides', { body: params, options });
  }

  /**
   * Lists pricing overrides, newest first; active ones only unless `include_expired`.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/pricing_overrides` — `for await` the result for every item on every page.
   */
  list(params?: AdminPricingOverrideListParams, options?: RequestOptions): PagePromise<PricingOverride> {
    return this._client.getPage('/v1/admin/pricing_overrides', params, options);
  }

  /**
   * Ends a pricing override now (the package fee applies again) and writes an audit entry.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `DELETE /v1/admin/pricing_overrides/{override_id}`
   */
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

/**
 * `client.admin.usage`: operator operations (admin credentials only): clients, packages, pricing overrides, usage,
 * audit log.
 */
export class AdminUsage extends APIResource {
  /**
   * Usage of every client for one month (default: the current month): gross volume (`current_volume`), `fees` and
   * `net_volume` per client and in total, all in USD. `admin/usage/reset` zeroes a month's volume and fees.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/usage/report`
   */
  report(params?: AdminUsageReportParams, options?: RequestOptions): Promise<UsageReport> {
    return this._client.request('GET', '/v1/admin/usage/report', { query: params, options });
  }

  /**
   * Sets the confirmed volume (and fees) of one client (or all) for a month to 0 and re-arms that month's thresholds:
   * the alerts already raised stay listed, and each threshold can alert once more, under the limit in force; writes an
   * audit entry. `dry_run` only reports. An unknown `client_id` is 404.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `POST /v1/admin/usage/reset`
   */
  reset(params: AdminUsageResetParams, options?: RequestOptions): Promise<UsageResetResult> {
    return this._client.request('POST', '/v1/admin/usage/reset', { body: params, options });
  }

  /**
   * Checks every client's usage for the month (default: current) and records any threshold newly crossed (emitting
   * `usage.threshold_reached`). Idempotent: An alert belongs to (client, month, threshold, limit in force): a threshold
   * alerts at most once per client per month under one limit. A package switch (a new `max_volume`) or a usage reset
   * re-arms every threshold for the limit then in force; test alerts never count.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `POST /v1/admin/usage/check_alerts`
   */
  checkAlerts(params: AdminUsageCheckAlertsParams = {}, options?: RequestOptions): Promise<UsageAlertCheckResult> {
    return this._client.request('POST', '/v1/admin/usage/check_alerts', { body: params, options });
  }

  /**
   * Records and sends a usage alert marked `test: true` for a client and threshold, regardless of its usage, and writes
   * an audit entry (`test_alert_sent`). An unknown `client_id` is 404.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `POST /v1/admin/usage/test_alert`
   */
  testAlert(params: AdminUsageTestAlertParams, options?: RequestOptions): Promise<UsageAlert> {
    return this._client.request('POST', '/v1/admin/usage/test_alert', { body: params, options });
  }
}

/**
 * `client.admin.auditLog`: operator operations (admin credentials only): clients, packages, pricing overrides, usage,
 * audit log.
 */
export class AdminAuditLog extends APIResource {
  /**
   * Admin changes, newest first.
   *
   * Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials (sandbox `pk_test_admin` /
   * `sk_test_admin`); merchant credentials get `403 admin_required`.
   *
   * `GET /v1/admin/audit_log` — `for await` the result for every item on every page.
   */
  list(params?: AdminAuditLogListParams, options?: RequestOptions): PagePromise<AuditEntry> {
    return this._client.getPage('/v1/admin/audit_log', params, options);
  }
}

/**
 * `client.admin`: operator operations (admin credentials only): clients, packages, pricing overrides, usage, audit log.
 */
export class Admin extends APIResource {
  readonly clients: AdminClients = new AdminClients(this._client);
  readonly packages: AdminPackages = new AdminPackages(this._client);
  readonly pricingOverrides: AdminPricingOverrides = new AdminPricingOverrides(this._client);
  readonly usage: AdminUsage = new AdminUsage(this._client);
  readonly auditLog: AdminAuditLog = new AdminAuditLog(this._client);
}
