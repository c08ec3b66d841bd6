import type { RequestOptions } from '../core.js';
import type { RateList, RateListParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.rates`. */
export class Rates extends APIResource {
  /** `GET /v1/rates` — crypto prices in one fiat currency (one response, not paginated). */
  list(params?: RateListParams, options?: RequestOptions): Promise<RateList> {
    return this._client.request('GET', '/v1/rates', { query: params, options });
  }
}
