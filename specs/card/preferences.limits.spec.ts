import { expandRows, expectRefused, expectRule, limitFile, limitDeclaration, type Preference, type PreferenceScope, type PreferenceType, requestSchema, resolveValue, test, verify } from '../../harness';

// Rules: api-library/card/updateCardPreferences ("Setting a value higher than the upper limit will be rejected";
// "Only send the preferences you want to change — others remain unchanged"; "upperLimit* fields are read-only"), as
// the rows of fixtures/limits/card-preferences.json, each for every scope and preference type the contract lists
// unless it says.
const file = limitFile('card-preferences');
const override = (requestSchema(file.operation).$defs as Record<string, { properties: { type: { enum: PreferenceType[] } } }>).PreferenceOverride;
const dimensions = { scope: ['domestic', 'international'], type: override.properties.type.enum };

test.describe(file.title, () => {
  for (const limitCase of expandRows(file, dimensions)) {
    const { row, at } = limitCase;
    const scope = at.scope as PreferenceScope;
    const type = at.type as PreferenceType;
    test(...limitDeclaration(file, limitCase), async ({ api, data }) => {
      const card = await data.card();
      const before = await data.preferenceSets(card);
      const value = resolveValue(row.value, before[scope].find((p) => p.type === type)!);
      const body = data.preferences(card, { [scope]: [{ type, [row.field]: value }] });
      const exchange = await api.call(file.operation, { body });
      // A row whose answer the docs do not give holds its rule on any refusal, and its answer afterwards (harness/verdicts/refusal.ts).
      let refused = false;
      if (row.answerRequirement) refused = expectRefused(exchange, row.requirements[0]);
      else verify(exchange, { ...row.expect, requirements: row.requirements });
      // Accepted: the one field sent changed and nothing else. Rejected, or a read-only field: nothing changed.
      const changes = row.expect.status === 200 && row.readBack?.preferences !== 'unchanged';
      const expected = changes ? withField(before, scope, type, row.field, value) : before;
      expectRule(changes ? 'CARD-PREF-004' : row.requirements[0], 'the preferences read back', await data.preferenceSets(card), expected);
      if (refused) verify(exchange, { ...row.expect, requirements: [row.answerRequirement!] });
    });
  }
});

function withField(sets: Record<PreferenceScope, Preference[]>, scope: PreferenceScope, type: PreferenceType, field: string, value: unknown) {
  return { ...sets, [scope]: sets[scope].map((p) => (p.type === type ? { ...p, [field]: value } : p)) };
}
