// `npm test`: run the suite with a throw-away certificate authority.
//
// @shopify/shopify-api always speaks HTTPS to the Admin API (it rewrites any
// store URL to https://). So that the tests need no patched library, the
// Admin API stand-in is served over TLS with a certificate for localhost and
// 127.0.0.1 signed by a CA made here, now, with openssl; Node is told to trust
// that CA through NODE_EXTRA_CA_CERTS (read once at start-up, hence a child
// process). The keys live in a temporary directory removed afterwards.
//
//   node scripts/test-with-ca.mjs node --test test/a.test.js …

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'paycrypt-shopify-ca-'));
let status = 1;
try {
  const ssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem',
    '-days', '1', '-subj', '/CN=PayCrypt Shopify example test CA');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr',
    '-subj', '/CN=localhost');
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  ssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial',
    '-out', 'server.pem', '-days', '1', '-extfile', 'san.ext');

  const [command, ...args] = process.argv.slice(2);
  // `test/*.test.js` without relying on a shell to expand it.
  const expanded = args.flatMap((a) =>
    a === 'test/*.test.js' ? readdirSync('test').filter((f) => f.endsWith('.test.js')).map((f) => join('test', f)) : [a]);
  const child = spawnSync(command, expanded, {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
      SHOPIFY_STAND_IN_TLS_KEY: join(dir, 'server.key'),
      SHOPIFY_STAND_IN_TLS_CERT: join(dir, 'server.pem'),
    },
  });
  status = child.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
