// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { Event } from '../types.js';
import type { EventListParams, EventResendParams } from './params.js';

/** `client.events`: everything that happened, and webhook delivery of it. */
export class Events extends APIResource {
  /**
   * Lists the client's events, newest first (kept 30 days).
   *
   * `GET /v1/events` — `for await` the result for every item on every page.
   */
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event> {
    return this._client.getPage('/v1/events', params, options);
  }

  /**
   * Returns an event with its delivery attempts.
   *
   * `GET /v1/events/{event_id}`
   */
  retrieve(eventId: string, options?: RequestOptions): Promise<Event> {
    return this._client.request('GET', `/v1/events/${pathParam('eventId', eventId)}`, { options });
  }

  /**
   * Queues a new delivery of the event (same `id`) to one endpoint or to every enabled subscribed endpoint. A
   * `webhook_endpoint_id` that does not exist is 404 `webhook_endpoint_not_found`.
   *
   * `POST /v1/events/{event_id}/resend`
   */
  resend(eventId: string, params: EventResendParams = {}, options?: RequestOptions): Promise<Event> {
    return this._client.request('POST', `/v1/events/${pathParam('eventId', eventId)}/resend`, {
      body: params,
      options,
    });
  }
}
