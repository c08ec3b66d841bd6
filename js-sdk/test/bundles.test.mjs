// require('paycrypt') and import('paycrypt') each load one file: dist/cjs/index.js
// and dist/esm/index.js are single bundles (scripts/dist.mjs bundle), since
// resolving and compiling ~24 small modules was most of their start-up cost
// (for import(), 26–33 ms of CPU). Structural checks, not timing ones.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

test("require('paycrypt') loads a single module of the package", () => {
  const script =
    "require('./dist/cjs/index.js');" +
    "process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('/dist/'))))";
  const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
  assert.deepEqual(loaded.map((f) => f.slice(f.indexOf('/dist/') + 1)), ['dist/cjs/index.js']);
});

test("import('paycrypt') is one ES module that imports only built-in modules", () => {
  const esm = join(root, 'dist', 'esm');
  const scripts = readdirSync(esm, { recursive: true }).filter((f) => f.endsWith('.js') && !f.endsWith('.d.js'));
  assert.deepEqual(scripts, ['index.js']);
  const source = readFileSync(join(esm, 'index.js'), 'utf8');
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  assert.ok(specifiers.length > 0, 'no imports found: has the bundle format changed?');
  assert.deepEqual(specifiers.filter((s) => !s.startsWith('node:')), []);
  // The declarations stay per module and resolve from index.d.ts.
  assert.match(readFileSync(join(esm, 'index.d.ts'), 'utf8'), /from '\.\/client\.js'/);
});
