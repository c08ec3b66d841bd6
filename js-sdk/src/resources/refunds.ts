// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { Refund } from '../types.js';
import type { RefundCreateParams, RefundListParams } from './params.js';

/** `client.refunds`: full and partial refunds of confirmed payments. */
export class Refunds extends APIResource {
  /**
   * Refunds all (default) or part of a `confirmed` or `partially_refunded` payment. The payment becomes `refunded` or
   * `partially_refunded` and the matching event is emitted. The fee is not returned on refunds; the payment's `fee` and
   * `net_amount` stay as they were.
   *
   * `POST /v1/payments/{payment_id}/refunds`
   */
  create(paymentId: string, params: RefundCreateParams = {}, options?: RequestOptions): Promise<Refund> {
    return this._client.request('POST', `/v1/payments/${pathParam('paymentId', paymentId)}/refunds`, {
      body: params,
      options,
    });
  }

  /**
   * Lists the refunds of one payment, newest first.
   *
   * `GET /v1/payments/{payment_id}/refunds` — `for await` the result for every item on every page.
   */
  list(paymentId: string, params?: RefundListParams, options?: RequestOptions): PagePromise<Refund> {
    return this._client.getPage(`/v1/payments/${pathParam('paymentId', paymentId)}/refunds`, params, options);
  }
}
