// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { UsageAlert, Usage as UsageResult } from '../types.js';
import type { UsageListAlertsParams } from './params.js';

/** `client.usage`: monthly volume against the package limit, and usage alerts at 80/90/95/100 %. */
export class Usage extends APIResource {
  /**
   * The client's confirmed volume this calendar month (UTC) against its package limit.
   *
   * `GET /v1/usage`
   */
  retrieve(options?: RequestOptions): Promise<UsageResult> {
    return this._client.request('GET', '/v1/usage', { options });
  }

  /**
   * The client's usage alerts for one month (default: the current month), newest first.
   *
   * `GET /v1/usage/alerts` — `for await` the result for every item on every page.
   */
  listAlerts(params?: UsageListAlertsParams, options?: RequestOptions): PagePromise<UsageAlert> {
    return this._client.getPage('/v1/usage/alerts', params, options);
  }
}
