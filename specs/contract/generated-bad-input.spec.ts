import { covering, describeMutation, expectRule, mutations, operations, schemas, test, seedOfTest, validBody, verify } from '../../harness';

// Every operation with a JSON body, from its request schema alone: each body breaks one rule of the schema and must
// get the documented 400 (error-codes: validation failures are 400), never a 2xx or a 5xx. At most CAP per operation,
// every kind of mutation kept (harness/contract/request-bodies.ts), so the run stays fast.
const CAP = 8;

for (const operation of operations().filter((op) => op.requestSchemaId)) {
  for (const mutation of mutations(operation.operationId, CAP)) {
    // A constraint the contract infers (x-inferred) is checked under the inferred SHOULD: a faithful API may accept it.
    const requirement = mutation.inferred ? 'CONTRACT-NEGATIVE-002' : 'CONTRACT-NEGATIVE-001';
    const title = `${operation.operationId}: ${describeMutation(mutation)} gets 400`;
    test(...covering({ requirements: [requirement], operation: operation.operationId }, title), async ({ api, target }) => {
      const body = mutation.apply(validBody(operation.operationId, seedOfTest(target.seed, test.info())));
      // A body the schema accepts would test nothing: that is a defect of the generator, not of the API.
      if (schemas().validateRequest(operation.operationId, body)?.valid) throw new Error(`the mutated body is schema-valid: ${JSON.stringify(body)}`);
      const exchange = await api.call(operation.operationId, { body, pathParams: operation.samplePathParams });
      const answer = verify<{ type?: string; fieldErrors?: { field?: unknown }[] }>(exchange, { status: 400, requirements: [requirement] });
      // A constraint-violation that names fields must name this one; a problem-with-message ("Unable to convert http
      // message") need not, and most pages document no constraint-violation at all (its fields may be left out).
      const fields = (Array.isArray(answer?.fieldErrors) ? answer.fieldErrors : []).map((e) => e?.field).filter((f): f is string => typeof f === 'string');
      if (fields.length > 0) {
        const named = fields.some((field) => mutation.named.some((n) => field === n || field.split(/[.[\]]/).includes(n)));
        expectRule(requirement, `a field error on ${mutation.named.join(' or ')}`, named ? 'named' : fields.join(', '), 'named');
      }
    });
  }
}
