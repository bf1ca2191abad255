import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every TypeScript file under a folder, for the tests that read the source to hold a rule of its layout. */
export const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : []));
