// Build helper: `clean` removes dist/, `mark` tells Node which module format
// each output folder holds (one source tree is compiled twice).
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
} else {
  console.error('usage: node scripts/dist.mjs clean|mark');
  process.exit(2);
}
