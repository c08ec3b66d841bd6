import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type { Event, EventListParams, EventResendParams } from '../types.js';
import { APIResource } from './resource.js';

/** `client.events`: everything that happened, as sent to webhooks. */
export class Events extends APIResource {
  /** `GET /v1/events`. */
  list(params?: EventListParams, options?: RequestOptions): PagePromise<Event> {
    return this._client.getPage('/v1/events', params, options);
  }

  /** `GET /v1/events/{event_id}`. */
  retrieve(eventId: string, options?: RequestOptions): Promise<Event> {
    return this._client.request('GET', `/v1/events/${pathParam('eventId', eventId)}`, { options });
  }

  /** `POST /v1/events/{event_id}/resend` — deliver it again. */
  resend(eventId: string, params: EventResendParams = {}, options?: RequestOptions): Promise<Event> {
    return this._client.request('POST', `/v1/events/${pathParam('eventId', eventId)}/resend`, {
      body: params,
      options,
    });
  }
}
