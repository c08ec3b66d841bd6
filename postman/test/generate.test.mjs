// The generator and the collection it writes: coverage of every operation, determinism, the
// --check drift mode, and the shape of what is injected (scripts, tests, admin credentials).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATE = join(root, 'generate.mjs');
const spec = parseYaml(readFileSync(join(root, '..', 'openapi.yaml'), 'utf8'));
const collection = JSON.parse(readFileSync(join(root, 'PayCrypt.postman_collection.json'), 'utf8'));
const environment = JSON.parse(readFileSync(join(root, 'PayCrypt.local.postman_environment.json'), 'utf8'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const requests = (items) => items.flatMap((i) => (i.item ? requests(i.item) : [i]));
const all = requests(collection.item);
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ id: item[m].operationId, method: m.toUpperCase(), path, op: item[m] })));
const specPath = (req) => '/' + req.url.path.map((s) => s.replace(/^:(.+)$/, '{$1}')).join('/');
const script = (item, listen) => (item.event || []).find((e) => e.listen === listen)?.script.exec.join('\n') || '';

test('every operationId in openapi.yaml has a request (method + path + [operationId] marker)', () => {
  assert.ok(operations.length >= 39);
  const missing = operations.filter(({ id, method, path }) => !all.some((item) =>
    item.request.method === method && specPath(item.request) === path && item.request.description.includes(`\`[${id}]\``)));
  assert.deepEqual(missing.map((o) => `${o.id} (${o.method} ${o.path})`), []);
});

test('one folder per tag, in a run order, then the negative folder', () => {
  const tags = spec.tags.map((t) => t.name);
  const names = collection.item.map((f) => f.name);
  assert.deepEqual([...names].sort(), [...tags, 'Negative: signing'].sort());
  assert.equal(names.at(-1), 'Negative: signing');
  for (const folder of collection.item.slice(0, -1)) {
    assert.equal(folder.description, spec.tags.find((t) => t.name === folder.name).description);
  }
});

test('a fresh generation is byte-identical (deterministic) and --check passes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postman-gen-'));
  try {
    execFileSync('node', [GENERATE, '--out', dir], { stdio: 'pipe' });
    const first = readFileSync(join(dir, 'PayCrypt.postman_collection.json'), 'utf8');
    execFileSync('node', [GENERATE, '--out', dir], { stdio: 'pipe' });
    assert.equal(readFileSync(join(dir, 'PayCrypt.postman_collection.json'), 'utf8'), first);
    assert.equal(first, readFileSync(join(root, 'PayCrypt.postman_collection.json'), 'utf8'), 'committed collection is stale: run make generate');
    assert.equal(spawnSync('node', [GENERATE, '--check', '--out', dir]).status, 0);
    // a hand edit is drift: --check exits non-zero and says what to do
    writeFileSync(join(dir, 'PayCrypt.postman_collection.json'), first.replace('"Create a payment"', '"Create a payment (edited)"'));
    const check = spawnSync('node', [GENERATE, '--check', '--out', dir], { encoding: 'utf8' });
    assert.equal(check.status, 1);
    assert.match(check.stderr, /differs from a fresh generation/);
    assert.match(check.stderr, /make generate/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('no random ids: no _postman_id, no id fields anywhere', () => {
  const text = JSON.stringify(collection);
  assert.ok(!text.includes('_postman_id'));
  const walk = (node, at) => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}[${i}]`));
    if (node && typeof node === 'object') {
      if ('id' in node && 'request' in node) assert.fail(`item id at ${at}`);
      if ('id' in node && 'listen' in node) assert.fail(`event id at ${at}`);
      if ('id' in node && 'script' in node) assert.fail(`script id at ${at}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}.${k}`);
    }
  };
  walk(collection, '$');
});

test('collection scripts: the signing script is injected verbatim, tests check the request id', () => {
  assert.equal(collection.info.schema, 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json');
  const pre = script(collection, 'prerequest');
  assert.ok(pre.includes(readFileSync(join(root, 'scripts', 'sign-request.js'), 'utf8').trimEnd()));
  assert.ok(pre.includes("require('crypto-js')"));
  assert.match(script(collection, 'test'), /PayCrypt-Request-Id/);
  const vars = Object.fromEntries(collection.variable.map((v) => [v.key, v.value]));
  for (const key of ['baseUrl', 'apiKey', 'apiSecret', 'adminApiKey', 'adminApiSecret']) assert.ok(key in vars, key);
  assert.equal(vars.baseUrl, 'http://127.0.0.1:8787');
});

test('every request tests its status code and response schema; success codes come from the spec', () => {
  for (const item of all) {
    const tests = script(item, 'test');
    assert.match(tests, /pm\.response\.to\.have\.status\(\d{3}\)/, item.name);
    assert.match(tests, /pm\.response\.to\.have\.jsonSchema\(schema\)/, item.name);
    const schemaLine = tests.split('\n').find((l) => l.startsWith('var schema = '));
    const schema = JSON.parse(schemaLine.slice('var schema = '.length, -1));
    assert.ok(!JSON.stringify(schema).includes('$ref'), `${item.name}: unresolved $ref`);
  }
  for (const { id, op } of operations) {
    const item = all.find((i) => i.request.description.includes(`\`[${id}]\``) && !i.name.includes('→'));
    const success = Object.keys(op.responses).filter((c) => /^2/.test(c)).sort()[0];
    assert.match(script(item, 'test'), new RegExp(`have\\.status\\(${success}\\)`), id);
  }
});

test('request bodies are the spec examples (valid JSON), with {{variables}} only where the run chains', () => {
  const create = all.find((i) => i.name === 'Create a payment');
  const op = spec.paths['/v1/payments'].post;
  assert.deepEqual(JSON.parse(create.request.body.raw), op.requestBody.content['application/json'].example);
  for (const item of all.filter((i) => i.request.body)) {
    assert.doesNotThrow(() => JSON.parse(item.request.body.raw), item.name);
    assert.ok(item.request.header.some((h) => h.key === 'Content-Type' && h.value === 'application/json'), item.name);
  }
  // operations without a request body send none (the gateway rejects a body there)
  for (const { id, op } of operations.filter((o) => !o.op.requestBody)) {
    for (const item of all.filter((i) => i.request.description.includes(`\`[${id}]\``))) {
      assert.equal(item.request.body, undefined, item.name);
    }
  }
});

test('admin requests carry PayCrypt-Key: {{adminApiKey}}; merchant requests do not', () => {
  for (const item of all) {
    const admin = item.request.header.find((h) => h.key === 'PayCrypt-Key');
    const isAdmin = item.request.url.path[1] === 'admin' && !item.name.includes('Merchant credentials');
    assert.equal(admin?.value, isAdmin ? '{{adminApiKey}}' : undefined, item.name);
  }
});

test('negative folder: tampered signature and stale timestamp expect their 401 codes', () => {
  const neg = collection.item.find((f) => f.name === 'Negative: signing').item;
  const tampered = neg.find((i) => /Tampered/.test(i.name));
  assert.match(script(tampered, 'prerequest'), /PayCrypt-Signature/);
  assert.match(script(tampered, 'test'), /have\.status\(401\)/);
  assert.match(script(tampered, 'test'), /signature_mismatch/);
  const stale = neg.find((i) => /Stale/.test(i.name));
  assert.ok(stale.request.header.some((h) => h.key === 'PayCrypt-Timestamp'));
  assert.match(script(stale, 'test'), /timestamp_out_of_range/);
});

test('environment: local sandbox URL and credentials', () => {
  const vals = Object.fromEntries(environment.values.map((v) => [v.key, v.value]));
  assert.deepEqual(
    { baseUrl: vals.baseUrl, apiKey: vals.apiKey, apiSecret: vals.apiSecret, adminApiKey: vals.adminApiKey, adminApiSecret: vals.adminApiSecret },
    { baseUrl: 'http://127.0.0.1:8787', apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo', adminApiKey: 'pk_test_admin', adminApiSecret: 'sk_test_admin' });
  assert.ok(!('_postman_id' in environment));
});
