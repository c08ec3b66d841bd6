// Start the REAL PayCrypt mock gateway (contract-tests/mock_gateway) as a
// subprocess on a free port, wait for its "listening on …" line.
//
// Interpreter: $PAYCRYPT_MOCK_PYTHON, default ../../.venv/bin/python relative
// to examples/shopify (the repository's venv, made by `make setup`).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const exampleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function mockPython() {
  return process.env.PAYCRYPT_MOCK_PYTHON || resolve(exampleDir, '../../.venv/bin/python');
}

export async function startMockGateway({ retryDelays = '0.2,0.5,1', timeoutMs = 30_000 } = {}) {
  const python = mockPython();
  if (!existsSync(python)) {
    throw new Error(`no Python for the mock gateway at ${python}: run \`make setup\` or set PAYCRYPT_MOCK_PYTHON`);
  }
  const child = spawn(
    python,
    ['-m', 'paycrypt_mock', '--host', '127.0.0.1', '--port', '0', '--db', ':memory:',
      '--webhook-retry-delays', retryDelays],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });

  const baseURL = await new Promise((resolveUrl, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mock gateway did not start within ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`mock gateway exited (${code ?? signal}) before listening\n${stderr}`));
    });
  });
  child.stdout.resume();

  return {
    baseURL,
    get stderr() {
      return stderr;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A free TCP port on 127.0.0.1 (ask the OS, then release it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}
