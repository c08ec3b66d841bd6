// Shared test helpers: a real local node:http server that records every
// request (exact body bytes included) and answers from a script, and a
// client factory with instant retry sleeps.
import { createServer } from 'node:http';
import { once } from 'node:events';

import assert from 'node:assert/strict';

import { PayCrypt, verifyRequestSignature } from '../dist/esm/index.js';

export const API_KEY = 'pk_test_unit';
export const API_SECRET = 'sk_test_SUPER_SECRET_unit_9d1f';

/**
 * Start a server. `respond(record, index)` returns `{status, headers, body}`
 * (body: object → JSON, string as is), or `'drop'` to destroy the socket, or
 * `{delay, ...}` to answer late.
 */
export async function startServer(respond = () => ({ status: 200, body: {} })) {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const url = new URL(req.url, 'http://x');
      const record = {
        method: req.method,
        rawUrl: req.url,
        path: url.pathname,
        query: req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '',
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      };
      requests.push(record);
      let answer = await respond(record, requests.length - 1);
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      if (answer.delay) await new Promise((r) => setTimeout(r, answer.delay));
      if (res.destroyed) return;
      const body = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const isProblem = (answer.status ?? 200) >= 400;
      res.writeHead(answer.status ?? 200, {
        'Content-Type': isProblem ? 'application/problem+json' : 'application/json',
        'PayCrypt-Request-Id': answer.requestId ?? `req_${String(requests.length).padStart(24, '0')}`,
        ...answer.headers,
      });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 5000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    server,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** A client against `baseURL` whose retry waits are instant (delays still reported to onRetry). */
export function makeClient(baseURL, options = {}) {
  const client = new PayCrypt({ apiKey: API_KEY, apiSecret: API_SECRET, baseURL, ...options });
  client._realSleep = client._sleep;
  client._sleep = async () => {};
  return client;
}

export function problem(status, code, extra = {}) {
  return {
    status,
    body: { type: `https://docs.paycrypt.example/errors/${code}`, title: code.replace(/_/g, ' '), status, code, ...extra },
  };
}

export const PAYMENT = {
  id: 'pay_3f9a1c7e5b2d4a6c8e0f1a2b',
  object: 'payment',
  status: 'pending',
  amount: '49.99',
  currency: 'USD',
  pay_currency: 'BTC',
};

/** Check the request the server saw is signed correctly over its exact bytes. */
export function assertSigned(record, secret = API_SECRET) {
  const h = record.headers;
  assert.equal(h['paycrypt-key'], API_KEY);
  assert.match(h['paycrypt-timestamp'], /^[0-9]+$/);
  assert.match(h['paycrypt-nonce'], /^[0-9a-f]{32}$/);
  assert.match(h['paycrypt-signature'], /^v1=[0-9a-f]{64}$/);
  const ok = verifyRequestSignature(secret, h['paycrypt-signature'], {
    method: record.method,
    path: record.path,
    query: record.query,
    timestamp: h['paycrypt-timestamp'],
    nonce: h['paycrypt-nonce'],
    body: record.body,
  });
  assert.ok(ok, `signature does not verify for ${record.method} ${record.rawUrl}`);
  assert.ok(Math.abs(Number(h['paycrypt-timestamp']) - Date.now() / 1000) < 5);
}

