import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import test from 'node:test';
import { indexOf, indexText, REGISTRIES, registeredModules } from '../../scripts/generate-registries';
import { ALL_CHECKS } from '../../harness/checks/index';
import { readings } from '../../sandbox/readings/index';

for (const registry of REGISTRIES) {
  test(`${registry.folder}/index.ts is what \`npm run build:registries\` writes from the folder's modules`, () => {
    const file = relative(process.cwd(), indexOf(registry));
    assert.ok(registeredModules(registry).length > 0, `${registry.folder}: no module says export default ${registry.definer}(`);
    assert.equal(readFileSync(indexOf(registry), 'utf8'), indexText(registry), `${file} is stale: run npm run build:registries`);
  });
}

test('checks run from the status line inward, the environment check last; readings that move the code rewrite last', () => {
  const ids = ALL_CHECKS.map((check) => check.id);
  assert.equal(ids[0], 'status_code_documented');
  assert.equal(ids.at(-1), 'environment_fault');
  assert.ok(ids.indexOf('response_schema_conformance') < ids.indexOf('business_code_documented'));
  assert.ok(ids.indexOf('business_code_documented') < ids.indexOf('balance_arithmetic'));
  assert.equal(readings.at(-1)?.name, 'error-code-key=business.code');
});
