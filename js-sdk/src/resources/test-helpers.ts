import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { Email, Payment, TestHelperEmailListParams, TestHelperPayParams } from '../types.js';
import { APIResource } from './resource.js';

const base = (id: string): string => `/v1/test_helpers/payments/${pathParam('paymentId', id)}`;

/** `client.testHelpers.payments` (sandbox only): play the customer. */
export class TestHelperPayments extends APIResource {
  /**
   * `POST …/pay` — `amount` defaults to exactly `pay_amount` (less → `underpaid`,
   * more → overpaid); `confirm: false` leaves it `confirming` until {@link confirm}.
   */
  pay(paymentId: string, params: TestHelperPayParams = {}, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `${base(paymentId)}/pay`, { body: params, options });
  }

  /** `POST …/confirm` — confirm a `confirming` payment. */
  confirm(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `${base(paymentId)}/confirm`, { options });
  }

  /** `POST …/expire` — advance a `pending` payment past `expires_at`. */
  expire(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `${base(paymentId)}/expire`, { options });
  }
}

/** `client.testHelpers.emails` (sandbox only): the outbox of e-mails the sandbox sent (usage alerts). */
export class TestHelperEmails extends APIResource {
  /** `GET /v1/test_helpers/emails` — newest first; `alert_id` narrows it to one alert's e-mail. */
  list(params?: TestHelperEmailListParams, options?: RequestOptions): PagePromise<Email> {
    return this._client.getPage('/v1/test_helpers/emails', params, options);
  }

  /** `GET /v1/test_helpers/emails/{email_id}`. */
  retrieve(emailId: string, options?: RequestOptions): Promise<Email> {
    return this._client.request('GET', `/v1/test_helpers/emails/${pathParam('emailId', emailId)}`, { options });
  }
}

/** `client.testHelpers`. */
export class TestHelpers extends APIResource {
  readonly payments: TestHelperPayments = new TestHelperPayments(this._client);
  readonly emails: TestHelperEmails = new TestHelperEmails(this._client);
}
