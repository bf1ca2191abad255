/**
 * A SHA-256 manifest of a bundle, in the format of `sha256sum` (`<hex>  <file>`), so anyone can check a
 * certification bundle with standard tools, and `verifyManifest` says which file was changed, added or removed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTESTATION } from './attestation';
import { sha256 } from './run-metadata';

export const MANIFEST = 'MANIFEST.sha256';

// The attestation is written after the manifest and signs it with the rest (runner/attestation.ts).
const filesOf = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name !== MANIFEST && e.name !== ATTESTATION).map((e) => e.name).sort();

export function writeManifest(dir: string): void {
  const lines = filesOf(dir).map((file) => `${sha256(readFileSync(join(dir, file)))}  ${file}`);
  writeFileSync(join(dir, MANIFEST), `${lines.join('\n')}\n`);
}

/** One line per problem: a file whose hash differs, one the manifest lists but is gone, one it does not list. */
export function verifyManifest(dir: string): string[] {
  const listed = new Map(
    readFileSync(join(dir, MANIFEST), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );
  const present = filesOf(dir);
  return [
    ...[...listed.entries()].flatMap(([file, hash]) =>
      !present.includes(file) ? [`${file}: listed in ${MANIFEST} but missing`] : sha256(readFileSync(join(dir, file))) !== hash ? [`${file}: changed since the manifest was written`] : [],
    ),
    ...present.filter((file) => !listed.has(file)).map((file) => `${file}: not in ${MANIFEST}`),
  ];
}
