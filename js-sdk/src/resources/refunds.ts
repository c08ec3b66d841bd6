import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { Refund, RefundCreateParams, RefundListParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.refunds`: refunds of a confirmed payment. */
export class Refunds extends APIResource {
  /** `POST /v1/payments/{payment_id}/refunds` — omit `amount` to refund the rest. */
  create(paymentId: string, params: RefundCreateParams = {}, options?: RequestOptions): Promise<Refund> {
    return this._client.request('POST', `/v1/payments/${pathParam('paymentId', paymentId)}/refunds`, {
      body: params,
      options,
    });
  }

  /** `GET /v1/payments/{payment_id}/refunds`. */
  list(paymentId: string, params?: RefundListParams, options?: RequestOptions): PagePromise<Refund> {
    return this._client.getPage(`/v1/payments/${pathParam('paymentId', paymentId)}/refunds`, params, options);
  }
}
