import type { RequestOptions } from '../core.js';
import type { Account as AccountResult } from '../types.js';
import { APIResource } from './resource.js';

/** `client.account`. */
export class Account extends APIResource {
  /** `GET /v1/account` — the merchant account these credentials belong to. */
  retrieve(options?: RequestOptions): Promise<AccountResult> {
    return this._client.request('GET', '/v1/account', { options });
  }
}
