/** A secured operation of the contract, as the sandbox serves it: POST `path`, body checked against the contract. */
import type { Ctx } from '../domain/context';

export interface Call {
  ctx: Ctx;
  /** Valid against the operation's request schema by the time `handle` runs. */
  body: unknown;
  params: Record<string, string>;
  query: Record<string, unknown>;
}

export interface Operation {
  operationId: string;
  path: string;
  /** A required field this operation reports as problem-with-message `"<field>: must not be empty"`. */
  emptyFieldDetail?: string;
  /** The 200 body; a thrown `Problem` becomes the error response. */
  handle(call: Call): unknown;
}
