import { documentedResponse } from '../contract/contract';
import { defineCheck, judgeable } from './check';

/**
 * Every response status is one the contract documents for the operation.
 * An undocumented status is a finding on its own; the schema check then stays silent (there is no schema to use).
 */
export default defineCheck(
  { id: 'status_code_documented', requirement: 'CONTRACT-STATUS-001', kind: 'contract', stage: 'status' },
  (exchange, { operation }) => {
    if (!judgeable(exchange)) return undefined;
    const { status } = exchange.response;
    if (documentedResponse(operation, status)) return undefined;
    const documented = Object.keys(operation.responses);
    return {
      message: `${operation.operationId} answered ${status}, which the contract does not document (documented: ${documented.join(', ')})`,
      received: status,
      documented,
    };
  },
);
