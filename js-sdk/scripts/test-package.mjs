// Packaging test (`npm run test:package`; also the last step of `npm test`).
// Packs the package as npm would publish it, installs the tarball into an
// empty temp folder, and checks that:
//   - require('paycrypt') and import('paycrypt') both work there;
//   - test-projects/{esm,cjs,types} compile with `tsc --strict` under
//     moduleResolution node16 and bundler (esm and cjs are then run);
//   - @arethetypeswrong/cli and publint find no problem in the tarball;
//   - the installed package has no dependencies (`npm ls --omit=dev`).
// Expects a fresh dist/ (npm test builds first); packs with --ignore-scripts.
// Prints node:test-style closing lines ("# pass N", "# fail N").
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const results = [];

function run(cmd, args, cwd, options = {}) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = fn();
    results.push({ name, ok: true });
    console.log(`ok - ${name}${note ? ` (${note})` : ''} # ${Date.now() - t0} ms`);
  } catch (err) {
    results.push({ name, ok: false });
    const detail = [err.stdout, err.stderr, err.stdout || err.stderr ? '' : err.message].filter(Boolean).join('\n');
    console.log(`not ok - ${name}\n${detail.replace(/^/gm, '  # ')}`);
  }
}

if (!existsSync(join(root, 'dist', 'esm', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm test and npm run test:package do)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'paycrypt-pkg-'));
let tarball;
try {
  check('npm pack', () => {
    const out = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
    const [info] = JSON.parse(out);
    tarball = join(work, info.filename);
    const files = info.files.map((f) => f.path).sort();
    const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
    if (stray.length) throw new Error(`unexpected files in the tarball: ${stray.join(', ')}`);
    for (const need of ['README.md', 'LICENSE', 'dist/esm/index.js', 'dist/cjs/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.d.ts']) {
      if (!files.includes(need)) throw new Error(`${need} missing from the tarball`);
    }
    return `${info.filename}, ${(statSync(tarball).size / 1024).toFixed(1)} kB packed, ${files.length} files`;
  });
  if (!tarball) throw new Error('npm pack failed');

  const consumer = join(work, 'consumer');
  cpSync(join(root, 'test-projects'), consumer, { recursive: true });
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }) + '\n');

  check('npm install <tarball> into an empty folder: nothing but paycrypt arrives', () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], consumer);
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    if (installed.join() !== 'paycrypt') throw new Error(`installed: ${installed.join(', ')}`);
    // The consumers' type checks need Node's types; reuse the pinned ones.
    symlinkSync(join(root, 'node_modules', '@types'), join(consumer, 'node_modules', '@types'), 'dir');
  });

  check('npm ls --omit=dev: no dependencies', () => {
    const out = run('npm', ['ls', '--omit=dev', '--all'], root);
    if (!/\(empty\)/.test(out)) throw new Error(out);
    return out.trim().split('\n').at(-1).trim();
  });

  check("require('paycrypt') works", () => {
    const out = run(process.execPath, ['-e', "const p = require('paycrypt'); if (typeof p.PayCrypt !== 'function') process.exit(1); console.log(Object.keys(p).length)"], consumer);
    return `${out.trim()} exports`;
  });

  check("import('paycrypt') works", () => {
    const out = run(process.execPath, ['--input-type=module', '-e', "const p = await import('paycrypt'); if (typeof p.PayCrypt !== 'function') process.exit(1); console.log(Object.keys(p).length)"], consumer);
    return `${out.trim()} exports`;
  });

  for (const project of ['esm', 'cjs', 'types']) {
    for (const resolution of ['node16', 'bundler']) {
      check(`tsc --strict test-projects/${project} (moduleResolution ${resolution})`, () => {
        run(bin('tsc'), ['-p', join(consumer, project, `tsconfig.${resolution}.json`)], consumer);
      });
    }
  }
  for (const project of ['esm', 'cjs']) {
    check(`run the compiled test-projects/${project}`, () => {
      const out = run(process.execPath, [join(consumer, project, 'out', 'index.js')], join(consumer, project));
      if (!out.startsWith(`${project} ok`)) throw new Error(out);
      return out.trim();
    });
  }

  check('@arethetypeswrong/cli: no problems', () => {
    run(bin('attw'), [tarball, '--no-definitely-typed', '--format', 'ascii', '--no-color'], root, {
      env: { ...process.env, NO_COLOR: '1' },
    });
  });

  check('publint: no problems', () => {
    const out = run(bin('publint'), ['run', tarball, '--level', 'suggestion', '--strict'], root);
    if (!/All good/i.test(out)) throw new Error(out);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok).length;
console.log(`# package tests: ${results.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`# pass ${results.length - failed}`);
console.log(`# fail ${failed}`);
process.exit(failed ? 1 : 0);
