/**
 * The certifier's Ed25519 keys, read from PEM files: the private one signs a certification (runner/attestation.ts),
 * the public one verifies it. A private key any other user of the machine can read is refused, as ssh refuses one:
 * whoever can read it can sign in the certifier's name. Each problem is one line naming the file; the key itself is
 * never printed, nor written into a report.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';

export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

function keyText(path: string, what: string): string {
  if (!existsSync(path)) throw new SigningKeyError(`${path}: no such ${what} file (npm run keygen makes a pair)`);
  return readFileSync(path, 'utf8');
}

function ed25519(key: KeyObject, path: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`${path}: a ${key.asymmetricKeyType} key; certifications are signed with Ed25519 (npm run keygen)`);
  return key;
}

/** The private key at `path`, refused when others may read it or it is no Ed25519 private key in PEM. */
export function readPrivateKey(path: string): KeyObject {
  const text = keyText(path, 'private key');
  // Group and others: any read, write or execute bit. (Windows has no such bits: there the check passes.)
  const mode = statSync(path).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new SigningKeyError(`${path}: readable by others (mode ${mode.toString(8).padStart(3, '0')}); make it private first: chmod 600 ${path}`);
  }
  try {
    return ed25519(createPrivateKey(text), path);
  } catch (error) {
    if (error instanceof SigningKeyError) throw error;
    throw new SigningKeyError(`${path}: not a private key in PEM (npm run keygen makes one)`);
  }
}

/** The public key at `path` (PEM). */
export function readPublicKey(path: string): KeyObject {
  const text = keyText(path, 'public key');
  let key: KeyObject;
  try {
    key = createPublicKey(text);
  } catch {
    throw new SigningKeyError(`${path}: not a public key in PEM (npm run keygen writes certifier.pub)`);
  }
  if (text.includes('PRIVATE KEY')) throw new SigningKeyError(`${path}: a private key; give the public one (the .pub file) to verify`);
  return ed25519(key, path);
}
