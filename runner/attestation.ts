/**
 * A signed certification: an in-toto Statement (v1) in a DSSE envelope, signed with the certifier's Ed25519 key, in
 * the bundle as attestation.intoto.json. Its subject is every other file of the bundle with its SHA-256; its predicate
 * the verdict and what it was reached on (environment, suite version and commit, contract hash, profile, run window,
 * seed), the signer's key ID and when the signature expires. Anyone holding the public key can check it offline:
 * the MANIFEST.sha256 beside it proves integrity only to someone who trusts whoever could rewrite it.
 * https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md, https://github.com/secure-systems-lab/dsse
 */
import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Certification } from './certification';
import { sha256 } from './run-metadata';

export const ATTESTATION = 'attestation.intoto.json';
const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://github.com/m2p-prepaid-v2-conformance/certification/v1';
/** How long a signature stands unless the certifier says otherwise (`--sign-valid-days`). */
export const VALID_DAYS = 90;

export interface CertificationPredicate {
  verdict: Certification['verdict'];
  environment: string;
  baseUrl: string;
  suiteVersion: string;
  commit: string;
  contractHash: string;
  catalogueVersion: string;
  profile: Certification['profile'];
  run: { startedAt: string; finishedAt: string; seed: string };
  signer: { keyid: string };
  signedAt: string;
  expiresAt: string;
}

interface Statement {
  _type: typeof STATEMENT_TYPE;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof PREDICATE_TYPE;
  predicate: CertificationPredicate;
}

interface Envelope {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
}

/** A public key's ID: the SHA-256 of its DER form (SubjectPublicKeyInfo), as hex. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** DSSE's pre-authentication encoding: what is signed, so that the payload's type is signed with it. */
function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

/** The bundle's files a statement covers: all but the attestation itself, sorted. */
const subjectFiles = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name !== ATTESTATION).map((e) => e.name).sort();

/** Signs the bundle in `dir` (written and manifested) with the certifier's private key; returns the key ID. */
export function signBundle(dir: string, certification: Certification, privateKey: KeyObject, { now = new Date(), validDays = VALID_DAYS } = {}): string {
  const keyid = keyIdOf(privateKey);
  const statement: Statement = {
    _type: STATEMENT_TYPE,
    subject: subjectFiles(dir).map((name) => ({ name, digest: { sha256: sha256(readFileSync(join(dir, name))) } })),
    predicateType: PREDICATE_TYPE,
    predicate: {
      verdict: certification.verdict,
      environment: certification.environment,
      baseUrl: certification.baseUrl,
      suiteVersion: certification.suiteVersion,
      commit: certification.commit,
      contractHash: certification.contractHash,
      catalogueVersion: certification.catalogueVersion,
      profile: certification.profile,
      run: { startedAt: certification.startedAt, finishedAt: certification.finishedAt, seed: certification.seed },
      signer: { keyid },
      signedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + validDays * 86_400_000).toISOString(),
    },
  };
  const payload = Buffer.from(JSON.stringify(statement));
  const envelope: Envelope = {
    payloadType: PAYLOAD_TYPE,
    payload: payload.toString('base64'),
    signatures: [{ keyid, sig: sign(null, pae(PAYLOAD_TYPE, payload), privateKey).toString('base64') }],
  };
  writeFileSync(join(dir, ATTESTATION), `${JSON.stringify(envelope, null, 2)}\n`);
  return keyid;
}

/** What checking a bundle's attestation found: a refusal (one line), or the signed predicate. */
export type AttestationCheck = { refused: string } | { predicate: CertificationPredicate };

/**
 * Checks the attestation of the bundle in `dir` against the certifier's public key: the signature, that it has not
 * expired on `now`, and that every file of the bundle is the one signed (none changed, added or removed).
 */
export function verifyAttestation(dir: string, publicKey: KeyObject, now = new Date()): AttestationCheck {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(readFileSync(join(dir, ATTESTATION), 'utf8')) as Envelope;
  } catch {
    return { refused: `${ATTESTATION}: missing or not JSON, so the bundle is not signed` };
  }
  const payload = Buffer.from(envelope.payload ?? '', 'base64');
  const keyid = keyIdOf(publicKey);
  const signature = envelope.signatures?.find((s) => s.keyid === keyid);
  if (envelope.payloadType !== PAYLOAD_TYPE || !signature) return { refused: `${ATTESTATION}: not signed by the key given (key ID ${keyid.slice(0, 16)}…)` };
  if (!verify(null, pae(envelope.payloadType, payload), publicKey, Buffer.from(signature.sig, 'base64'))) {
    return { refused: `${ATTESTATION}: the signature does not verify with the key given: the statement was changed, or another key signed it` };
  }
  const statement = JSON.parse(payload.toString('utf8')) as Statement;
  if (statement._type !== STATEMENT_TYPE || statement.predicateType !== PREDICATE_TYPE) return { refused: `${ATTESTATION}: not a certification statement (${statement.predicateType})` };
  if (new Date(statement.predicate.expiresAt).getTime() <= now.getTime()) return { refused: `${ATTESTATION}: the signature expired on ${statement.predicate.expiresAt}` };
  const signed = new Map(statement.subject.map((s) => [s.name, s.digest.sha256]));
  const present = subjectFiles(dir);
  for (const [name, digest] of signed) {
    if (!present.includes(name)) return { refused: `${name}: signed but missing from the bundle` };
    if (sha256(readFileSync(join(dir, name))) !== digest) return { refused: `${name}: changed since it was signed` };
  }
  const unsigned = present.find((name) => !signed.has(name));
  if (unsigned) return { refused: `${unsigned}: in the bundle but not signed` };
  return { predicate: statement.predicate };
}
