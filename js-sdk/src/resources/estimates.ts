import type { RequestOptions } from '../core.js';
import type { Estimate, EstimateCreateParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.estimates`. */
export class Estimates extends APIResource {
  /** `POST /v1/estimates` — what a fiat amount costs in a crypto currency right now. */
  create(params: EstimateCreateParams, options?: RequestOptions): Promise<Estimate> {
    return this._client.request('POST', '/v1/estimates', { body: params, options });
  }
}
