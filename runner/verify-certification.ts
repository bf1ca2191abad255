/**
 * `npm run verify-certification [-- <bundle folder>] [--key <public key>]`: checks a certification bundle and prints
 * its verdict. With `--key`, the bundle must be signed by that key (runner/attestation.ts): a changed, added or removed
 * file, another key, an expired or a missing signature is refused in one line, exit 1. Without it, the bundle is
 * checked against its MANIFEST.sha256 alone and reported "unsigned" (or its signature "not checked") with a warning:
 * a manifest proves integrity only to whoever trusts that nobody rewrote it. Works offline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTESTATION, verifyAttestation } from './attestation';
import { MANIFEST, verifyManifest } from './manifest';
import { takeOption } from './option-argument';
import { readPublicKey, SigningKeyError } from './signing-key';

const { given: keyGiven, value: keyPath, rest: positional } = takeOption(process.argv.slice(2), '--key');
const dir = positional[0] ?? join(process.env.REPORTS_DIR ?? 'reports', 'certification');

const refuse = (line: string, code = 1): never => {
  console.error(`verify-certification: ${line}`);
  process.exit(code);
};

if (keyGiven && !keyPath) refuse('--key needs the certifier\'s public key file (certifier.pub)', 2);
if (!existsSync(join(dir, MANIFEST))) refuse(`${join(dir, MANIFEST)}: not found (npm run certify writes the bundle)`, 2);
let publicKey;
try {
  publicKey = keyPath ? readPublicKey(keyPath) : undefined;
} catch (error) {
  if (!(error instanceof SigningKeyError)) throw error;
  refuse(error.message, 2);
}
const { verdict, environment, commit } = JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8'));
if (publicKey) {
  const checked = verifyAttestation(dir, publicKey);
  if ('refused' in checked) refuse(`${join(dir, checked.refused)}`);
  else console.log(`${dir}: signed and intact; ${verdict} for ${environment} (suite commit ${commit}), signed by key ${checked.predicate.signer.keyid.slice(0, 16)}… on ${checked.predicate.signedAt}, valid until ${checked.predicate.expiresAt}`);
} else {
  const problems = verifyManifest(dir);
  for (const line of problems) console.error(`verify-certification: ${join(dir, line)}`);
  if (problems.length > 0) process.exit(1);
  const signed = existsSync(join(dir, ATTESTATION));
  console.warn(
    `verify-certification: warning: ${signed ? 'signed, but the signature was not checked: give --key <the certifier\'s public key>' : 'unsigned: the manifest shows the files are as written, not who wrote them (npm run certify -- --sign-key <file> signs)'}`,
  );
  console.log(`${dir}: intact (${signed ? 'signature not checked' : 'unsigned'}); ${verdict} for ${environment} (suite commit ${commit})`);
}
