import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { Usage as UsageResult, UsageAlert, UsageAlertListParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.usage`: this month's volume against the package limit. */
export class Usage extends APIResource {
  /** `GET /v1/usage`. */
  retrieve(options?: RequestOptions): Promise<UsageResult> {
    return this._client.request('GET', '/v1/usage', { options });
  }

  /** `GET /v1/usage/alerts` — the 80/90/95/100 % alerts raised. */
  listAlerts(params?: UsageAlertListParams, options?: RequestOptions): PagePromise<UsageAlert> {
    return this._client.getPage('/v1/usage/alerts', params, options);
  }
}
