// `npm run generate` rewrites src/generated/openapi.ts from ../openapi.yaml;
// `npm run generate:check` (this script with --check) fails when the committed
// file differs from a fresh generation. Uses openapi-typescript's Node API so
// the file can start with our own header line.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';

import { HEADER } from './header.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = process.env.PAYCRYPT_OPENAPI ?? join(root, '..', 'openapi.yaml');
const output = join(root, 'src', 'generated', 'openapi.ts');

export async function generate() {
  // defaultNonNullable: false keeps request fields that have a default optional.
  const ast = await openapiTS(pathToFileURL(spec), { defaultNonNullable: false, alphabetize: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fresh = await generate();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(output, 'utf8');
    } catch {}
    if (committed !== fresh) {
      console.error(
        `${relative(process.cwd(), output)} is out of date with ${relative(process.cwd(), spec)}: run \`make generate\` (npm run generate in js-sdk)`,
      );
      process.exit(1);
    }
    console.log(`${relative(process.cwd(), output)} is up to date`);
  } else {
    writeFileSync(output, fresh);
    console.log(`wrote ${relative(process.cwd(), output)}`);
  }
}
