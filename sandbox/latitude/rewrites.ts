/**
 * The rewrites of latitude mode, each tried on the answer in place and kept only when the documented schema of the
 * operation and status still accepts the whole body (otherwise undone, and noted as a constraint the docs state):
 *
 * - `drop`: a field leaves the answer (a field the documented schema does not require);
 * - `add`: an object gains a field the contract does not name (where it does not say `additionalProperties: false`);
 * - `reorder`: an array's items come in the reverse order. The docs order no list the suite reads: Fetch Transaction
 *   History's "newest first" is inferred (openapi/operations/wallet.ts), and search results, cards, wallets,
 *   preferences and field errors are given in no order, so every array may be reordered (`ORDERED` would list a
 *   documented order to keep). Reversed rather than shuffled: an API orders a list by a rule, the same on every read;
 * - `respell`: a value changes to another spelling of itself (the number 91 and the string "91"), where the
 *   documented schema accepts both (a mobile's answered countryCode, or any value inside a node the docs are silent on).
 *
 * Whether a rewrite is tried is decided per field (`decide`, latitude.ts), not per answer: an API's representation is
 * the same on every read, and a field that came and went between two reads of one record would be a change the
 * suite's read-backs rightly notice. Money and state are never touched: a respelt amount is the same amount ("0.50"
 * is never respelt), and only the answer changes, never the sandbox's data.
 */
import { isKept } from './kept';
import { matches, segment } from './pointer';

export type RewriteKind = 'drop' | 'add' | 'reorder' | 'respell';

/** One rewrite tried on one answer: `path` is a JSON pointer into its body. */
export interface Rewrite {
  kind: RewriteKind;
  path: string;
}

/** Arrays whose order the docs state, as JSON pointers (`*` for an index) per operation: none is documented. */
export const ORDERED: readonly { operation: string; path: string }[] = [];

/** The name of a field latitude adds: no contract names it, and no reader can mistake it for a documented one. */
export const ADDED_FIELD = 'latitudeExtra';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Whether to try a rewrite of this kind at this path (a JSON pointer): the seeded choice. */
export type Decide = (kind: RewriteKind, path: string) => boolean;

interface Trial {
  operation: string;
  /** Whether the documented schema accepts the body as it now is. */
  accepts: () => boolean;
  decide: Decide;
  made: Rewrite[];
  refused: Rewrite[];
}

/** Rewrites `body` in place (the caller checked the documented schema accepts it as it is). */
export function loosen(operation: string, body: Json, accepts: () => boolean, decide: Decide): { made: Rewrite[]; refused: Rewrite[] } {
  const trial: Trial = { operation, accepts, decide, made: [], refused: [] };
  walk(body, '', trial);
  return { made: trial.made, refused: trial.refused };
}

function walk(node: Json, path: string, trial: Trial): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}/${i}`, trial));
    if (node.length > 1 && !ordered(trial.operation, path) && trial.decide('reorder', path)) reorder(node, path, trial);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const key of Object.keys(node)) {
    const at = `${path}/${segment(key)}`;
    const kept = isKept(trial.operation, at);
    if (!kept && trial.decide('drop', at) && drop(node, key, at, trial)) continue;
    if (!kept && trial.decide('respell', at)) respell(node, key, at, trial);
    walk(node[key], at, trial);
  }
  if (trial.decide('add', path)) add(node, path, trial);
}

/** Applies `change`; keeps it when the documented schema still accepts the body, else calls `undo`. */
function attempt(rewrite: Rewrite, trial: Trial, change: () => void, undo: () => void): boolean {
  change();
  if (trial.accepts()) {
    trial.made.push(rewrite);
    return true;
  }
  undo();
  trial.refused.push(rewrite);
  return false;
}

function drop(node: { [key: string]: Json }, key: string, path: string, trial: Trial): boolean {
  const value = node[key];
  const order = Object.keys(node);
  return attempt({ kind: 'drop', path }, trial, () => delete node[key], () => restore(node, order, key, value));
}

function add(node: { [key: string]: Json }, path: string, trial: Trial): void {
  if (ADDED_FIELD in node) return;
  attempt({ kind: 'add', path: `${path}/${ADDED_FIELD}` }, trial, () => (node[ADDED_FIELD] = 'not named by the contract'), () => delete node[ADDED_FIELD]);
}

function reorder(node: Json[], path: string, trial: Trial): void {
  const before = [...node];
  const after = [...before].reverse();
  if (JSON.stringify(after) === JSON.stringify(before)) return;
  attempt({ kind: 'reorder', path }, trial, () => node.splice(0, node.length, ...after), () => node.splice(0, node.length, ...before));
}

function respell(node: { [key: string]: Json }, key: string, path: string, trial: Trial): void {
  const value = node[key];
  const other = otherSpelling(value);
  if (other === undefined) return;
  attempt({ kind: 'respell', path }, trial, () => (node[key] = other), () => (node[key] = value));
}

/** The number as a string and a string of a number as the number, when nothing is lost either way ("0.50" stays). */
function otherSpelling(value: Json): Json | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(value) && String(Number(value)) === value) return Number(value);
  return undefined;
}

/** Puts a dropped field back where it was, so that an undone drop leaves the key order as it found it. */
function restore(node: { [key: string]: Json }, order: string[], key: string, value: Json): void {
  const rest = Object.fromEntries(order.filter((k) => k in node || k === key).map((k) => [k, k === key ? value : node[k]]));
  for (const k of Object.keys(node)) delete node[k];
  Object.assign(node, rest);
}

function ordered(operation: string, path: string): boolean {
  return ORDERED.some((o) => o.operation === operation && matches(o.path, path));
}
