// The default transport's keep-alive sockets: reused while busy, and closed by
// the client once idle for 3–4 s (a sweep once a second), before common
// servers' 5 s keep-alive timeout can close one under a new request. The
// server here keeps idle sockets for 60 s, so any close is the client's.
// (About 4 s of waiting, while the other test files run.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { PAYMENT, makeClient, startServer } from './helpers.mjs';

let server;
const sockets = [];
before(async () => {
  server = await startServer(() => ({ status: 200, body: PAYMENT }));
  server.server.keepAliveTimeout = 60_000;
  server.server.on('connection', (socket) => {
    const entry = { closedAt: undefined };
    sockets.push(entry);
    socket.on('close', () => (entry.closedAt = Date.now()));
  });
});
after(() => server.close());

test('one socket for sequential calls; closed by the client after 3–4 s idle; a later call opens a new one', async () => {
  const client = makeClient(server.url);
  for (let i = 0; i < 5; i++) await client.payments.retrieve(PAYMENT.id);
  assert.equal(sockets.length, 1);
  const idleFrom = Date.now();
  while (sockets[0].closedAt === undefined && Date.now() - idleFrom < 10_000) await new Promise((r) => setTimeout(r, 50));
  assert.ok(sockets[0].closedAt !== undefined, 'the idle socket was not closed within 10 s');
  // Timers may fire late on a loaded machine, never early.
  assert.ok(sockets[0].closedAt - idleFrom >= 2_900, `closed after ${sockets[0].closedAt - idleFrom} ms idle`);
  await client.payments.retrieve(PAYMENT.id);
  assert.equal(sockets.length, 2);
  client.close();
});
