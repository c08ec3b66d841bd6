// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import { APIResource } from '../resource.js';
import type { Account as AccountResult } from '../types.js';

/** `client.account`: the authenticated merchant account. */
export class Account extends APIResource {
  /**
   * The authenticated client's account: package and any active pricing override.
   *
   * `GET /v1/account`
   */
  retrieve(options?: RequestOptions): Promise<AccountResult> {
    return this._client.request('GET', '/v1/account', { options });
  }
}
