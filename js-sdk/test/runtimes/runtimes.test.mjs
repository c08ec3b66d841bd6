// The Node SDK (js-sdk/dist/esm, as `import 'paycrypt'` resolves it) on every
// JavaScript runtime it claims: Node, Deno, Bun and workerd (Cloudflare
// Workers, through Miniflare, with `nodejs_compat`), each running scenario.mjs
// against one real mock gateway started here. The runtimes come from this
// folder's own package-lock.json (npm packages `deno`, `bun`, `miniflare`
// ship their binaries), so js-sdk's install stays lean.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { Miniflare } from 'miniflare';

import { startMock } from '../mock.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = (name) => join(here, 'node_modules', '.bin', name);
// Installed without install scripts (make test-runtimes: npm ci --ignore-scripts), `bun`'s own bin
// is a placeholder that its postinstall would replace; the binary is in its platform package.
function bunBinary() {
  const oven = join(here, 'node_modules', '@oven');
  const found = (existsSync(oven) ? readdirSync(oven) : []).map((name) => join(oven, name, 'bin', 'bun'));
  return found.find((path) => existsSync(path)) ?? bin('bun');
}
const RUNTIMES = {
  node: [process.execPath, 'entry.mjs'],
  deno: [bin('deno'), 'run', '--allow-net', '--allow-env', '--allow-read', '--no-prompt', 'entry.mjs'],
  bun: [bunBinary(), 'entry.mjs'],
};
// Workers: the SDK needs `nodejs_compat` for node:crypto (sync HMAC; see the
// README's runtime table). What else it gets depends on the compatibility date
// and flags; the SDK must work with each: no `process.versions.node` and no
// node:http (fetch chosen up front), both (node:http, which workerd implements
// over fetch), and `process.versions.node` without node:http (falls back to fetch).
const WORKERD_CONFIGS = {
  'workerd 2024-09-23 nodejs_compat (no process.versions.node, no node:http)': ['2024-09-23', []],
  'workerd 2026-04-01 nodejs_compat (process.versions.node and node:http)': ['2026-04-01', []],
  'workerd 2026-04-01 nodejs_compat, disable_nodejs_http_modules': ['2026-04-01', ['disable_nodejs_http_modules']],
};

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Keeps every webhook delivery's raw bytes, per runtime: POST /hooks/<name>, GET /deliveries/<name>. */
function webhookReceiver() {
  const deliveries = new Map();
  return createServer(async (req, res) => {
    const [, kind, name] = req.url.split('/');
    if (req.method === 'POST' && kind === 'hooks') {
      const body = await readBody(req);
      if (!deliveries.has(name)) deliveries.set(name, []);
      deliveries.get(name).push({
        body: body.toString('base64'),
        signature: req.headers['paycrypt-webhook-signature'],
        eventId: req.headers['paycrypt-event-id'],
      });
      res.writeHead(204).end();
    } else if (req.method === 'GET' && kind === 'deliveries') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(deliveries.get(name) ?? []));
    } else {
      res.writeHead(404).end();
    }
  });
}

/**
 * A proxy to the mock that asks it (with its own fault header) for a 503 on
 * the first attempt of each Idempotency-Key, and passes every later attempt
 * through untouched: a real 503 followed by a real success.
 */
function faultOnceProxy(mockURL) {
  const target = new URL(mockURL);
  const seen = new Set();
  return createServer(async (req, res) => {
    const body = await readBody(req);
    const headers = { ...req.headers, host: target.host };
    const key = req.headers['idempotency-key'];
    if (key !== undefined && !seen.has(key)) {
      seen.add(key);
      headers['paycrypt-mock-fault'] = '503';
    }
    const upstream = httpRequest(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers },
      (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  });
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: here, env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function checkReport(report, name) {
  assert.equal(report.runtime, name);
  assert.equal(report.payment.status, 'confirmed');
  assert.deepEqual(report.retried503.attempts, 2);
  assert.equal(report.webhook.verified, true);
  assert.equal(report.webhook.tamperedRejected, 'signature_mismatch');
}

describe('the Node SDK on every JavaScript runtime', { timeout: 120_000 }, () => {
  let mock;
  const servers = [];
  let env;
  before(async () => {
    mock = await startMock(['--webhook-retry-delays', '0.2,0.5,1']);
    const receiver = webhookReceiver();
    const proxy = faultOnceProxy(mock.baseURL);
    servers.push(receiver, proxy);
    env = { baseURL: mock.baseURL, receiverURL: await listen(receiver), faultURL: await listen(proxy) };
  });
  after(async () => {
    for (const server of servers) server.close();
    await mock?.stop();
  });

  for (const [name, [command, ...args]] of Object.entries(RUNTIMES)) {
    test(name, async () => {
      const { code, stdout, stderr } = await run(command, [...args, JSON.stringify({ ...env, runtime: name })]);
      assert.equal(code, 0, `${name} exited ${code}\n${stderr}${stdout}`);
      checkReport(JSON.parse(stdout.trim().split('\n').pop()), name);
    });
  }

  for (const [label, [compatibilityDate, flags]] of Object.entries(WORKERD_CONFIGS)) {
    test(label, async () => {
      const name = ['workerd', compatibilityDate, ...flags].join('-');
      const mf = new Miniflare({
        scriptPath: join(here, 'worker.mjs'),
        modules: true,
        modulesRoot: join(here, '..', '..'),
        compatibilityDate,
        compatibilityFlags: ['nodejs_compat', ...flags],
        modulesRules: [{ type: 'ESModule', include: ['**/*.js', '**/*.mjs'] }],
      });
      try {
        const res = await mf.dispatchFetch('http://worker/', { method: 'POST', body: JSON.stringify({ ...env, runtime: name }) });
        const text = await res.text();
        assert.equal(res.status, 200, text);
        checkReport(JSON.parse(text), name);
      } finally {
        await mf.dispose();
      }
    });
  }
});
