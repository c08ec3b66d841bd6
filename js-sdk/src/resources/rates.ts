// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import { APIResource } from '../resource.js';
import type { RateList } from '../types.js';
import type { RateListParams } from './params.js';

/** `client.rates`: supported currencies, exchange rates and estimates. */
export class Rates extends APIResource {
  /**
   * Price of one unit of each supported crypto currency in the given fiat currency.
   *
   * `GET /v1/rates`
   */
  list(params?: RateListParams, options?: RequestOptions): Promise<RateList> {
    return this._client.request('GET', '/v1/rates', { query: params, options });
  }
}
