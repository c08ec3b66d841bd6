import type { RequestOptions } from '../core.js';
import type { ResponseOf } from '../types.js';
import { APIResource } from './resource.js';

/** `client.health`: the gateway's own status. */
export class Health extends APIResource {
  /** `GET /health` — cheap liveness check (no auth needed), for uptime monitors. */
  check(options?: RequestOptions): Promise<ResponseOf<'getHealth'>> {
    return this._client.request('GET', '/health', { options });
  }

  /** `GET /health/detailed` — status, version, uptime and components. */
  detailed(options?: RequestOptions): Promise<ResponseOf<'getHealthDetailed'>> {
    return this._client.request('GET', '/health/detailed', { options });
  }
}
