// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import { APIResource } from '../resource.js';
import type { CurrencyList } from '../types.js';

/** `client.currencies`: supported currencies, exchange rates and estimates. */
export class Currencies extends APIResource {
  /**
   * All supported fiat and crypto currencies with their decimals, network and minimum amount.
   *
   * `GET /v1/currencies`
   */
  list(options?: RequestOptions): Promise<CurrencyList> {
    return this._client.request('GET', '/v1/currencies', { options });
  }
}
