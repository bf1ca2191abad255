/**
 * `--sign-key <file>` (or SIGNING_KEY in the environment's .env file) and `--sign-valid-days <n>` of the commands
 * that certify (npm run certify, npm run merge-shards -- --certify): taken out of the other arguments and the key
 * read at once, so a key that cannot sign (missing, readable by others, not Ed25519) is refused in one line before
 * any test runs, not after the whole suite.
 */
import type { KeyObject } from 'node:crypto';
import { VALID_DAYS } from './attestation';
import { takeOption } from './option-argument';
import { readPrivateKey, SigningKeyError } from './signing-key';

export interface Signing {
  key: KeyObject;
  validDays: number;
}

/**
 * The signing the arguments ask for, or a one-line problem. `fromEnvFile` is SIGNING_KEY of the environment's file,
 * used when no `--sign-key` is given; certifying is what is signed, so signing without `certify` is refused.
 */
export function signingArguments(args: string[], certify: boolean, fromEnvFile?: string): { signing?: Signing; rest: string[]; problem?: string } {
  const key = takeOption(args, '--sign-key');
  const days = takeOption(key.rest, '--sign-valid-days');
  const rest = days.rest;
  if (key.given && !key.value) return { rest, problem: '--sign-key needs the private key file (npm run keygen makes one)' };
  const path = key.value ?? fromEnvFile;
  if (days.given && !/^[1-9]\d*$/.test(days.value ?? '')) return { rest, problem: `--sign-valid-days needs a whole number of days, not "${days.value ?? ''}"` };
  // SIGNING_KEY of the .env file signs every certification, and nothing else.
  if (!certify) return key.given || days.given ? { rest, problem: '--sign-key signs a certification: add --certify (npm run certify)' } : { rest };
  if (!path) return days.given ? { rest, problem: '--sign-valid-days without a key: add --sign-key <file>' } : { rest };
  try {
    return { rest, signing: { key: readPrivateKey(path), validDays: days.value ? Number(days.value) : VALID_DAYS } };
  } catch (error) {
    if (error instanceof SigningKeyError) return { rest, problem: `signing key ${error.message}` };
    throw error;
  }
}
