import { defineCheck } from './check';
import { schemaFinding, schemaVerdict } from './schema-finding';

/** Every response body matches the documented constraints of the schema of its operation and status. */
export default defineCheck(
  { id: 'response_schema_conformance', requirement: 'CONTRACT-SCHEMA-001', kind: 'contract', stage: 'body' },
  (exchange, context) => {
    const judged = schemaVerdict(exchange, context);
    return judged && schemaFinding(judged.status, judged.verdict.schemaId, judged.verdict.errors);
  },
);
