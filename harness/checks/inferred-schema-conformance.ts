import { defineCheck } from './check';
import { schemaFinding, schemaVerdict } from './schema-finding';

/**
 * The constraints the contract marks x-inferred: a body that breaks only those may come from a faithful environment,
 * so the finding breaks an inferred SHOULD, never CONTRACT-SCHEMA-001.
 */
export default defineCheck(
  { id: 'inferred_schema_conformance', requirement: 'CONTRACT-SCHEMA-002', kind: 'contract', stage: 'body' },
  (exchange, context) => {
    const judged = schemaVerdict(exchange, context);
    return judged && schemaFinding(judged.status, judged.verdict.schemaId, judged.verdict.inferredErrors, 'inferred constraints of ');
  },
);
