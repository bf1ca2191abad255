/**
 * What the two business-code checks read from an answer: its status, what the contract says of that status, and the
 * code the body carries under either key. Documented and assumed code lists are judged by separate checks
 * (business_code_documented, inferred_business_code), so a code outside an assumed list never breaks a MUST.
 */
import { businessCodeIn } from '../contract/business-code';
import { type DocumentedResponse, documentedResponse, type Operation } from '../contract/contract';
import type { Exchange } from '../reporting/exchange';
import { bodyObject, judgeable } from './check';

export interface CodeAnswer {
  status: number;
  response?: DocumentedResponse;
  found?: ReturnType<typeof businessCodeIn>;
}

/** Undefined when no judgeable answer came (environment_fault reports that). */
export function codeAnswer(exchange: Exchange, operation: Operation): CodeAnswer | undefined {
  if (!judgeable(exchange)) return undefined;
  const { status } = exchange.response;
  return { status, response: documentedResponse(operation, status), found: businessCodeIn(bodyObject(exchange)) };
}
