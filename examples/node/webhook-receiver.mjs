// A webhook receiver on plain node:http: verify the signature over the RAW body, then handle the event.
//   PAYCRYPT_WEBHOOK_SECRET=whsec_... node examples/node/webhook-receiver.mjs [PORT]
import http from 'node:http';
import { webhooks } from '../../js-sdk/dist/esm/index.js';

const port = Number(process.argv[2] ?? 4242);
const seen = new Set(); // at-least-once delivery: dedupe on event.id

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/paycrypt') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const raw = Buffer.concat(chunks); // the exact bytes that were signed
    let event;
    try {
      event = webhooks.verify(raw, req.headers['paycrypt-webhook-signature'], process.env.PAYCRYPT_WEBHOOK_SECRET);
    } catch (err) {
      console.log(`rejected: ${err.reason ?? err.message}`);
      res.writeHead(400).end();
      return;
    }
    if (!seen.has(event.id)) {
      seen.add(event.id);
      console.log(`verified ${event.id} ${event.type} ${event.data.object.id ?? ''}`.trimEnd());
    }
    res.writeHead(200).end();
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/webhooks/paycrypt`);
});
