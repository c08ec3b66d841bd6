import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import type {
  DeletedWebhookEndpoint,
  Event,
  WebhookEndpoint,
  WebhookEndpointCreateParams,
  WebhookEndpointListParams,
  WebhookEndpointRotateSecretParams,
  WebhookEndpointUpdateParams,
} from '../types.js';
import { APIResource } from './resource.js';

const base = (id: string): string => `/v1/webhook_endpoints/${pathParam('webhookEndpointId', id)}`;

/** `client.webhookEndpoints`: where PayCrypt sends signed events. */
export class WebhookEndpoints extends APIResource {
  /** `POST /v1/webhook_endpoints` — the result carries `secret` (this once). */
  create(params: WebhookEndpointCreateParams, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._client.request('POST', '/v1/webhook_endpoints', { body: params, options });
  }

  /** `GET /v1/webhook_endpoints`. */
  list(params?: WebhookEndpointListParams, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._client.getPage('/v1/webhook_endpoints', params, options);
  }

  /** `GET /v1/webhook_endpoints/{webhook_endpoint_id}`. */
  retrieve(webhookEndpointId: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._client.request('GET', base(webhookEndpointId), { options });
  }

  /** `PATCH /v1/webhook_endpoints/{webhook_endpoint_id}`. */
  update(
    webhookEndpointId: string,
    params: WebhookEndpointUpdateParams,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return this._client.request('PATCH', base(webhookEndpointId), { body: params, options });
  }

  /** `DELETE /v1/webhook_endpoints/{webhook_endpoint_id}`. */
  delete(webhookEndpointId: string, options?: RequestOptions): Promise<DeletedWebhookEndpoint> {
    return this._client.request('DELETE', base(webhookEndpointId), { options });
  }

  /** `POST …/rotate_secret` — a new `secret`; the old one keeps working for `expire_previous_after_seconds`. */
  rotateSecret(
    webhookEndpointId: string,
    params: WebhookEndpointRotateSecretParams = {},
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return this._client.request('POST', `${base(webhookEndpointId)}/rotate_secret`, { body: params, options });
  }

  /** `POST …/test` — send a `webhook_endpoint.test` event to this endpoint. */
  test(webhookEndpointId: string, options?: RequestOptions): Promise<Event> {
    return this._client.request('POST', `${base(webhookEndpointId)}/test`, { options });
  }
}
