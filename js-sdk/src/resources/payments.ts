// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { Payment } from '../types.js';
import type { PaymentCreateParams, PaymentListParams } from './params.js';

/** `client.payments`: payments priced in fiat and paid in crypto, and their state machine. */
export class Payments extends APIResource {
  /**
   * Creates a `pending` payment priced in `currency` and payable in `pay_currency` at the current rate (fixed until
   * `expires_at`, 15 minutes in the sandbox). Emits `payment.created`. Send the customer to `hosted_url` or show them
   * `pay_address` and `pay_amount`.
   *
   * `POST /v1/payments`
   */
  create(params: PaymentCreateParams, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', '/v1/payments', { body: params, options });
  }

  /**
   * Lists the client's payments, newest first, optionally filtered.
   *
   * `GET /v1/payments` — `for await` the result for every item on every page.
   */
  list(params?: PaymentListParams, options?: RequestOptions): PagePromise<Payment> {
    return this._client.getPage('/v1/payments', params, options);
  }

  /**
   * Returns a payment with its current state.
   *
   * `GET /v1/payments/{payment_id}`
   */
  retrieve(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('GET', `/v1/payments/${pathParam('paymentId', paymentId)}`, { options });
  }

  /**
   * Cancels a `pending` payment (emits `payment.canceled`). Takes no body. Any other state is `409
   * payment_not_cancelable`.
   *
   * `POST /v1/payments/{payment_id}/cancel`
   */
  cancel(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `/v1/payments/${pathParam('paymentId', paymentId)}/cancel`, { options });
  }
}
