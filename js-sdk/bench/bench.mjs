// `make bench` (npm run bench): what the SDK costs per call over a raw,
// hand-signed request (same headers, same HMAC) to the same local server,
// through both transports; `require('paycrypt')` time beside bare `node -e 0`
// and beside `require('stripe')` / `require('openai')`; packed sizes.
//
//   node bench/bench.mjs [--calls N] [--rounds N] [--no-mock] [--write-readme]
//
// Servers: a tiny fixed-response node:http server in a child process (a clean
// transport comparison) and, unless --no-mock, the real mock gateway (where
// the Python server dominates). SDK and raw calls alternate within each round;
// each round gives a median per-call time for both and their ratio; the table
// shows the median over the rounds (this machine is shared and noisy: a
// paired per-round ratio drifts far less than the absolute times).
//
// stripe and openai are installed only for the bench, into bench/compare/
// (its own package.json + package-lock.json, exact versions) by
// `npm run bench:setup`; never dependencies of paycrypt. Without them their
// rows say so and the bench still runs.
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PayCrypt, VERSION, newNonce, signRequest } from '../dist/esm/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const CALLS = option('--calls', 1000);
const ROUNDS = option('--rounds', 7);
const STARTUP_RUNS = 11;
const compareDir = join(root, 'bench', 'compare');
const COMPARED = ['stripe', 'openai'];
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
  // The same header set the SDK sends (User-Agent included), so the two
  // requests cost the server the same: the difference is the SDK's own work.
  const headers = {
    Accept: 'application/json',
    'User-Agent': `paycrypt-node/${VERSION}`,
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

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * SDK and raw calls alternate (order flipped each time) so both see the same
 * machine noise; each round's per-call medians and their ratio; the median of
 * each over ROUNDS rounds.
 */
async function compare(label, { sdk, raw }, calls) {
  for (let i = 0; i < Math.min(300, calls); i++) {
    await sdk();
    await raw();
  }
  const perRound = { sdk: [], raw: [], ratio: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const times = { sdk: new Float64Array(calls), raw: new Float64Array(calls) };
    for (let i = 0; i < calls; i++) {
      for (const name of i % 2 ? ['sdk', 'raw'] : ['raw', 'sdk']) {
        const t0 = process.hrtime.bigint();
        await (name === 'sdk' ? sdk() : raw());
        times[name][i] = Number(process.hrtime.bigint() - t0) / 1e3;
      }
    }
    const sdkMedian = median(times.sdk);
    const rawMedian = median(times.raw);
    perRound.sdk.push(sdkMedian);
    perRound.raw.push(rawMedian);
    perRound.ratio.push(sdkMedian / rawMedian);
  }
  return { label, sdk: median(perRound.sdk), raw: median(perRound.raw), ratio: median(perRound.ratio) };
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

/**
 * Start-up times of fresh `node -e` processes, runs interleaved across the
 * snippets ({code, cwd}); the median of each (and the minimum, least noise).
 */
function startupMs(snippets, runs = STARTUP_RUNS) {
  const times = snippets.map(() => []);
  for (let i = 0; i < runs; i++) {
    snippets.forEach(({ code, cwd }, j) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['-e', code], { cwd });
      if (r.status !== 0) throw new Error(`node -e ${code} failed: ${r.stderr}`);
      times[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
    });
  }
  return times.map((t) => ({ median: median(t), min: Math.min(...t) }));
}

/** `npm pack --dry-run` of a package directory: packed and unpacked bytes, file count. */
function packed(dir) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' });
  return JSON.parse(out)[0];
}

/** The bench-only comparison packages that `npm run bench:setup` installed: name → {version, dir}. */
function comparedPackages() {
  const found = {};
  for (const name of COMPARED) {
    const dir = join(compareDir, 'node_modules', name);
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) found[name] = { version: JSON.parse(readFileSync(manifest, 'utf8')).version, dir };
  }
  return found;
}

async function main() {
  const rows = [];
  const mockCalls = Math.max(100, Math.floor(CALLS / 4));
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
      rows.push(...(await benchServer('mock gateway', mock.baseURL, mockCalls)));
    } catch (err) {
      console.error(`(mock gateway skipped: ${err.message.split('\n')[0]})`);
    } finally {
      await mock?.stop();
    }
  }

  const others = comparedPackages();
  const snippets = [
    { code: '0', cwd: root },
    { code: "require('paycrypt')", cwd: root },
    { code: "import('paycrypt')", cwd: root },
    ...Object.keys(others).map((name) => ({ code: `require('${name}')`, cwd: compareDir })),
  ];
  const [bare, cjs, esm, ...otherTimes] = startupMs(snippets);
  const pack = packed(root);

  const us = (v) => `${v.toFixed(0)} µs`;
  // Median, its difference from bare node's median, and the same for the fastest run.
  const ms = (t) =>
    `${t.median.toFixed(1)} ms (+${(t.median - bare.median).toFixed(1)} ms; fastest +${(t.min - bare.min).toFixed(1)} ms)`;
  const kB = (p) => `${(p.size / 1024).toFixed(1)} kB (${(p.unpackedSize / 1024).toFixed(1)} kB unpacked, ${p.entryCount} files)`;
  const lines = [];
  lines.push(
    `Node ${process.version}, ${ROUNDS} rounds of ${CALLS} calls against the fixed server (${mockCalls} against the mock); ` +
      `SDK and raw calls alternate; per-call median of each round, then the median over the rounds (the ratio is the median of the per-round ratios). ` +
      `Start-up: median of ${STARTUP_RUNS} fresh processes each, interleaved (and the fastest run).`,
  );
  lines.push('');
  lines.push('| case | SDK | raw (same headers and HMAC) | SDK / raw |');
  lines.push('| --- | ---: | ---: | ---: |');
  for (const r of rows) lines.push(`| ${r.label} | ${us(r.sdk)} | ${us(r.raw)} | ${r.ratio.toFixed(2)}× |`);
  lines.push('');
  lines.push('| start-up and size | paycrypt | ' + COMPARED.map((n) => (others[n] ? `${n} ${others[n].version}` : n)).join(' | ') + ' |');
  lines.push('| --- | ---: | ' + COMPARED.map(() => '---:').join(' | ') + ' |');
  const missing = 'not installed — run `npm run bench:setup`';
  const otherCells = (cell) =>
    COMPARED.map((name) => (others[name] ? cell(name, otherTimes[Object.keys(others).indexOf(name)]) : missing)).join(' | ');
  lines.push(`| \`node -e 0\` (bare node) | ${bare.median.toFixed(1)} ms (fastest ${bare.min.toFixed(1)} ms) | ${COMPARED.map(() => '').join(' | ')} |`);
  lines.push(`| \`node -e "require('…')"\` | ${ms(cjs)} | ${otherCells((_, t) => ms(t))} |`);
  lines.push(`| \`node -e "import('…')"\` | ${ms(esm)} | ${COMPARED.map(() => '').join(' | ')} |`);
  lines.push(`| packed tarball | ${kB(pack)} | ${otherCells((name) => kB(packed(others[name].dir)))} |`);
  const table = lines.join('\n');
  console.log('\n' + table);
  const worst = Math.max(...rows.filter((r) => r.label.includes('node:http')).map((r) => r.ratio));
  console.log(`\nworst node:http SDK/raw ratio ${worst.toFixed(2)}× (target ≤ 1.10×); require overhead ${(cjs.median - bare.median).toFixed(1)} ms (target ≤ 20 ms)`);
  for (const name of COMPARED) if (!others[name]) console.log(`${name}: not installed — run npm run bench:setup`);
  if (args.includes('--write-readme')) {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const updated = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
    writeFileSync(readmePath, updated);
    console.log('README.md updated');
  }
}
