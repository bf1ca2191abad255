/**
 * Writes the registries, each from its folder, so that adding a module is all it takes to register it: the planted
 * faults (sandbox/faults/index.ts), the readings (sandbox/readings/index.ts) and the checks of every exchange
 * (harness/checks/index.ts). A module is registered when it says `export default <definer>(`; the other modules of the
 * folder are what the registered ones are made of. The order a registry's entries run in is theirs to state (a check's
 * stage, a reading that moves the code), not the index's. Run after adding, renaming or removing one:
 * `npm run build:registries`. tests/scripts/registries.test.ts fails when a committed index is not what this writes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(import.meta.dirname, '..');

interface Registry {
  folder: string;
  /** The call a registered module's default export is made with. */
  definer: string;
  /** What the registry is, for the index's opening comment. */
  what: string;
  /** The index's lines after the imports, given the bindings of the registered modules in file-name order. */
  body(bindings: string[]): string[];
  /** Imports of the index besides the registered modules. */
  imports: string[];
}

const list = (bindings: string[]) => bindings.map((binding) => `  ${binding},`);

/**
 * A registry of named entries (faults, readings): the list, written between `open` and `close`, the union of their
 * names (`FaultName`) and the names in order (`FAULT_NAMES`), by which the sandbox is told what to plant.
 */
function namedEntries(entry: string, bindings: string[], [open, close]: [string, string]): string[] {
  const [registry, type, names] = [`${entry}s`, `${entry[0].toUpperCase()}${entry.slice(1)}Name`, `${entry.toUpperCase()}_NAMES`];
  return [
    `export const ${registry} = ${open}`,
    ...list(bindings),
    `${close};`,
    '',
    `export type ${type} = (typeof ${registry})[number]['name'];`,
    '',
    `export const ${names}: readonly ${type}[] = ${registry}.map((${entry}) => ${entry}.name);`,
  ];
}

export const REGISTRIES: readonly Registry[] = [
  {
    folder: 'sandbox/faults',
    definer: 'defineFault',
    what: 'planted faults, by file name',
    imports: [],
    body: (bindings) => namedEntries('fault', bindings, ['[', '] as const']),
  },
  {
    folder: 'sandbox/readings',
    definer: 'defineReading',
    what: 'readings: for each interpretation point (fixtures/interpretations.json), every side but the one the reference sandbox takes by default',
    imports: ["import { inRewriteOrder } from './reading';"],
    body: (bindings) => namedEntries('reading', bindings, ['inRewriteOrder([', '] as const)']),
  },
  {
    folder: 'harness/checks',
    definer: 'defineCheck',
    what: 'checks run on every exchange: each enforces one requirement of the catalogue, and a planted fault proves it',
    imports: ["import { type Check, inJudgingOrder } from './check';"],
    body: (bindings) => [
      '/** Every check run on an exchange, in the order they run (check.ts). */',
      'export const ALL_CHECKS: readonly Check[] = inJudgingOrder([',
      ...list(bindings),
      ']);',
      '',
      '/** The checks that judge the API (its contract and its money); the environment check breaks no requirement. */',
      "export const checks: readonly Check[] = ALL_CHECKS.filter((check) => check.kind !== 'environment');",
      '',
      "export type { Check, CheckContext } from './check';",
      "export { expectOutcome, type Expectation, type ProblemType } from './expect-outcome';",
      "export { EXPECTED_OUTCOME, expectValue } from './expect-rule';",
    ],
  },
];

/** The index file a registry writes. */
export const indexOf = (registry: Registry) => join(root, registry.folder, 'index.ts');

/** The file names (without .ts) of the registered modules, sorted. */
export function registeredModules(registry: Registry): string[] {
  const folder = join(root, registry.folder);
  const marker = new RegExp(`^export default ${registry.definer}\\(`, 'm');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && marker.test(readFileSync(join(folder, file), 'utf8')))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

/** The text of a registry's index. */
export function indexText(registry: Registry): string {
  const modules = registeredModules(registry).map((file) => ({ file, binding: file.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) }));
  return [
    '/**',
    ` * The registry of ${registry.what}.`,
    ' * Written by `npm run build:registries` (scripts/generate-registries.ts, which says what counts as registered): do not',
    ' * edit. To add one, write its module.',
    ' */',
    ...modules.map(({ file, binding }) => `import ${binding} from './${file}';`),
    ...registry.imports,
    '',
    ...registry.body(modules.map(({ binding }) => binding)),
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const registry of REGISTRIES) {
    writeFileSync(indexOf(registry), indexText(registry));
    console.log(`${relative(root, indexOf(registry))}: ${registeredModules(registry).length} registered`);
  }
}
