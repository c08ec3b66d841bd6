// The README's configuration table states the defaults the code uses, and the
// package metadata matches the source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import * as paycrypt from '../dist/esm/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

function row(option) {
  const line = readme.split('\n').find((l) => l.startsWith(`| \`${option}\``));
  assert.ok(line, `README configuration table has no row for ${option}`);
  return line;
}

test('README defaults agree with the code', () => {
  assert.ok(row('baseURL').includes(`\`${paycrypt.DEFAULT_BASE_URL}\``));
  assert.ok(row('baseURL').includes('`PAYCRYPT_BASE_URL`'));
  assert.ok(row('apiKey').includes('`PAYCRYPT_API_KEY`'));
  assert.ok(row('apiSecret').includes('`PAYCRYPT_API_SECRET`'));
  assert.ok(row('timeout').includes(`\`${paycrypt.DEFAULT_TIMEOUT.toLocaleString('en').replace(/,/g, ' ')}\` ms`), row('timeout'));
  assert.ok(row('maxRetries').includes(`\`${paycrypt.DEFAULT_MAX_RETRIES}\``));
  assert.ok(row('tolerance').includes(`\`${paycrypt.DEFAULT_WEBHOOK_TOLERANCE}\` s`));
  const client = new paycrypt.PayCrypt({ apiKey: 'pk', apiSecret: 'sk' });
  assert.equal(client.timeout, paycrypt.DEFAULT_TIMEOUT);
  assert.equal(client.maxRetries, paycrypt.DEFAULT_MAX_RETRIES);
  assert.equal(paycrypt.DEFAULT_WEBHOOK_TOLERANCE, paycrypt.WEBHOOK_DEFAULT_TOLERANCE);
  assert.ok(readme.includes('PAYCRYPT_LOG=debug'));
});

test('package.json: version, no dependencies, engines, exports, files', () => {
  assert.equal(pkg.version, paycrypt.VERSION);
  assert.equal(pkg.dependencies, undefined);
  assert.equal(pkg.engines.node, '>=18');
  assert.deepEqual(pkg.files.sort(), ['LICENSE', 'README.md', 'dist'].sort());
  for (const condition of ['import', 'require']) {
    assert.ok(pkg.exports['.'][condition].types);
    assert.ok(pkg.exports['.'][condition].default);
  }
  for (const [name, version] of Object.entries(pkg.devDependencies)) assert.match(version, /^\d+\.\d+\.\d+$/, name);
});

test('the generated file says so and holds no hand-written code', () => {
  const generated = readFileSync(new URL('../src/generated/openapi.ts', import.meta.url), 'utf8');
  assert.ok(generated.startsWith('// Generated from openapi.yaml by make generate — do not edit.\n'));
});
