/**
 * Writes the contract as JSON (openapi/m2p-prepaid-v2.json) and the JSON Schemas derived from it (schemas/).
 * Run after any change under openapi/: `npm run build:contract`. tests/contract/contract.test.ts fails when they are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../openapi/document';
import { deriveSchemas } from '../openapi/derive-schemas';

const root = join(import.meta.dirname, '..');
const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

writeFileSync(join(root, 'openapi', 'm2p-prepaid-v2.json'), serialise(contract));
const schemaDir = join(root, 'schemas');
mkdirSync(schemaDir, { recursive: true });
for (const old of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'))) rmSync(join(schemaDir, old));
const files = deriveSchemas(contract);
for (const [name, schema] of Object.entries(files)) writeFileSync(join(schemaDir, name), serialise(schema));
console.log(`contract: openapi/m2p-prepaid-v2.json, ${Object.keys(files).length} schemas in schemas/`);
