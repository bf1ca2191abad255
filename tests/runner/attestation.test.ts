import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ATTESTATION, signBundle, verifyAttestation } from '../../runner/attestation';
import type { Certification } from '../../runner/certification';
import { writeManifest } from '../../runner/manifest';
import { signingArguments } from '../../runner/signing-arguments';
import { readPrivateKey, readPublicKey } from '../../runner/signing-key';

const root = join(import.meta.dirname, '..', '..');
const certification = {
  verdict: 'CERTIFIED', environment: 'sandbox', baseUrl: 'https://sandbox.example', tenant: 'XXXXXCORP', suiteVersion: '0.1.0', commit: 'abc',
  contractHash: 'h', catalogueVersion: '1.5.0', seed: '1', startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:10:00Z',
  profile: { file: 'expectations/sandbox.json', interpretations: {}, confirms: [] },
} as unknown as Certification;

/** A bundle as npm run certify writes it: its files, then the manifest. */
function bundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  writeFileSync(join(dir, 'certification.json'), JSON.stringify(certification));
  writeFileSync(join(dir, 'coverage.md'), '# Coverage\n');
  writeFileSync(join(dir, 'run-results.json'), '{"tests":[]}\n');
  writeManifest(dir);
  return dir;
}
const pair = () => generateKeyPairSync('ed25519');

test('a signed bundle verifies with the signer\'s public key, and the statement says what was certified and by which key', () => {
  const dir = bundle();
  const { privateKey, publicKey } = pair();
  const keyid = signBundle(dir, certification, privateKey, { now: new Date('2026-12-05T00:00:00Z'), validDays: 30 });
  const checked = verifyAttestation(dir, publicKey, new Date('2026-12-06T00:00:00Z'));
  assert.ok('predicate' in checked, JSON.stringify(checked));
  assert.equal(checked.predicate.verdict, 'CERTIFIED');
  assert.equal(checked.predicate.signer.keyid, keyid);
  assert.deepEqual(checked.predicate.run, { startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:10:00Z', seed: '1' });
  assert.equal(checked.predicate.expiresAt, '2027-01-04T00:00:00.000Z');
  const envelope = JSON.parse(readFileSync(join(dir, ATTESTATION), 'utf8'));
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
  assert.deepEqual(statement.subject.map((s: { name: string }) => s.name), ['MANIFEST.sha256', 'certification.json', 'coverage.md', 'run-results.json'], 'every file, the manifest too');
  rmSync(dir, { recursive: true });
});

test('a one-byte change to any file, an added or a removed file, another key, an expired or a missing signature: each refused in one line', () => {
  const { privateKey, publicKey } = pair();
  const now = new Date();
  const refusal = (change: (dir: string) => void, key = publicKey, at = now) => {
    const dir = bundle();
    signBundle(dir, certification, privateKey, { now, validDays: 1 });
    change(dir);
    const checked = verifyAttestation(dir, key, at);
    rmSync(dir, { recursive: true });
    assert.ok('refused' in checked, 'refused');
    assert.ok(!checked.refused.includes('\n'), 'one line');
    return checked.refused;
  };
  for (const file of ['MANIFEST.sha256', 'certification.json', 'coverage.md', 'run-results.json']) {
    assert.equal(refusal((dir) => appendFileSync(join(dir, file), ' ')), `${file}: changed since it was signed`);
  }
  assert.equal(refusal((dir) => writeFileSync(join(dir, 'extra.md'), 'x')), 'extra.md: in the bundle but not signed');
  assert.equal(refusal((dir) => rmSync(join(dir, 'coverage.md'))), 'coverage.md: signed but missing from the bundle');
  assert.match(refusal(() => {}, pair().publicKey), /not signed by the key given/);
  assert.match(refusal(() => {}, publicKey, new Date(now.getTime() + 2 * 86_400_000)), /the signature expired on /);
  assert.match(refusal((dir) => rmSync(join(dir, ATTESTATION))), /missing or not JSON, so the bundle is not signed/);
  assert.match(
    refusal((dir) => {
      const envelope = JSON.parse(readFileSync(join(dir, ATTESTATION), 'utf8'));
      const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
      statement.predicate.verdict = 'NOT CERTIFIED';
      envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
      writeFileSync(join(dir, ATTESTATION), JSON.stringify(envelope));
    }),
    /the signature does not verify/,
  );
});

test('a private key others can read, one that is not Ed25519, or a private key given to verify is refused, naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keys-'));
  const key = join(dir, 'certifier.key');
  writeFileSync(key, pair().privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o644 });
  assert.throws(() => readPrivateKey(key), new RegExp(`^SigningKeyError: ${key}: readable by others \\(mode 644\\); make it private first: chmod 600 ${key}$`));
  chmodSync(key, 0o600);
  assert.equal(readPrivateKey(key).asymmetricKeyType, 'ed25519');
  assert.throws(() => readPublicKey(key), /a private key; give the public one/);
  const rsa = join(dir, 'rsa.key');
  writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  assert.throws(() => readPrivateKey(rsa), /a rsa key; certifications are signed with Ed25519/);
  assert.throws(() => readPrivateKey(join(dir, 'none')), /no such private key file/);
  rmSync(dir, { recursive: true });
});

test('signing is asked with --sign-key or SIGNING_KEY, only when certifying, and the options leave the other arguments', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keys-'));
  const key = join(dir, 'certifier.key');
  writeFileSync(key, pair().privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const signed = signingArguments(['specs/card', '--sign-key', key, '--sign-valid-days=7'], true);
  assert.deepEqual([signed.rest, signed.signing?.validDays, signed.problem], [['specs/card'], 7, undefined]);
  assert.equal(signingArguments([], true, key).signing?.validDays, 90, 'SIGNING_KEY of the .env file');
  assert.deepEqual(signingArguments(['x'], false, key), { rest: ['x'] }, 'SIGNING_KEY signs certifications only');
  assert.match(signingArguments(['--sign-key', key], false).problem!, /add --certify/);
  assert.match(signingArguments(['--sign-key', key, '--sign-valid-days', '0'], true).problem!, /a whole number of days/);
  assert.match(signingArguments(['--sign-key'], true).problem!, /needs the private key file/);
  rmSync(dir, { recursive: true });
});

test('npm run keygen makes a private key only its owner reads and never overwrites one; verify-certification exits 0 signed or unsigned, 1 refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'keygen-'));
  const tsx = (script: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'runner', script), ...args], { cwd: root, encoding: 'utf8' });
  const made = tsx('keygen.ts', dir);
  assert.equal(made.status, 0, made.stderr);
  assert.deepEqual(readdirSync(dir).sort(), ['certifier.key', 'certifier.pub']);
  assert.ok(!made.stdout.includes('PRIVATE KEY'), 'the private key is never printed');
  const again = tsx('keygen.ts', dir);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /certifier.key exists/);

  const signedBundle = bundle();
  signBundle(signedBundle, certification, readPrivateKey(join(dir, 'certifier.key')), {});
  for (const file of readdirSync(signedBundle)) assert.ok(!readFileSync(join(signedBundle, file), 'utf8').includes('PRIVATE KEY'), `${file} holds no private key`);
  const verified = tsx('verify-certification.ts', signedBundle, '--key', join(dir, 'certifier.pub'));
  assert.equal(verified.status, 0, verified.stderr);
  assert.match(verified.stdout, /signed and intact; CERTIFIED for sandbox/);
  const unsignedBundle = bundle();
  const unsigned = tsx('verify-certification.ts', unsignedBundle);
  assert.equal(unsigned.status, 0, unsigned.stderr);
  assert.match(unsigned.stderr, /warning: unsigned/);
  const missing = tsx('verify-certification.ts', unsignedBundle, '--key', join(dir, 'certifier.pub'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^verify-certification: .*not signed\n$/);
  appendFileSync(join(signedBundle, 'coverage.md'), 'x');
  const changed = tsx('verify-certification.ts', signedBundle, '--key', join(dir, 'certifier.pub'));
  assert.equal(changed.status, 1);
  assert.match(changed.stderr, /coverage.md: changed since it was signed\n$/);
  for (const d of [dir, signedBundle, unsignedBundle]) rmSync(d, { recursive: true });
});
