// Generated from openapi.yaml by make generate — do not edit.
import { pathParam, type RequestOptions } from '../core.js';
import type { PagePromise } from '../pagination.js';
import { APIResource } from '../resource.js';
import type { DeletedWebhookEndpoint, Event, WebhookEndpoint } from '../types.js';
import type {
  WebhookEndpointCreateParams,
  WebhookEndpointListParams,
  WebhookEndpointRotateSecretParams,
  WebhookEndpointUpdateParams,
} from './params.js';

/** `client.webhookEndpoints`: URLs that receive signed event deliveries, and their secrets. */
export class WebhookEndpoints extends APIResource {
  /**
   * Registers a URL for signed event deliveries. The response includes the signing `secret`, the only time it is shown.
   * A URL whose host is an unspecified, link-local, multicast or cloud-metadata address (`0.0.0.0`, `::`,
   * `169.254.0.0/16`, `fe80::/10`, IPv4-mapped forms such as `::ffff:169.254.169.254`) is refused with 422
   * `webhook_url_forbidden` (`errors[].field` = `url`); a name that resolves to one is refused at each delivery (the
   * attempt's `error` says so). Loopback and private addresses are allowed.
   *
   * `POST /v1/webhook_endpoints`
   */
  create(params: WebhookEndpointCreateParams, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._client.request('POST', '/v1/webhook_endpoints', { body: params, options });
  }

  /**
   * Lists the client's webhook endpoints (without secrets), newest first.
   *
   * `GET /v1/webhook_endpoints` — `for await` the result for every item on every page.
   */
  list(params?: WebhookEndpointListParams, options?: RequestOptions): PagePromise<WebhookEndpoint> {
    return this._client.getPage('/v1/webhook_endpoints', params, options);
  }

  /**
   * Returns a webhook endpoint. The secret is not returned, only `secret_hint`.
   *
   * `GET /v1/webhook_endpoints/{webhook_endpoint_id}`
   */
  retrieve(webhookEndpointId: string, options?: RequestOptions): Promise<WebhookEndpoint> {
    return this._client.request('GET', `/v1/webhook_endpoints/${pathParam('webhookEndpointId', webhookEndpointId)}`, {
      options,
    });
  }

  /**
   * Changes the given fields (at least one). The secret is unchanged and not returned. A new `url` follows the same
   * address rule as on creation (422 `webhook_url_forbidden`).
   *
   * `PATCH /v1/webhook_endpoints/{webhook_endpoint_id}`
   */
  update(
    webhookEndpointId: string,
    params: WebhookEndpointUpdateParams,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return this._client.request('PATCH', `/v1/webhook_endpoints/${pathParam('webhookEndpointId', webhookEndpointId)}`, {
      body: params,
      options,
    });
  }

  /**
   * Deletes the endpoint; pending retries to it are dropped.
   *
   * `DELETE /v1/webhook_endpoints/{webhook_endpoint_id}`
   */
  delete(webhookEndpointId: string, options?: RequestOptions): Promise<DeletedWebhookEndpoint> {
    return this._client.request(
      'DELETE',
      `/v1/webhook_endpoints/${pathParam('webhookEndpointId', webhookEndpointId)}`,
      { options },
    );
  }

  /**
   * Generates a new signing secret and returns it (only this once). With `expire_previous_after_seconds` > 0 the
   * previous secret stays valid that long, and deliveries carry both `v1=` signatures meanwhile.
   *
   * `POST /v1/webhook_endpoints/{webhook_endpoint_id}/rotate_secret`
   */
  rotateSecret(
    webhookEndpointId: string,
    params: WebhookEndpointRotateSecretParams = {},
    options?: RequestOptions,
  ): Promise<WebhookEndpoint> {
    return this._client.request(
      'POST',
      `/v1/webhook_endpoints/${pathParam('webhookEndpointId', webhookEndpointId)}/rotate_secret`,
      { body: params, options },
    );
  }

  /**
   * Creates a `webhook_endpoint.test` event (data.object: the endpoint) and delivers it to this endpoint only,
   * asynchronously, even if it is not subscribed to that type. Takes no body.
   *
   * `POST /v1/webhook_endpoints/{webhook_endpoint_id}/test`
   */
  test(webhookEndpointId: string, options?: RequestOptions): Promise<Event> {
    return this._client.request(
      'POST',
      `/v1/webhook_endpoints/${pathParam('webhookEndpointId', webhookEndpointId)}/test`,
      { options },
    );
  }
}
