import { documentedResponse } from '../contract';
import { bodyObject, defineCheck, judgeable } from './check';

/**
 * A business error carries a business code, and one the contract documents (`x-business-codes`) for the operation
 * and status. Applies to the statuses that document codes (409 in this contract).
 * https://dev.m2p.app/docs/prepaidv2/error-codes
 */
export const businessCodeDocumented = defineCheck(
  { id: 'business_code_documented', requirement: 'CONTRACT-BC-001', kind: 'contract' },
  (exchange, { operation }) => {
    if (!judgeable(exchange)) return undefined;
    const { status } = exchange.response;
    const documented = documentedResponse(operation, status)?.businessCodes ?? [];
    if (documented.length === 0) return undefined;
    const received = bodyObject(exchange)?.businessCode;
    if (typeof received === 'string' && documented.includes(received)) return undefined;
    return {
      message:
        typeof received === 'string'
          ? `${operation.operationId} answered ${status} with business code ${received}, which the contract does not document for it (documented: ${documented.join(', ')})`
          : `${operation.operationId} answered ${status} without a businessCode (documented: ${documented.join(', ')})`,
      received: received ?? null,
      documented,
    };
  },
);
