import type { APIClient } from './core.js';

/** A group of methods (`client.payments`, `client.admin.clients`, …) sharing the client. */
export class APIResource {
  protected readonly _client: APIClient;

  constructor(client: APIClient) {
    this._client = client;
  }
}
