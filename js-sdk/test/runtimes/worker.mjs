// The scenario as a Cloudflare Worker (run by workerd through Miniflare): POST
// the env as JSON, get the report back, or a 500 with the failure.
import * as sdk from '../../dist/esm/index.js';
import { scenario } from './scenario.mjs';

export default {
  async fetch(request) {
    try {
      return Response.json(await scenario(sdk, await request.json()));
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
