/**
 * `npm run verify-certification [-- <bundle folder>]`: checks a certification bundle against its MANIFEST.sha256 and
 * prints its verdict; exits 1, naming each file, when one was changed, removed or added since it was written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, verifyManifest } from './manifest';

const dir = process.argv[2] ?? join(process.env.REPORTS_DIR ?? 'reports', 'certification');
if (!existsSync(join(dir, MANIFEST))) {
  console.error(`verify-certification: ${join(dir, MANIFEST)}: not found (npm run certify writes the bundle)`);
  process.exit(2);
}
const problems = verifyManifest(dir);
for (const line of problems) console.error(`verify-certification: ${join(dir, line)}`);
if (problems.length > 0) process.exit(1);
const { verdict, environment, commit } = JSON.parse(readFileSync(join(dir, 'certification.json'), 'utf8'));
console.log(`${dir}: intact; ${verdict} for ${environment} (suite commit ${commit})`);
