// Build helper: `clean` removes dist/, `mark` tells Node which module format
// each output folder holds (one source tree is compiled twice), `bundle` turns
// each of dist/esm and dist/cjs into one index.js (both from tsc's ES modules
// in dist/esm, after `mark`), then removes the per-module .js files.
//
// Why bundle: `require('paycrypt')` of ~24 small modules cost 13–17 ms of CPU
// over a bare `node` start, most of it resolving and compiling each file; one
// file costs about half that. `import('paycrypt')` of the same modules cost
// 26–33 ms (the ES module loader resolves, links and evaluates each one), one
// file about 5 ms over importing an empty module. tsc still emits the .d.ts
// files of both folders, which stay per module.
//
// Two bundles, as there were two builds before: the dual-package hazard
// (require and import in one process get two copies of the classes) is the
// same as with any package shipping ESM and CommonJS; see the README.
// esbuild is a devDependency: the package still has no runtime dependencies.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  const esm = join(dist, 'esm');
  const { buildSync } = await import('esbuild');
  // From the ES modules (same source, no CommonJS interop helpers per module).
  const bundle = (format) =>
    buildSync({
      entryPoints: [join(esm, 'index.js')],
      bundle: true,
      platform: 'node',
      format,
      target: 'node18',
      write: false,
      logLevel: 'warning',
    }).outputFiles[0].contents;
  const [esmBundle, cjsBundle] = [bundle('esm'), bundle('cjs')];
  for (const entry of readdirSync(esm, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) rmSync(join(entry.parentPath ?? entry.path, entry.name));
  }
  writeFileSync(join(esm, 'index.js'), esmBundle);
  // Written last: the Makefile's js-build takes this file as the sign of a finished build.
  writeFileSync(join(dist, 'cjs', 'index.js'), cjsBundle);
} else {
  console.error('usage: node scripts/dist.mjs clean|mark|bundle');
  process.exit(2);
}
