/**
 * A rule the docs state without its answer ("will be rejected", "cannot transition"): the rule holds when the request
 * is refused with any 4xx and nothing changes; the exact status and code are checked afterwards, under an inferred
 * SHOULD of their own (see RuleWithAnswer in requirements.ts), so an environment that refuses differently only warns.
 */
import type { Exchange } from '../reporting/exchange';
import { expectRule, verify } from './verify';

/**
 * The documented half: the contract checks, then a 4xx under `rule`. The caller reads back, then checks the answer,
 * but only when this returns true: an inferred rule's miss is a warning that does not stop the test
 * (harness/verdicts/warnings.ts), and the exact answer of a request that was not refused says nothing more.
 */
export function expectRefused(exchange: Exchange, rule: string): boolean {
  verify(exchange);
  const status = exchange.response?.status;
  const refused = status !== undefined && status >= 400 && status < 500;
  expectRule(rule, 'the answer (a refusal: any 4xx)', refused ? 'refused' : status, 'refused');
  return refused;
}
