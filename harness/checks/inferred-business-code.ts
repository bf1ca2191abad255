import { codeAnswer } from './business-code-answer';
import { defineCheck } from './check';

/**
 * On an answer the docs do not give (an `x-inferred` response, e.g. a refused wallet status change), the business
 * codes the contract lists are assumed: another code breaks an inferred SHOULD, never CONTRACT-BC-001. A missing code
 * or a key the profile does not take is still business_code_documented's.
 */
export default defineCheck(
  { id: 'inferred_business_code', requirement: 'CONTRACT-BC-002', kind: 'contract', stage: 'codes' },
  (exchange, { operation, sawSide }) => {
    const answer = codeAnswer(exchange, operation);
    if (!answer) return undefined;
    const { status, response, found } = answer;
    if (!response?.inferred || response.anyBusinessCode || response.businessCodes.length === 0) return undefined;
    if (!found || !sawSide('error-code-key', found.key) || response.businessCodes.includes(found.code)) return undefined;
    return {
      message: `${operation.operationId} answered ${status} with business code ${found.code}, not one the contract assumes for it (assumed: ${response.businessCodes.join(', ')})`,
      received: found.code,
      documented: response.businessCodes,
    };
  },
);
