import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import test from 'node:test';

const root = new URL('../../', import.meta.url);

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, SANDBOX_FAULTS: '', SANDBOX_PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const line = stdout.split('\n').find((l) => l.startsWith('Reference sandbox listening'));
      if (line) resolve(line);
    });
    exited.then(() => reject(new Error(`exited: ${stderr}`)));
  });
  // A run that is expected to exit never listens; that rejection is not an error of the test.
  listening.catch(() => undefined);
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

test('serves over HTTP, prints one line, and stops cleanly on SIGTERM', async () => {
  const sandbox = start(['--port', '0', '--faults', 'drop-pagination,lien-not-held']);
  const line = await sandbox.listening;
  assert.match(line, /^Reference sandbox listening on http:\/\/127\.0\.0\.1:\d+ \(faults: drop-pagination, lien-not-held; readings: the reference sides\)$/);
  const url = line.split(' ')[4];
  const health = await fetch(`${url}/health`);
  assert.equal(health.status, 200);
  const token = await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'acme-partner', clientSecret: 'acme-partner-secret', grantType: 'client_credentials' }),
  });
  assert.equal(token.status, 200);
  sandbox.child.kill('SIGTERM');
  assert.equal(await sandbox.exited, 0);
});

test('faults come from SANDBOX_FAULTS when no --faults is given', async () => {
  const sandbox = start(['--port', '0'], { SANDBOX_FAULTS: 'token-any-secret' });
  assert.match(await sandbox.listening, /\(faults: token-any-secret; readings: the reference sides\)$/);
  sandbox.child.kill('SIGINT');
  assert.equal(await sandbox.exited, 0);
});

test('an unknown fault exits 2 with one line naming it and the known faults', async () => {
  const sandbox = start(['--port', '0', '--faults', 'drop-pagination,bogus']);
  assert.equal(await sandbox.exited, 2);
  const { stderr } = sandbox.output();
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /bogus/);
  assert.match(stderr, /Known faults: .*drop-pagination/);
});
