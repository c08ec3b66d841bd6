// `make bench` (npm run bench): what the SDK costs per call over a raw,
// hand-signed request to the same local server, through both transports;
// `require('paycrypt')` time beside bare `node -e 0`; the packed size.
//
//   node bench/bench.mjs [--calls N] [--no-mock] [--write-readme]
//
// Servers: a tiny fixed-response node:http server in a child process (a clean
// transport comparison) and, unless --no-mock, the real mock gateway (where
// the Python server dominates). Each case runs in interleaved rounds; the
// table shows the median per-call time of the best round. Prints a Markdown
// table (pasted into README.md).
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PayCrypt, newNonce, signRequest } from '../dist/esm/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const CALLS = Number(args[args.indexOf('--calls') + 1]) || 2000;
const ROUNDS = 3;
const KEY = 'pk_test_demo';
const SECRET = 'sk_test_demo';
const PARAMS = { amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'bench' };

// --- the fixed-response server (child process) ------------------------------------

if (process.argv[2] === '--serve') {
  const payment = JSON.stringify({ id: 'pay_3f9a1c7e5b2d4a6c8e0f1a2b', object: 'payment', status: 'pending', ...PARAMS });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, {
        'Content-Type': 'application/json',
        'PayCrypt-Request-Id': 'req_000000000000000000000000',
        'Content-Length': Buffer.byteLength(payment),
      });
      res.end(payment);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
} else {
  await main();
}

function startFixedServer() {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
    child.once('message', (port) => resolve({ baseURL: `http://127.0.0.1:${port}`, stop: () => child.kill() }));
  });
}

// --- raw baselines: the same signing and JSON, no SDK ------------------------------

function rawHeaders(method, path, body) {
  const timestamp = Math.floor(Date.now() / 1000);
  const nonce = newNonce();
  const headers = {
    Accept: 'application/json',
    'PayCrypt-Key': KEY,
    'PayCrypt-Timestamp': String(timestamp),
    'PayCrypt-Nonce': nonce,
    'PayCrypt-Signature': signRequest(SECRET, { method, path, query: '', timestamp, nonce, body: body ?? '' }),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = randomUUID();
  return headers;
}

function rawNode(baseURL) {
  const url = new URL(baseURL);
  const agent = new http.Agent({ keepAlive: true });
  return (method, path, params) =>
    new Promise((resolve, reject) => {
      const body = params === undefined ? undefined : Buffer.from(JSON.stringify(params));
      const headers = rawHeaders(method, path, body);
      if (body) headers['Content-Length'] = body.length;
      const req = http.request({ hostname: url.hostname, port: url.port, path, method, headers, agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', reject);
      req.end(body);
    });
}

function rawFetch(baseURL) {
  return async (method, path, params) => {
    const body = params === undefined ? undefined : new TextEncoder().encode(JSON.stringify(params));
    const res = await fetch(baseURL + path, { method, headers: rawHeaders(method, path, body), body });
    return JSON.parse(await res.text());
  };
}

// --- measuring ----------------------------------------------------------------------

/**
 * SDK and raw calls alternate (order flipped each time) so both see the same
 * machine noise; per-call medians, best of ROUNDS rounds.
 */
async function compare(label, { sdk, raw }, calls) {
  for (let i = 0; i < Math.min(300, calls); i++) {
    await sdk();
    await raw();
  }
  const best = { sdk: Infinity, raw: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    const times = { sdk: new Float64Array(calls), raw: new Float64Array(calls) };
    for (let i = 0; i < calls; i++) {
      for (const name of i % 2 ? ['sdk', 'raw'] : ['raw', 'sdk']) {
        const t0 = process.hrtime.bigint();
        await (name === 'sdk' ? sdk() : raw());
        times[name][i] = Number(process.hrtime.bigint() - t0) / 1e3;
      }
    }
    for (const name of ['sdk', 'raw']) {
      times[name].sort();
      best[name] = Math.min(best[name], times[name][Math.floor(calls / 2)]);
    }
  }
  return { label, ...best };
}

async function benchServer(name, baseURL, calls) {
  const sdkNode = new PayCrypt({ apiKey: KEY, apiSecret: SECRET, baseURL });
  const sdkFetch = new PayCrypt({ apiKey: KEY, apiSecret: SECRET, baseURL, fetch: globalThis.fetch });
  const node = rawNode(baseURL);
  const viaFetch = rawFetch(baseURL);
  const created = await sdkNode.payments.create(PARAMS);
  const path = `/v1/payments/${created.id}`;
  const rows = [];
  rows.push(await compare(`${name}: payments.create, node:http`, {
    sdk: () => sdkNode.payments.create(PARAMS),
    raw: () => node('POST', '/v1/payments', PARAMS),
  }, calls));
  rows.push(await compare(`${name}: payments.retrieve, node:http`, {
    sdk: () => sdkNode.payments.retrieve(created.id),
    raw: () => node('GET', path),
  }, calls));
  rows.push(await compare(`${name}: payments.create, fetch`, {
    sdk: () => sdkFetch.payments.create(PARAMS),
    raw: () => viaFetch('POST', '/v1/payments', PARAMS),
  }, calls));
  rows.push(await compare(`${name}: payments.retrieve, fetch`, {
    sdk: () => sdkFetch.payments.retrieve(created.id),
    raw: () => viaFetch('GET', path),
  }, calls));
  sdkNode.close();
  return rows;
}

/** Start-up times, runs interleaved across the snippets; the minimum of each (least noise). */
function startupMs(snippets, runs = 20) {
  const times = snippets.map(() => []);
  for (let i = 0; i < runs; i++) {
    snippets.forEach((code, j) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-e', code], { cwd: root });
      if (r.status !== 0) throw new Error(`node -e ${code} failed: ${r.stderr}`);
      times[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map((t) => Math.min(...t));
}

async function main() {
  const rows = [];
  const fixed = await startFixedServer();
  try {
    rows.push(...(await benchServer('fixed-response server', fixed.baseURL, CALLS)));
  } finally {
    fixed.stop();
  }
  if (!args.includes('--no-mock')) {
    const { startMock } = await import('../test/mock.mjs');
    let mock;
    try {
      mock = await startMock();
      rows.push(...(await benchServer('mock gateway', mock.baseURL, Math.max(100, Math.floor(CALLS / 4)))));
    } catch (err) {
      console.error(`(mock gateway skipped: ${err.message.split('\n')[0]})`);
    } finally {
      await mock?.stop();
    }
  }

  const [bare, cjs, esm] = startupMs(['0', "require('paycrypt')", "import('paycrypt')"]);
  const pack = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0];

  const us = (v) => `${v.toFixed(0)} µs`;
  const lines = [];
  lines.push(`Node ${process.version}, ${CALLS} calls per round against the fixed server (${Math.max(100, Math.floor(CALLS / 4))} against the mock); SDK and raw calls alternate; median of the best of ${ROUNDS} rounds. Start-up: fastest of 20 runs.`);
  lines.push('');
  lines.push('| case | SDK | raw (same HMAC) | SDK / raw |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const r of rows) lines.push(`| ${r.label} | ${us(r.sdk)} | ${us(r.raw)} | ${(r.sdk / r.raw).toFixed(2)}× |`);
  lines.push('');
  lines.push('| start-up and size | |');
  lines.push('| --- | ---: |');
  lines.push(`| \`node -e 0\` | ${bare.toFixed(1)} ms |`);
  lines.push(`| \`node -e "require('paycrypt')"\` | ${cjs.toFixed(1)} ms (+${(cjs - bare).toFixed(1)} ms) |`);
  lines.push(`| \`node -e "import('paycrypt')"\` | ${esm.toFixed(1)} ms (+${(esm - bare).toFixed(1)} ms) |`);
  lines.push(`| packed tarball | ${(pack.size / 1024).toFixed(1)} kB (${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked, ${pack.entryCount} files) |`);
  const table = lines.join('\n');
  console.log('\n' + table);
  const worst = Math.max(...rows.filter((r) => r.label.includes('node:http')).map((r) => r.sdk / r.raw));
  console.log(`\nworst node:http SDK/raw ratio ${worst.toFixed(2)}× (target ≤ 1.10×); require overhead ${(cjs - bare).toFixed(1)} ms (target ≤ 20 ms)`);
  if (args.includes('--write-readme')) {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const updated = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
    writeFileSync(readmePath, updated);
    console.log('README.md updated');
  }
}
