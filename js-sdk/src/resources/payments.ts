import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { Payment, PaymentCreateParams, PaymentListParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.payments`: create, list, retrieve and cancel payments. */
export class Payments extends APIResource {
  /**
   * `POST /v1/payments`. Money is a decimal string.
   *
   * ```ts
   * const payment = await client.payments.create({ amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'order_1042' });
   * ```
   */
  create(params: PaymentCreateParams, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', '/v1/payments', { body: params, options });
  }

  /** `GET /v1/payments`, newest first; `for await` the result for every payment. */
  list(params?: PaymentListParams, options?: RequestOptions): PagePromise<Payment> {
    return this._client.getPage('/v1/payments', params, options);
  }

  /** `GET /v1/payments/{payment_id}`. */
  retrieve(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('GET', `/v1/payments/${pathParam('paymentId', paymentId)}`, { options });
  }

  /** `POST /v1/payments/{payment_id}/cancel` — only a `pending` payment can be canceled. */
  cancel(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `/v1/payments/${pathParam('paymentId', paymentId)}/cancel`, { options });
  }
}
