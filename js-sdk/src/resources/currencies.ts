import type { RequestOptions } from '../core.js';
import type { CurrencyList } from '../types.js';
import { APIResource } from './resource.js';

/** `client.currencies`. */
export class Currencies extends APIResource {
  /** `GET /v1/currencies` — every supported currency (one response, not paginated). */
  list(options?: RequestOptions): Promise<CurrencyList> {
    return this._client.request('GET', '/v1/currencies', { options });
  }
}
