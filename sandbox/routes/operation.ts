/**
 * A secured operation of the contract, as the sandbox serves it: `method` (POST unless said) on `path`, with `:name`
 * path parameters; a body, when the contract gives the operation one, checked against the contract.
 */
import type { Ctx } from '../domain/context';

export interface Call {
  ctx: Ctx;
  /** Valid against the operation's request schema by the time `handle` runs; undefined for a GET. */
  body: unknown;
  params: Record<string, string>;
  query: Record<string, unknown>;
}

export interface Operation {
  operationId: string;
  /** POST when omitted; a GET takes no body. */
  method?: 'GET' | 'POST';
  path: string;
  /** A required field this operation reports as problem-with-message `"<field>: must not be empty"`. */
  emptyFieldDetail?: string;
  /** The 200 body; a thrown `Problem` becomes the error response. */
  handle(call: Call): unknown;
}
