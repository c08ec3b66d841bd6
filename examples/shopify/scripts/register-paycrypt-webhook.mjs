// Register this service's PayCrypt webhook endpoint and print its secret (shown once).
//
//   node --env-file=.env scripts/register-paycrypt-webhook.mjs https://<your-tunnel>/webhooks/paycrypt
//
// Put the printed secret in PAYCRYPT_WEBHOOK_SECRET and restart the service.
import { PayCrypt } from 'paycrypt';

const url = process.argv[2];
if (!url) {
  console.error('usage: register-paycrypt-webhook.mjs <public URL of /webhooks/paycrypt> [event ...]');
  process.exit(2);
}
// Unknown event types are the API's to refuse (422), so the list is passed through as typed.
const events = /** @type {import('paycrypt').EventTypeSelector[]} */ (process.argv.slice(3));
const client = new PayCrypt(); // PAYCRYPT_API_KEY, PAYCRYPT_API_SECRET, PAYCRYPT_BASE_URL from the environment
const endpoint = await client.webhookEndpoints.create({
  url,
  events: events.length > 0 ? events : ['payment.confirmed'],
});
console.log(`webhook endpoint ${endpoint.id} → ${endpoint.url} (${endpoint.events.join(', ')})`);
console.log(`PAYCRYPT_WEBHOOK_SECRET=${endpoint.secret}`);
