// Generated from openapi.yaml by make generate — do not edit.
import type { RequestOptions } from '../core.js';
import { APIResource } from '../resource.js';
import type { HealthDetailed, HealthStatus } from '../types.js';

/** `client.health`: liveness and detailed health of the gateway. */
export class Health extends APIResource {
  /**
   * Cheap unauthenticated liveness probe for uptime monitors. Always `{"status": "ok"}` when the service answers.
   *
   * `GET /health`
   */
  check(options?: RequestOptions): Promise<HealthStatus> {
    return this._client.request('GET', '/health', { options });
  }

  /**
   * Signed. Version, uptime and the state of each component (database, rates, webhook delivery). Answers 200 with
   * `status: degraded|down` rather than an error when a component is unhealthy.
   *
   * `GET /health/detailed`
   */
  detailed(options?: RequestOptions): Promise<HealthDetailed> {
    return this._client.request('GET', '/health/detailed', { options });
  }
}
