// Build helper: `clean` removes dist/, `mark` tells Node which module format
// each output folder holds (one source tree is compiled twice), `bundle` turns
// dist/cjs into one index.js (built from dist/esm, after `mark`).
//
// Why bundle: `require('paycrypt')` of ~24 small modules cost 13–17 ms of CPU
// over a bare `node` start, most of it resolving and compiling each file; one
// file costs about half that. tsc emits only the CommonJS .d.ts files
// (tsconfig.cjs.json), which stay per module.
// esbuild is a devDependency: the package still has no runtime dependencies.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const command = process.argv[2];

if (command === 'clean') {
  rmSync(dist, { recursive: true, force: true });
} else if (command === 'mark') {
  for (const [folder, type] of [['cjs', 'commonjs'], ['esm', 'module']]) {
    mkdirSync(join(dist, folder), { recursive: true });
    writeFileSync(join(dist, folder, 'package.json'), JSON.stringify({ type }) + '\n');
  }
} else if (command === 'bundle') {
  const cjs = join(dist, 'cjs');
  const { buildSync } = await import('esbuild');
  // From the ES modules (same source, no CommonJS interop helpers per module).
  buildSync({
    entryPoints: [join(dist, 'esm', 'index.js')],
    outfile: join(cjs, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'warning',
  });
} else {
  console.error('usage: node scripts/dist.mjs clean|mark|bundle');
  process.exit(2);
}
