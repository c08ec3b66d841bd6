// Operation coverage: every operation in openapi.yaml is reachable at the
// camelCase of its x-sdk-method, and nothing else is there.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

import { PayCrypt } from '../dist/esm/index.js';

const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const operations = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    if (item[method]) operations.push({ method, path, ...item[method] });
  }
}

test('the spec has operations with x-sdk-method', () => {
  assert.ok(operations.length >= 39);
  for (const op of operations) assert.equal(typeof op['x-sdk-method'], 'string', op.operationId);
});

test('every operation is a client method', () => {
  const client = new PayCrypt({ apiKey: 'pk', apiSecret: 'sk' });
  const missing = [];
  for (const op of operations) {
    const segments = op['x-sdk-method'].split('.').map(camel);
    let target = client;
    for (const s of segments.slice(0, -1)) target = target?.[s];
    if (typeof target?.[segments.at(-1)] !== 'function') missing.push(`${op.operationId} → client.${segments.join('.')}`);
  }
  assert.deepEqual(missing, []);
});

test('no client method lacks an operation', () => {
  const client = new PayCrypt({ apiKey: 'pk', apiSecret: 'sk' });
  const expected = new Set(operations.map((op) => op['x-sdk-method'].split('.').map(camel).join('.')));
  const found = [];
  const walk = (obj, prefix) => {
    for (const key of Object.keys(obj)) {
      if (key.startsWith('_') || key === 'webhooks') continue;
      const value = obj[key];
      if (value === null || typeof value !== 'object' || value.constructor === Object) continue;
      let proto = Object.getPrototypeOf(value);
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && typeof proto[name] === 'function') found.push(`${prefix}${key}.${name}`);
      }
      walk(value, `${prefix}${key}.`);
    }
  };
  walk(client, '');
  assert.deepEqual(found.filter((f) => !expected.has(f)), []);
});
