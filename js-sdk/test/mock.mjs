// Start the real mock gateway (contract-tests/mock_gateway) for contract
// tests: a free port found by binding to port 0, the interpreter from
// PAYCRYPT_MOCK_PYTHON (default ../.venv/bin/python), and the
// `listening on http://…` line awaited. Failing to start is a test failure,
// never a skip.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const jsSdk = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(jsSdk, '..');

export const MOCK_PYTHON = process.env.PAYCRYPT_MOCK_PYTHON ?? join(jsSdk, '..', '.venv', 'bin', 'python');

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export async function startMock(extraArgs = [], { startTimeout = 30_000 } = {}) {
  if (!existsSync(MOCK_PYTHON)) {
    throw new Error(`mock gateway: no Python interpreter at ${MOCK_PYTHON} (run \`make setup\`, or set PAYCRYPT_MOCK_PYTHON)`);
  }
  const port = await freePort();
  const args = ['-m', 'paycrypt_mock', '--host', '127.0.0.1', '--port', String(port), '--db', ':memory:', ...extraArgs];
  const src = join(repo, 'contract-tests', 'mock_gateway', 'src');
  const env = { ...process.env, PYTHONPATH: [src, process.env.PYTHONPATH].filter(Boolean).join(delimiter), PYTHONUNBUFFERED: '1' };
  const child = spawn(MOCK_PYTHON, args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const baseURL = await new Promise((res, rej) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      rej(new Error(`mock gateway did not print "listening on" within ${startTimeout} ms:\n${output.slice(-2000)}`));
    }, startTimeout);
    const onData = (chunk) => {
      output += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        res(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`mock gateway exited (code ${code}) before listening: ${MOCK_PYTHON} ${args.join(' ')}\n${output.slice(-3000)}`));
    });
  });
  child.removeAllListeners('exit');
  // Keep draining output so the pipe never fills.
  child.stdout.resume();
  child.stderr.resume();
  return {
    baseURL,
    output: () => output,
    stop: () =>
      new Promise((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
