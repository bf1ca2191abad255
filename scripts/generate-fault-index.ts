/**
 * Writes sandbox/faults/index.ts, the registry of planted faults, from the folder: a module of sandbox/faults/ is a
 * planted fault when it says `export default defineFault(` (fault.ts); the other modules there are what the faults
 * are made of and run by. Run after adding, renaming or removing a fault: `npm run build:fault-index`.
 * tests/sandbox/faults.test.ts fails when the committed index is not what this writes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(import.meta.dirname, '..', 'sandbox', 'faults');
export const FAULT_INDEX = join(folder, 'index.ts');

/** The file names (without .ts) of the fault modules, sorted. */
export function faultModules(): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && /^export default defineFault\(/m.test(readFileSync(join(folder, file), 'utf8')))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/** The text of sandbox/faults/index.ts. */
export function faultIndex(): string {
  const modules = faultModules().map((file) => ({ file, binding: file.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) }));
  return [
    '/**',
    ' * The registry of planted faults, by file name. Written by `npm run build:fault-index` (scripts/generate-fault-index.ts,',
    ' * which says what counts as a fault): do not edit.',
    ' */',
    ...modules.map(({ file, binding }) => `import ${binding} from './${file}';`),
    '',
    'export const faults = [',
    ...modules.map(({ binding }) => `  ${binding},`),
    '] as const;',
    '',
    "export type FaultName = (typeof faults)[number]['name'];",
    '',
    'export const FAULT_NAMES: readonly FaultName[] = faults.map((fault) => fault.name);',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(FAULT_INDEX, faultIndex());
  console.log(`sandbox/faults/index.ts: ${faultModules().length} faults`);
}
