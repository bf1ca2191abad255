/**
 * `npm run keygen [-- <folder>]`: makes the certifier's Ed25519 key pair in the folder (the current one by default):
 * certifier.key, the private key (PKCS#8 PEM, readable by its owner alone), and certifier.pub, the public key to give
 * to whoever verifies (SPKI PEM). It never overwrites a key: delete the old pair on purpose first.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from './attestation';

const folder = process.argv[2] ?? '.';
const [privatePath, publicPath] = [join(folder, 'certifier.key'), join(folder, 'certifier.pub')];
const existing = [privatePath, publicPath].find((path) => existsSync(path));
if (existing) {
  console.error(`keygen: ${existing} exists; a new pair would orphan every certification it signed, so delete it first on purpose`);
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
console.log(`keygen: ${privatePath} (private: keep it, sign with npm run certify -- --sign-key ${privatePath}) and ${publicPath} (public: give it to verifiers); key ID ${keyIdOf(publicKey)}`);
