// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import { APIResource } from '../resource.js';
import type { Estimate } from '../types.js';
import type { EstimateCreateParams } from './params.js';

/** `client.estimates`: supported currencies, exchange rates and estimates. */
export class Estimates extends APIResource {
  /**
   * Computes the crypto amount a payment would have now, rounded exactly as a payment would be. Nothing is stored.
   *
   * `POST /v1/estimates`
   */
  create(params: EstimateCreateParams, options?: RequestOptions): Promise<Estimate> {
    return this._client.request('POST', '/v1/estimates', { body: params, options });
  }
}
