// `make bench` (npm run bench): what the SDK costs per call over a raw,
// hand-signed request (same headers, same HMAC) to the same local server,
// through both transports; `require('paycrypt')` time beside bare `node -e 0`
// and beside `require('stripe')` / `require('openai')`; `import('paycrypt')`
// beside `import()` of an empty ES module; packed sizes.
//
// The target rows' raw request passes node:http its headers as an object, as
// a hand-written request usually does; the SDK passes them as a flat list,
// which node:http writes without its per-header map. Two information rows
// give the SDK against the same raw request with a flat list: the SDK's own
// work alone.
//
//   node bench/bench.mjs [--calls N] [--rounds N] [--no-mock] [--json PATH] [--write-readme]
//   node bench/bench.mjs --readme-from A.json B.json C.json   # README table of consecutive runs
//   node bench/bench.mjs --smoke     # tiny N, no mock: checks the harness, not the speed (npm test)
//
// Every row is a ratio (or a difference) against a reference measured in the
// same run, with its spread over the rounds and its target; the result is
// also written as JSON (default ../build/bench/node.json). Start-up is CPU
// time (user + system, from the child's own process.cpuUsage()), which a
// loaded machine disturbs far less than wall time; wall time is reported too.
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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { PayCrypt, VERSION, newNonce, signRequest } from '../dist/esm/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const SMOKE = args.includes('--smoke');
const CALLS = SMOKE ? 20 : option('--calls', 1000);
const ROUNDS = SMOKE ? 2 : option('--rounds', 7);
const STARTUP_RUNS = SMOKE ? 2 : option('--startup-runs', 15);
const JSON_PATH = args.includes('--json') ? args[args.indexOf('--json') + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'bench', 'node.json');
const compareDir = join(root, 'bench', 'compare');
const COMPARED = ['stripe', 'openai'];
const KEY = 'pk_test_demo';
const SECRET = 'sk_test_demo';
const PARAMS = { amount: '49.99', currency: 'USD', pay_currency: 'BTC', order_id: 'bench' };
const REFERENCE = 'raw keep-alive request, same headers and HMAC';
const FLAT_REFERENCE = 'the same raw request, headers as a flat list like the SDK';

// --- the fixed-response server (child process) ------------------------------------

if (process.argv[2] === '--readme-from') {
  readmeFrom(process.argv.slice(3));
} else if (process.argv[2] === '--serve') {
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

/**
 * A raw keep-alive node:http request. `flat`: the headers as node:http's raw
 * name/value list (with Host added by hand), as the SDK sends them, instead of
 * the usual object: the reference for the SDK's own overhead alone.
 */
function rawNode(baseURL, { flat = false } = {}) {
  const url = new URL(baseURL);
  const agent = new http.Agent({ keepAlive: true });
  return (method, path, params) =>
    new Promise((resolve, reject) => {
      const body = params === undefined ? undefined : Buffer.from(JSON.stringify(params));
      let headers = rawHeaders(method, path, body);
      if (body) headers['Content-Length'] = body.length;
      if (flat) {
        const list = ['Host', url.host];
        for (const name in headers) list.push(name, String(headers[name]));
        headers = list;
      }
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
async function compare(label, { sdk, raw }, calls, reference = REFERENCE) {
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
  return {
    label,
    reference,
    sdk: median(perRound.sdk),
    raw: median(perRound.raw),
    ratio: median(perRound.ratio),
    min: Math.min(...perRound.ratio),
    max: Math.max(...perRound.ratio),
    rounds: ROUNDS,
  };
}

async function benchServer(name, baseURL, calls, { flat = false } = {}) {
  const sdkNode = new PayCrypt({ apiKey: KEY, apiSecret: SECRET, baseURL });
  const sdkFetch = new PayCrypt({ apiKey: KEY, apiSecret: SECRET, baseURL, fetch: globalThis.fetch });
  const node = rawNode(baseURL);
  const nodeFlat = rawNode(baseURL, { flat: true });
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
  if (flat) {
    // Information: what is left of the SDK's own work once the header form is the same.
    rows.push(await compare(`${name}: payments.create, node:http (flat-header reference)`, {
      sdk: () => sdkNode.payments.create(PARAMS),
      raw: () => nodeFlat('POST', '/v1/payments', PARAMS),
    }, calls, FLAT_REFERENCE));
    rows.push(await compare(`${name}: payments.retrieve, node:http (flat-header reference)`, {
      sdk: () => sdkNode.payments.retrieve(created.id),
      raw: () => nodeFlat('GET', path),
    }, calls, FLAT_REFERENCE));
  }
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
 * Start-up of fresh `node -e` processes, runs interleaved across the snippets
 * ({code, cwd}, the order rotated each run): for each, the CPU milliseconds the
 * child reports for itself (user + system, at the end of the snippet) and the
 * wall milliseconds, per run.
 */
function startupRuns(snippets, runs = STARTUP_RUNS) {
  const cpu = snippets.map(() => []);
  const wall = snippets.map(() => []);
  // Reported once the snippet has finished: for import(), when its promise settles.
  const report = 'const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1000))';
  for (let i = 0; i < runs; i++) {
    snippets.forEach((_, k) => {
      const j = (k + i) % snippets.length;
      const { code, cwd } = snippets[j];
      const t0 = process.hrtime.bigint();
      const script = code.startsWith('import(') ? `${code}.then(()=>{${report}})` : `${code};{${report}}`;
      const r = spawnSync(process.execPath, ['-e', script], { cwd, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`node -e ${code} failed: ${r.stderr}`);
      wall[j].push(Number(process.hrtime.bigint() - t0) / 1e6);
      cpu[j].push(Number(r.stdout));
    });
  }
  return snippets.map((_, j) => ({ cpu: cpu[j], wall: wall[j] }));
}

/** Per-run differences against the reference (runs were interleaved, so run i of each is a pair). */
function deltas(a, b) {
  return a.map((v, i) => v - b[i]);
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

/** Replace the README's bench table with one column per run, from the runs' JSON results. */
function readmeFrom(paths) {
  const runs = paths.map((p) => JSON.parse(readFileSync(p, 'utf8')));
  const first = runs[0];
  const cell = (r) => {
    if (r === undefined) return '—';
    const met = r.met === null ? '' : r.met ? ' ✓' : ' ✗';
    if (r.unit === '×') return `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})${met}`;
    const ms = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)}`;
    return `${ms(r.median)} ms (${ms(r.min)} to ${ms(r.max)})${met}`;
  };
  const lines = [
    `| row | reference, same run | target | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} |`,
    `| --- | --- | --- | ${runs.map(() => '---:').join(' | ')} |`,
  ];
  for (const row of first.rows) {
    const cells = runs.map((run) => cell(run.rows.find((r) => r.row === row.row)));
    lines.push(`| ${row.row} | ${row.reference} | ${row.target} | ${cells.join(' | ')} |`);
  }
  const others = Object.entries(first.versions).filter(([name]) => name !== 'node').map(([n, v]) => `${n} ${v}`);
  lines.push(
    '',
    `${runs.length} consecutive runs of \`make bench\`'s Node part, ${runs[0].started ?? runs[0].when} to ${runs.at(-1).when}, ` +
      `${first.machine.cpus} CPUs (${first.machine.model}), load average (1 min) at the start of each run: ` +
      `${runs.map((r) => r.machine.loadavg[0].toFixed(1)).join(', ')}; node ${first.versions.node}, ${others.join(', ')}; ` +
      `${first.settings.rounds} rounds of ${first.settings.calls} calls per row. Reproduce: \`${first.command}\`.`,
  );
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  writeFileSync(readmePath, readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${lines.join('\n')}$2`));
  console.log(lines.join('\n'));
}

async function main() {
  // The machine's load as the run starts (the JSON's `when` is when it ended).
  const started = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const loadAtStart = os.loadavg();
  const rows = [];
  const mockCalls = Math.max(100, Math.floor(CALLS / 4));
  const fixed = await startFixedServer();
  try {
    rows.push(...(await benchServer('fixed-response server', fixed.baseURL, CALLS, { flat: true })));
  } finally {
    fixed.stop();
  }
  if (!SMOKE && !args.includes('--no-mock')) {
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

  const others = SMOKE ? {} : comparedPackages();
  const snippets = [
    { code: '0', cwd: root },
    { code: "require('paycrypt')", cwd: root },
    { code: "import('paycrypt')", cwd: root },
    { code: "import('./bench/empty-module.mjs')", cwd: root },
    ...Object.keys(others).map((name) => ({ code: `require('${name}')`, cwd: compareDir })),
  ];
  const [bare, cjs, esm, emptyEsm, ...otherTimes] = startupRuns(snippets);

  const target = (r) =>
    r.label.includes('node:http') && r.reference === REFERENCE ? { text: '≤ 1.05×', met: r.ratio <= 1.05 } : { text: '(information)', met: null };
  const result = {
    started,
    when: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      loadavg: loadAtStart,
      loadavgAtEnd: os.loadavg(),
    },
    versions: { node: process.version, paycrypt: VERSION, ...Object.fromEntries(Object.entries(others).map(([n, o]) => [n, o.version])) },
    settings: { calls: CALLS, rounds: ROUNDS, startupRuns: STARTUP_RUNS, smoke: SMOKE },
    command: `make bench  # or: cd js-sdk && npm run build && node bench/bench.mjs ${args.join(' ')}`.trim(),
    rows: rows.map((r) => ({
      row: r.label,
      paycrypt: `${r.sdk.toFixed(0)} µs`,
      reference: r.reference,
      reference_value: `${r.raw.toFixed(0)} µs`,
      unit: '×',
      median: r.ratio,
      min: r.min,
      max: r.max,
      blocks: r.rounds,
      target: target(r).text,
      met: target(r).met,
    })),
  };
  const startupRow = (label, t, refLabel, ref, goal) => {
    const d = deltas(t.cpu, ref.cpu);
    return {
      row: label,
      paycrypt: `${median(t.cpu).toFixed(1)} ms CPU (${median(t.wall).toFixed(0)} ms wall)`,
      reference: refLabel,
      reference_value: `${median(ref.cpu).toFixed(1)} ms CPU (${median(ref.wall).toFixed(0)} ms wall)`,
      unit: 'ms',
      median: median(d),
      min: Math.min(...d),
      max: Math.max(...d),
      blocks: d.length,
      target: goal === undefined ? '(information)' : `≤ +${goal} ms`,
      met: goal === undefined ? null : median(d) <= goal,
    };
  };
  result.rows.push(startupRow("`require('paycrypt')`, CPU", cjs, '`node -e 0`', bare, 10));
  result.rows.push(startupRow("`import('paycrypt')`, CPU", esm, '`import()` of an empty ES module', emptyEsm, 10));
  // The same runs against a bare start: the ES module loader's own start included.
  result.rows.push(startupRow("`import('paycrypt')` over a bare start, CPU", esm, '`node -e 0`', bare));
  for (const [name, info] of Object.entries(others)) {
    result.rows.push(startupRow(`\`require('${name}')\` ${info.version}, CPU`, otherTimes[Object.keys(others).indexOf(name)], '`node -e 0`', bare));
  }
  const missing = COMPARED.filter((name) => !others[name]);
  result.notes = Object.fromEntries(missing.map((name) => [name, 'not installed: run make bench-setup (npm run bench:setup)']));

  const cell = (r) =>
    r.unit === '×'
      ? `${r.median.toFixed(2)}× (${r.min.toFixed(2)}–${r.max.toFixed(2)})`
      : `${r.median >= 0 ? '+' : ''}${r.median.toFixed(1)} ms (${r.min.toFixed(1)} to ${r.max.toFixed(1)})`;
  const lines = [];
  lines.push('| row | paycrypt | reference, same run | ratio or difference: median (min–max over rounds) | target | met |');
  lines.push('| --- | ---: | ---: | ---: | --- | --- |');
  for (const r of result.rows) {
    const met = r.met === null ? '—' : r.met ? 'yes' : '**no**';
    lines.push(`| ${r.row} | ${r.paycrypt} | ${r.reference}: ${r.reference_value} | ${cell(r)} | ${r.target} | ${met} |`);
  }
  lines.push('');
  lines.push(
    `${result.when}, Node ${process.version}, ${result.machine.cpus} CPUs (${result.machine.model}), load average ` +
      `${result.machine.loadavg[0].toFixed(1)} at the start; ${ROUNDS} rounds of ${CALLS} calls, SDK and raw alternating within each ` +
      `round, the ratio is the median of the per-round ratios; start-up: ${STARTUP_RUNS} interleaved fresh processes ` +
      `each, CPU as the child reports it. Reproduce: \`${result.command}\`.`,
  );
  if (!SMOKE) {
    const pack = packed(root);
    lines.push(`Packed tarball: ${(pack.size / 1024).toFixed(1)} kB (${(pack.unpackedSize / 1024).toFixed(1)} kB unpacked, ${pack.entryCount} files).`);
  }
  const table = lines.join('\n');
  console.log('\n' + table);
  for (const [name, note] of Object.entries(result.notes)) console.log(`${name}: ${note}`);
  mkdirSync(dirname(JSON_PATH), { recursive: true });
  writeFileSync(JSON_PATH, JSON.stringify(result, null, 2) + '\n');
  console.log(`JSON: ${JSON_PATH}`);
  if (args.includes('--write-readme')) {
    const readmePath = join(root, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const updated = readme.replace(/(<!-- bench:start -->\n)[\s\S]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
    writeFileSync(readmePath, updated);
    console.log('README.md updated');
  }
}
