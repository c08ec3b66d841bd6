// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { Email, Payment } from '../types.js';
import type { TestHelpersEmailListParams, TestHelpersPaymentPayParams } from './params.js';

/**
 * `client.testHelpers.payments`: sandbox-only simulation of customer payments and the payment clock, and the outbox of
 * e-mails the sandbox sent.
 */
export class TestHelpersPayments extends APIResource {
  /**
   * Simulates an on-chain payment to a `pending` or `underpaid` payment. Default amount: exactly what is outstanding →
   * `confirmed` (or `confirming` with `confirm: false`). Less → `underpaid`; more → `overpaid_amount` is set. Events
   * are emitted for each state change.
   *
   * Sandbox only (test mode keys); live keys get `403 test_mode_only`.
   *
   * `POST /v1/test_helpers/payments/{payment_id}/pay`
   */
  pay(paymentId: string, params: TestHelpersPaymentPayParams = {}, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `/v1/test_helpers/payments/${pathParam('paymentId', paymentId)}/pay`, {
      body: params,
      options,
    });
  }

  /**
   * Moves a `confirming` payment to `confirmed` (emits `payment.confirmed`). Takes no body.
   *
   * Sandbox only (test mode keys); live keys get `403 test_mode_only`.
   *
   * `POST /v1/test_helpers/payments/{payment_id}/confirm`
   */
  confirm(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `/v1/test_helpers/payments/${pathParam('paymentId', paymentId)}/confirm`, {
      options,
    });
  }

  /**
   * Advances the clock of a `pending` or `underpaid` payment past `expires_at`: it becomes `expired` (emits
   * `payment.expired`). Takes no body.
   *
   * Sandbox only (test mode keys); live keys get `403 test_mode_only`.
   *
   * `POST /v1/test_helpers/payments/{payment_id}/expire`
   */
  expire(paymentId: string, options?: RequestOptions): Promise<Payment> {
    return this._client.request('POST', `/v1/test_helpers/payments/${pathParam('paymentId', paymentId)}/expire`, {
      options,
    });
  }
}

/**
 * `client.testHelpers.emails`: sandbox-only simulation of customer payments and the payment clock, and the outbox of
 * e-mails the sandbox sent.
 */
export class TestHelpersEmails extends APIResource {
  /**
   * The sandbox outbox: the e-mails the gateway sent to the authenticated client (today: one per usage alert, test
   * alerts included, rendered as HTML with a plain-text part), newest first. Nothing leaves the sandbox; read them
   * here. The alert records `email_sent: true`.
   *
   * Sandbox only (test mode keys); live keys get `403 test_mode_only`.
   *
   * `GET /v1/test_helpers/emails` — `for await` the result for every item on every page.
   */
  list(params?: TestHelpersEmailListParams, options?: RequestOptions): PagePromise<Email> {
    return this._client.getPage('/v1/test_helpers/emails', params, options);
  }

  /**
   * One e-mail from the sandbox outbox, with its HTML and plain-text parts.
   *
   * Sandbox only (test mode keys); live keys get `403 test_mode_only`.
   *
   * `GET /v1/test_helpers/emails/{email_id}`
   */
  retrieve(emailId: string, options?: RequestOptions): Promise<Email> {
    return this._client.request('GET', `/v1/test_helpers/emails/${pathParam('emailId', emailId)}`, { options });
  }
}

/**
 * `client.testHelpers`: sandbox-only simulation of customer payments and the payment clock, and the outbox of e-mails
 * the sandbox sent.
 */
export class TestHelpers extends APIResource {
  readonly payments: TestHelpersPayments = new TestHelpersPayments(this._client);
  readonly emails: TestHelpersEmails = new TestHelpersEmails(this._client);
}
