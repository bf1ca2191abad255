import { codeAnswer } from './business-code-answer';
import { defineCheck } from './check';

/**
 * A business error carries a business code, and one the contract documents (`x-business-codes`) for the operation
 * and status, under a key the environment's profile accepts (interpretation point `error-code-key`: `businessCode`
 * or `business.code`, either unless the profile picks one). Applies to the statuses that document codes (409 in
 * this contract); where the status also has cases the docs give no code for (`x-any-business-code`), any code
 * passes, under an accepted key. A code outside an inferred list (the answer is `x-inferred`) is left to
 * inferred_business_code. https://dev.m2p.app/docs/prepaidv2/error-codes
 */
export default defineCheck(
  { id: 'business_code_documented', requirement: 'CONTRACT-BC-001', kind: 'contract', stage: 'codes' },
  (exchange, { operation, sawSide }) => {
    const answer = codeAnswer(exchange, operation);
    if (!answer) return undefined;
    const { status, response, found } = answer;
    const documented = response?.businessCodes ?? [];
    if (documented.length === 0) return undefined;
    if (found && !sawSide('error-code-key', found.key)) {
      return {
        message: `${operation.operationId} answered ${status} with its code under "${found.key}", a key this environment's profile does not take (interpretation point error-code-key)`,
        received: found.key,
        documented: 'the key the profile picks',
      };
    }
    if (found && (documented.includes(found.code) || response?.anyBusinessCode)) return undefined;
    // Another code on an answer the docs do not give (x-inferred) is inferred_business_code's, an inferred SHOULD.
    if (found && response?.inferred) return undefined;
    return {
      message: found
        ? `${operation.operationId} answered ${status} with business code ${found.code}, which the contract does not document for it (documented: ${documented.join(', ')})`
        : `${operation.operationId} answered ${status} without a businessCode (documented: ${documented.join(', ')})`,
      received: found?.code ?? null,
      documented,
    };
  },
);
