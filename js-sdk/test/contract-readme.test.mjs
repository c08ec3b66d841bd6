// The README's quickstart, run as written (only the base URL pointed at a
// fresh mock gateway), so the first thing a user copies keeps working.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';

import { startMock } from './mock.mjs';

let mock;
before(async () => {
  mock = await startMock();
});
after(() => mock?.stop());

test('the README quickstart runs against the sandbox', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const quickstart = readme.split('## Quickstart')[1].split('```js\n')[1].split('```')[0];
  assert.ok(quickstart.includes("baseURL: 'http://127.0.0.1:8787'"));
  // Inside js-sdk/, `import 'paycrypt'` resolves to this package (self-reference).
  const file = new URL('../.quickstart-test.mjs', import.meta.url);
  writeFileSync(file, quickstart.replace('http://127.0.0.1:8787', mock.baseURL));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [file.pathname], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^pay_\w+ pending \d+(\.\d+)? BTC to \w+$/);
    assert.equal(lines[1], 'confirmed');
    assert.match(lines[2], /^pay_\w+ confirmed 49\.99 USD$/);
  } finally {
    rmSync(file, { force: true });
  }
});
