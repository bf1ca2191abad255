import assert from 'node:assert/strict';
import test from 'node:test';
import { metaFromLabels } from '../../harness/reporting/allure-labels';
import { STORIES } from '../../harness/reporting/requirements';
import { covering, declaredIds, declaredName, storyOfStatus } from '../../harness/reporting/covers';
import requirementsSchema from '../../fixtures/meta/requirements.schema.json' with { type: 'json' };

const tags = (...ids: string[]) => ids.map((value) => ({ name: 'tag', value }));

test('a test states its IDs once: the title says the behaviour, the tags carry the IDs, and readers read the tags', () => {
  const declaration = covering({ requirements: ['CARD-ACTIVATE-002', 'CARD-ACTIVATE-003'], case: 'X-CELL-001' }, 'activating an ACTIVE card is refused');
  const [title, details] = declaration;
  assert.equal(title, 'activating an ACTIVE card is refused');
  assert.equal(declaredName(declaration), '[X-CELL-001] [CARD-ACTIVATE-002] [CARD-ACTIVATE-003] activating an ACTIVE card is refused', 'the name reports give it, as titles read before');
  assert.deepEqual(details.tag, ['@X-CELL-001', '@CARD-ACTIVATE-002', '@CARD-ACTIVATE-003']);
  assert.deepEqual(declaredIds(details.tag as string[]), ['X-CELL-001', 'CARD-ACTIVATE-002', 'CARD-ACTIVATE-003']);
  assert.deepEqual(declaredIds(['inferred', 'known deviation', 'CUST-STATUS-001']), ['CUST-STATUS-001']);
});

test('a test that names an unknown requirement, or none, stops the spec from loading', () => {
  assert.throws(() => covering(['CUST-STATUS-999'], 'x'), /unknown requirement ID "CUST-STATUS-999"/);
  assert.throws(() => covering([], 'x'), /names no requirement ID/);
});

test('the Allure story is the requirement\'s, unless the test states its own from its expected outcome', () => {
  assert.deepEqual(metaFromLabels(tags('CUST-STATUS-002')), { operation: 'updateCustomerStatus', story: 'business rule', requirements: ['CUST-STATUS-002'] });
  assert.equal(metaFromLabels(tags('CUST-STATUS-001'))?.story, 'success');
  assert.equal(metaFromLabels(tags('AUTH-BEARER-001'))?.story, undefined, 'no operation: not labelled');
  assert.deepEqual(metaFromLabels([...tags('AUTH-BEARER-001'), { name: 'operation', value: 'markLien' }]), { operation: 'markLien', story: 'authentication', requirements: ['AUTH-BEARER-001'] });
  assert.equal(metaFromLabels([...tags('X-CELL-001', 'CUST-STATUS-004'), { name: 'story', value: 'success' }])?.story, 'success');
  assert.equal(metaFromLabels(tags('X-CELL-001')), undefined, 'a case ID alone is no requirement');
  assert.deepEqual([storyOfStatus(200), storyOfStatus(400), storyOfStatus(409), storyOfStatus(403)], ['success', 'validation', 'business rule', 'business rule']);
});

test('the catalogue\'s meta-schema lists the stories the labels know', () => {
  const story = requirementsSchema.properties.requirements.items.properties.story as { enum: string[] };
  assert.deepEqual(story.enum, [...STORIES]);
});
