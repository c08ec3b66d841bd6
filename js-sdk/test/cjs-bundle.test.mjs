// require('paycrypt') loads one file: dist/cjs/index.js is a single bundle
// (scripts/dist.mjs bundle), since resolving and compiling ~24 small modules
// was most of its start-up cost. A structural check, not a timing one.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
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
