/**
 * A token the environment did not sign: the header and claims of one of its own tokens, signed with a key made
 * here. Only the signature is wrong, so a 200 means the environment does not verify signatures
 * (integration-guide/security: RS256 JWTs).
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';

let foreignKey: KeyObject | undefined;

/**
 * @example const forged = await forgedToken(await tokens.token(target.partner));
 */
export async function forgedToken(genuine: string): Promise<string> {
  // One key per worker: making an RSA key takes longer than the request it is for.
  foreignKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const header = decodeProtectedHeader(genuine);
  return new SignJWT(decodeJwt(genuine)).setProtectedHeader({ ...header, alg: 'RS256' }).sign(foreignKey);
}
