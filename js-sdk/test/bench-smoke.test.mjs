// `make bench`'s Node harness runs end to end (tiny N, --smoke): rows, ratios,
// spread, the JSON result. No timing is asserted (the machine is shared and noisy).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bench = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench', 'bench.mjs');

test('the bench harness measures every row against its reference and writes JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paycrypt-bench-'));
  try {
    const out = join(dir, 'node.json');
    const run = spawnSync(process.execPath, [bench, '--smoke', '--json', out], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    const rows = new Map(result.rows.map((r) => [r.row, r]));
    for (const name of [
      'fixed-response server: payments.create, node:http',
      'fixed-response server: payments.retrieve, node:http',
      "`require('paycrypt')`, CPU",
    ]) {
      const r = rows.get(name);
      assert.ok(r, `missing row ${name}`);
      assert.ok(r.min <= r.median && r.median <= r.max, name);
      assert.ok(r.reference && r.target);
    }
    assert.match(result.command, /^make bench/);
    assert.match(run.stdout, /\| row \| paycrypt \| reference, same run \|/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
