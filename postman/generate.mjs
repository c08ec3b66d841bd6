#!/usr/bin/env node
// Generates the PayCrypt Postman collection (v2.1) and the local environment from openapi.yaml.
//
//   node postman/generate.mjs           write PayCrypt.postman_collection.json and
//                                       PayCrypt.local.postman_environment.json
//   node postman/generate.mjs --check   exit 1 (with a short diff) if the committed files differ
//                                       from a fresh generation
//   --out DIR                           write or check the files in DIR instead of postman/
//
// Inputs: ../openapi.yaml (names, descriptions, parameters, example bodies, success codes, response
// schemas), flow.mjs (run order, chained variables, negative checks) and scripts/*.js (the
// collection-level pre-request and test scripts, injected verbatim). Output is deterministic: no
// _postman_id, no random ids, keys in a fixed order, so a spec change shows up as a plain diff.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { folders as flowFolders, negative, chainVariables } from './flow.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SPEC = join(here, '..', 'openapi.yaml');
// --out DIR writes (or, with --check, compares) the files in DIR instead of postman/ (tests use it)
const outIndex = process.argv.indexOf('--out');
const OUT_DIR = outIndex !== -1 ? process.argv[outIndex + 1] : here;
const COLLECTION = join(OUT_DIR, 'PayCrypt.postman_collection.json');
const ENVIRONMENT = join(OUT_DIR, 'PayCrypt.local.postman_environment.json');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const LOCAL_BASE_URL = 'http://127.0.0.1:8787';
// Loopback, port 9 ("discard"): deliveries fail fast and never leave the machine. Point it at a
// receiver of yours (a local server, a tunnel) to see the signed deliveries.
const LOCAL_WEBHOOK_URL = 'http://127.0.0.1:9/paycrypt/webhook';

const spec = parseYaml(readFileSync(SPEC, 'utf8'));
const script = (name) => readFileSync(join(here, 'scripts', name), 'utf8').replace(/\s+$/, '').split('\n');

// ---- $ref resolution and the draft-07 schema the sandbox validates with --------------------

function resolvePointer(ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  return ref.slice(2).split('/').reduce((node, part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node == null || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    return node[key];
  }, spec);
}

const deref = (node) => (node && node.$ref ? deref(resolvePointer(node.$ref)) : node);

// Keywords that only annotate: dropped from the embedded schemas (smaller scripts, and nothing
// the sandbox's Ajv 6 could trip on). `format` stays: the spec uses date-time and uri, both known to Ajv 6.
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'default', 'deprecated',
  'readOnly', 'writeOnly', 'externalDocs', 'xml', 'discriminator', '$comment', 'contentMediaType']);
// 2020-12 keywords Ajv 6 (draft-07) does not know: refuse rather than silently not validate.
const UNSUPPORTED = new Set(['prefixItems', 'unevaluatedProperties', 'unevaluatedItems', '$defs',
  'dependentRequired', 'dependentSchemas', '$dynamicRef', '$anchor', 'contentSchema']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);

/** A self-contained draft-07 schema: $refs inlined, annotations dropped, OpenAPI 3.1 forms mapped. */
function toDraft07(node, stack = []) {
  if (Array.isArray(node)) return node.map((n) => toDraft07(n, stack));
  if (node === null || typeof node !== 'object') return node;
  if (node.$ref) {
    if (stack.includes(node.$ref)) throw new Error(`recursive schema ${node.$ref}: cannot inline`);
    const target = toDraft07(resolvePointer(node.$ref), [...stack, node.$ref]);
    const siblings = Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref' && !ANNOTATIONS.has(k) && !k.startsWith('x-')));
    return Object.keys(siblings).length ? { allOf: [target, toDraft07(siblings, stack)] } : target;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (UNSUPPORTED.has(key)) throw new Error(`schema keyword ${key} is not supported by the Postman sandbox's Ajv 6`);
    if (key === 'nullable') continue; // 3.0 only; handled below
    if (key === 'const' && value === null) { out.enum = [null]; continue; }
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDraft07(v, stack)]));
    } else {
      out[key] = toDraft07(value, stack);
    }
  }
  if (node.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

// ---- examples ---------------------------------------------------------------------------------

/** An example for a schema: its own example, else one built from its properties' examples. */
function exampleOf(schema, depth = 0) {
  const s = deref(schema);
  if (!s || depth > 8) return undefined;
  if ('example' in s) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (schema.$ref === undefined && 'example' in schema) return schema.example;
  if (s.enum) return s.enum[0];
  if ('const' in s) return s.const;
  if (s.anyOf || s.oneOf) return exampleOf((s.anyOf || s.oneOf)[0], depth + 1);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => exampleOf(x, depth + 1)));
  if (s.type === 'object' || s.properties) {
    const obj = {};
    for (const [name, prop] of Object.entries(s.properties || {})) {
      const v = prop.example !== undefined ? prop.example : exampleOf(prop, depth + 1);
      if (v !== undefined) obj[name] = v;
    }
    return obj;
  }
  if (s.type === 'array') return [exampleOf(s.items, depth + 1)].filter((x) => x !== undefined);
  return undefined;
}

function mediaExample(media) {
  if (!media) return undefined;
  if ('example' in media) return media.example;
  const named = media.examples && Object.values(media.examples)[0];
  if (named) return deref(named).value;
  return exampleOf(media.schema);
}

const paramExample = (p) => {
  const v = p.example !== undefined ? p.example : exampleOf(p.schema || {});
  return v === undefined ? '' : String(v);
};

// ---- operations -------------------------------------------------------------------------------

const operations = new Map();
for (const [path, pathItem] of Object.entries(spec.paths)) {
  for (const method of METHODS) {
    const op = pathItem[method];
    if (!op) continue;
    if (!op.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
    const params = [...(pathItem.parameters || []), ...(op.parameters || [])].map(deref);
    const successCode = Object.keys(op.responses).filter((c) => /^2\d\d$/.test(c)).sort()[0];
    if (!successCode) throw new Error(`${op.operationId} has no 2xx response`);
    operations.set(op.operationId, { path, method: method.toUpperCase(), op, params, successCode });
  }
}

const tagDescriptions = Object.fromEntries((spec.tags || []).map((t) => [t.name, t.description || '']));
const isAdminPath = (path) => path.startsWith('/v1/admin/');

function responseMedia(op, status) {
  const response = deref(op.responses[String(status)] || op.responses.default);
  if (!response || !response.content) return [undefined, undefined];
  const type = Object.keys(response.content).find((t) => /json/.test(t));
  return type ? [type, response.content[type]] : [undefined, undefined];
}

function statusText(code) {
  const texts = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized',
    403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Content', 429: 'Too Many Requests' };
  return texts[code] || '';
}

const js = (value) => JSON.stringify(value);

function buildItem(entry) {
  const cfg = typeof entry === 'string' ? { op: entry } : entry;
  const info = operations.get(cfg.op);
  if (!info) throw new Error(`flow.mjs names unknown operationId ${cfg.op}`);
  const { path, method, op, params, successCode } = info;
  const status = String(cfg.status || successCode);
  const admin = cfg.admin !== undefined ? cfg.admin : isAdminPath(path);

  // URL: {{baseUrl}} + the spec path with :name path variables whose values are {{variables}}
  const segments = path.split('/').filter(Boolean).map((seg) => seg.replace(/^\{(.+)\}$/, ':$1'));
  const pathParams = params.filter((p) => p.in === 'path');
  const variable = pathParams.map((p) => ({
    key: p.name,
    value: (cfg.path && cfg.path[p.name]) || `{{${p.name}}}`,
    description: p.description || '',
  }));
  const query = params.filter((p) => p.in === 'query').map((p) => {
    const override = cfg.query ? cfg.query[p.name] : undefined;
    const enabled = override !== undefined || p.required || p.name === 'limit';
    const value = typeof override === 'string' ? override : paramExample(p);
    const q = { key: p.name, value };
    if (!enabled) q.disabled = true;
    q.description = (p.required ? '(Required) ' : '') + (p.description || '');
    return q;
  });
  const enabledQuery = query.filter((q) => !q.disabled).map((q) => `${q.key}=${q.value}`).join('&');
  const raw = `{{baseUrl}}/${segments.join('/')}${enabledQuery ? `?${enabledQuery}` : ''}`;
  const url = { raw, host: ['{{baseUrl}}'], path: segments };
  if (query.length) url.query = query;
  if (variable.length) url.variable = variable;

  // headers: admin credentials, Idempotency-Key, Content-Type, flow extras
  const header = [];
  if (admin) {
    header.push({ key: 'PayCrypt-Key', value: '{{adminApiKey}}',
      description: 'Admin operation: the collection script signs it with {{adminApiKey}} / {{adminApiSecret}}.' });
  }
  for (const p of params.filter((x) => x.in === 'header')) {
    if (p.name === 'Idempotency-Key') {
      header.push({ key: p.name, value: '{{$guid}}', description: p.description || '' });
    } else {
      const h = { key: p.name, value: paramExample(p), description: p.description || '' };
      if (!p.required) h.disabled = true;
      header.push(h);
    }
  }
  let body;
  const requestBody = deref(op.requestBody);
  if (requestBody) {
    const media = requestBody.content['application/json'];
    if (!media) throw new Error(`${cfg.op}: only application/json request bodies are supported`);
    let example = mediaExample(media);
    if (cfg.body) example = cfg.body(structuredClone(example || {}));
    header.push({ key: 'Content-Type', value: 'application/json' });
    body = { mode: 'raw', raw: JSON.stringify(example, null, 2), options: { raw: { language: 'json' } } };
  }
  for (const h of cfg.headers || []) header.push({ key: h.key, value: h.value, description: h.description || '' });

  // description: the spec's, plus the operationId marker the coverage test reads
  const sdkMethod = op['x-sdk-method'];
  const lines = [op.description || op.summary || ''];
  if (cfg.note) lines.push('', `**In this run:** ${cfg.note}`);
  if (admin && cfg.admin === undefined) lines.push('', 'Signed with the admin credentials (`PayCrypt-Key: {{adminApiKey}}`).');
  lines.push('', `\`[${cfg.op}]\` · \`${method} ${path}\`` + (sdkMethod ? ` · SDK: \`client.${sdkMethod}\`` : '') +
    ` · expects ${status}`);

  // tests: status, schema of the documented response for that status, flow extras
  const [, media] = responseMedia(op, status);
  const exec = [`// [${cfg.op}] ${method} ${path}: generated from openapi.yaml by postman/generate.mjs`,
    `pm.test(${js(`status is ${status} ${statusText(status)}`.trim())}, function () { pm.response.to.have.status(${status}); });`];
  if (media && media.schema) {
    const name = media.schema.$ref ? media.schema.$ref.split('/').pop() : 'response';
    exec.push(`var schema = ${js(toDraft07(media.schema))};`,
      `pm.test(${js(`body matches the ${name} schema`)}, function () { pm.response.to.have.jsonSchema(schema); });`);
  }
  exec.push(...(cfg.tests || []));
  const event = [];
  if (cfg.prerequest) event.push({ listen: 'prerequest', script: { type: 'text/javascript', exec: cfg.prerequest } });
  event.push({ listen: 'test', script: { type: 'text/javascript', exec } });

  // a saved example response (what QA sees under the request in the app)
  const response = [];
  if (String(status) === successCode) {
    const [type, okMedia] = responseMedia(op, successCode);
    const example = mediaExample(okMedia);
    if (example !== undefined) {
      response.push({
        name: `${statusText(successCode) || successCode} (spec example)`,
        originalRequest: { method, header: [], url: { raw, host: ['{{baseUrl}}'], path: segments } },
        status: statusText(successCode), code: Number(successCode), _postman_previewlanguage: 'json',
        header: [{ key: 'Content-Type', value: type }], body: JSON.stringify(example, null, 2),
      });
    }
  }

  const request = { method, header };
  if (body) request.body = body;
  request.url = url;
  request.description = lines.join('\n');
  return { name: cfg.name || op.summary || cfg.op, event, request, response };
}

// ---- the collection ---------------------------------------------------------------------------

function buildCollection() {
  // every operation flow.mjs places, in any folder (an operation may run in another tag's
  // folder when it needs that folder's state, e.g. the e-mail outbox after the Admin test alert)
  const listed = new Set(flowFolders.flatMap((f) => f.items.map((e) => (typeof e === 'string' ? e : e.op))));
  const seenTags = new Set();
  const item = [];
  for (const folder of flowFolders) {
    seenTags.add(folder.tag);
    const entries = [...folder.items];
    // operations of this tag that flow.mjs does not list: appended with the spec's examples
    for (const [id, info] of operations) {
      if ((info.op.tags || [])[0] === folder.tag && !listed.has(id)) { entries.push(id); listed.add(id); }
    }
    item.push({ name: folder.tag, description: tagDescriptions[folder.tag] || '',
      item: entries.map((e) => buildItem(e)) });
  }
  // tags flow.mjs does not know yet, and untagged operations
  const rest = new Map();
  for (const [id, info] of operations) {
    if (listed.has(id)) continue;
    const tag = (info.op.tags || ['Other'])[0];
    if (seenTags.has(tag)) throw new Error(`internal: ${id} not placed`);
    if (!rest.has(tag)) rest.set(tag, []);
    rest.get(tag).push(id);
  }
  for (const [tag, ids] of rest) {
    item.push({ name: tag, description: tagDescriptions[tag] || '', item: ids.map((id) => buildItem(id)) });
  }
  item.push({ name: negative.name, description: negative.description,
    item: negative.items.map((e) => buildItem(e)) });

  const variable = [
    { key: 'baseUrl', value: LOCAL_BASE_URL, description: 'Gateway origin, no trailing slash (paths start with /v1 or /health).' },
    { key: 'apiKey', value: 'pk_test_demo', description: 'Merchant API key (local sandbox default).' },
    { key: 'apiSecret', value: 'sk_test_demo', description: 'Merchant API secret: signs every merchant request.' },
    { key: 'adminApiKey', value: 'pk_test_admin', description: 'Admin API key (local sandbox default): Admin folder.' },
    { key: 'adminApiSecret', value: 'sk_test_admin', description: 'Admin API secret.' },
    { key: 'webhookUrl', value: LOCAL_WEBHOOK_URL, description: 'Where created webhook endpoints deliver.' },
  ];
  const pathExamples = new Map();
  for (const info of operations.values()) {
    for (const p of info.params.filter((x) => x.in === 'path')) {
      if (!pathExamples.has(p.name)) pathExamples.set(p.name, paramExample(p));
    }
  }
  const chainDefaults = { pay_amount: '0.00052622', original_package: 'starter', target_package: 'business', replayNonce: '' };
  for (const [key, description] of Object.entries(chainVariables)) {
    let value = chainDefaults[key];
    if (value === undefined) value = pathExamples.get(key.replace(/^(cancel|confirm|expire|throwaway)_/, '')) || '';
    variable.push({ key, value, description });
  }
  for (const [key, value] of pathExamples) {
    if (!variable.some((v) => v.key === key)) variable.push({ key, value, description: 'Path parameter (spec example).' });
  }

  const prerequest = [...script('run-values.js'), '', ...script('sign-request.js')];
  return {
    info: {
      name: 'PayCrypt Merchant API',
      description: [
        `${spec.info.summary || ''}`,
        '',
        'Generated from `openapi.yaml` (version ' + spec.info.version + ') by `postman/generate.mjs`; do not edit by hand, run `make generate`.',
        '',
        '**Use it**: import this collection and `PayCrypt.local.postman_environment.json`, choose the "PayCrypt local sandbox" environment, ' +
          'start the sandbox (`make mock`), and Send. Folders run top to bottom as one flow (Runner or `newman run`).',
        '',
        '**Signing**: the collection pre-request script signs every request except `GET /health` with PAYCRYPT-HMAC-SHA256 ' +
          '(fresh timestamp and nonce each send; `{{variables}}` in the URL and body are resolved before hashing). ' +
          'Admin requests carry `PayCrypt-Key: {{adminApiKey}}` and are signed with `{{adminApiSecret}}`. See postman/README.md.',
        '',
        spec.info.description || '',
      ].join('\n'),
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    item,
    event: [
      { listen: 'prerequest', script: { type: 'text/javascript', exec: prerequest } },
      { listen: 'test', script: { type: 'text/javascript', exec: script('collection-tests.js') } },
    ],
    variable,
  };
}

function buildEnvironment() {
  const v = (key, value, type = 'default') => ({ key, value, type, enabled: true });
  return {
    name: 'PayCrypt local sandbox',
    values: [
      v('baseUrl', LOCAL_BASE_URL),
      v('apiKey', 'pk_test_demo'),
      v('apiSecret', 'sk_test_demo', 'secret'),
      v('adminApiKey', 'pk_test_admin'),
      v('adminApiSecret', 'sk_test_admin', 'secret'),
      v('webhookUrl', LOCAL_WEBHOOK_URL),
    ],
    _postman_variable_scope: 'environment',
  };
}

const render = (obj) => JSON.stringify(obj, null, 2) + '\n';
const outputs = [[COLLECTION, render(buildCollection())], [ENVIRONMENT, render(buildEnvironment())]];

if (process.argv.includes('--check')) {
  let stale = 0;
  for (const [file, text] of outputs) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    stale++;
    const name = relative(process.cwd(), file);
    if (current === null) { console.error(`${name}: missing`); continue; }
    const a = current.split('\n'); const b = text.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    console.error(`${name} differs from a fresh generation, first at line ${i + 1}:`);
    console.error(`  committed: ${(a[i] ?? '<end of file>').slice(0, 200)}`);
    console.error(`  generated: ${(b[i] ?? '<end of file>').slice(0, 200)}`);
  }
  if (stale) { console.error('Run `make generate` (node postman/generate.mjs) and commit the result.'); process.exit(1); }
  console.log(`postman: ${outputs.length} files up to date with openapi.yaml (${operations.size} operations)`);
} else {
  for (const [file, text] of outputs) writeFileSync(file, text);
  console.log(`postman: wrote ${outputs.map(([f]) => relative(process.cwd(), f)).join(', ')} (${operations.size} operations)`);
}
