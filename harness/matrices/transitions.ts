/**
 * Runs one cell of a status-transition matrix against the target: a fresh entity, brought to the cell's `from`
 * status by the shortest path of allowed transitions the matrix itself gives (each step checked, and the status
 * read back), then the cell's request, its answer, and a later read. What the target did is recorded as a
 * `matrix-observation` annotation, before any verdict, so discovery can write the matrix an environment has.
 */
import { test } from '@playwright/test';
import { annotate, type CellObservation } from '../reporting/annotations';
import { businessCodeIn, businessCodeOf } from '../contract/business-code';
import { judgeable } from '../checks/check';
import type { ApiClient } from '../environment/client';
import type { DataFactory, IssuedCard } from '../data/data';
import type { Exchange } from '../reporting/exchange';
import { expectedSide } from '../verdicts/interpretations';
import type { Actor } from '../contract/actor';
import { CARD_CODE_POINT, codeAlternatives, type Matrix, setupPath, type Step } from './matrices';
import { expectRefused } from '../verdicts/refusal';
import { expectRule, type SetupOf, verify } from '../verdicts/verify';

/** How a matrix reaches the entities it moves: make one, ask it to take a status, read its status. */
interface Subject<Entity> {
  create(data: DataFactory): Promise<Entity>;
  body(data: DataFactory, entity: Entity, to: string): unknown;
  read(data: DataFactory, entity: Entity): Promise<string>;
}

interface CustomerEntity {
  entityId: string;
}

const subjects: { customer: Subject<CustomerEntity>; wallet: Subject<IssuedCard>; card: Subject<IssuedCard> } = {
  customer: {
    create: (data) => data.customer(),
    body: (_data, customer, to) => ({ entityId: customer.entityId, status: to }),
    read: (data, customer) => data.customerStatus(customer),
  },
  wallet: {
    create: (data) => data.card(),
    body: (_data, card, to) => ({ accountId: card.accountId, status: to }),
    read: (data, card) => data.walletStatus(card),
  },
  card: {
    create: (data) => data.card(),
    body: (data, card, to) => data.cardStatus(card, to as 'LOCKED' | 'UNLOCKED' | 'BLOCKED'),
    read: (data, card) => data.cardStatusOf(card),
  },
};

export interface CellClients {
  data: DataFactory;
  partner: ApiClient;
  /** Needed when the cell's actor or a step of its path is the support role; absent when the target has none. */
  support?: ApiClient;
  /** Why a cell that needs the support role is skipped when `support` is absent. */
  withoutSupport: string;
}

/**
 * The body of a matrix cell's test.
 * @example test(...cellDeclaration(matrix, step), ({ cellClients }) => exerciseCell(matrix, step, cellClients));
 */
export async function exerciseCell(matrix: Matrix, step: Step, clients: CellClients): Promise<void> {
  const { cell, outcome } = step;
  const info = test.info();
  annotate(info, 'matrix-cell', `${matrix.matrix} ${cell.id} ${outcome.actor}`);
  const path = pathOrSkip(matrix, cell.from, matrix.matrix, cell.id);
  skipWithoutSupport(path, clients, outcome.actor);
  const subject = subjects[matrix.entity] as Subject<unknown>;
  const entity = await subject.create(clients.data);
  await bringTo(matrix, entity, path, clients);

  const exchange = await clientFor(clients, outcome.actor).call(matrix.operation, { body: subject.body(clients.data, entity, cell.to) });
  const readBack = await subject.read(clients.data, entity);
  // An environment fault (no answer, a gateway's 5xx) says nothing of the rule: the cell is not observed.
  if (judgeable(exchange)) annotate(info, 'matrix-observation', observe(matrix, step, exchange, readBack));

  const rule = cell.requirements[0];
  const answer = { status: outcome.status, businessCode: expectedCode(matrix, outcome, exchange) };
  if (cell.answerRequirement && outcome.status >= 400) {
    // The docs state the rule (refused, the status stays), not the answer: harness/verdicts/refusal.ts.
    const refused = expectRefused(exchange, rule);
    expectRule(rule, READ_BACK.refused, readBack, cell.from);
    if (refused) verify(exchange, { ...answer, requirements: [cell.answerRequirement] });
    return;
  }
  const body = verify<{ result?: { message?: string } }>(exchange, { ...answer, requirements: cell.requirements });
  if (outcome.message !== undefined) expectRule(rule, 'the message of the answer', messageLike(body.result?.message, outcome.message, outcome.becomes), outcome.message);
  // A refused request leaves the status as it was; an allowed one is persisted, not only answered.
  expectRule(rule, outcome.status < 400 ? READ_BACK.allowed : READ_BACK.refused, readBack, outcome.becomes ?? cell.from);
}

/**
 * The path a cell's test takes to `status` ({@link setupPath}); without one the test is skipped as unreachable, with the
 * reason and a `matrix-unreachable` annotation (`<matrix file> <cell ID>`) that reports count as not applicable.
 * @param owner the matrix file the cell is in: a transition matrix, or an effect matrix that reaches statuses by it.
 */
export function pathOrSkip(matrix: Matrix, status: string, owner: string, cellId: string): Step[] {
  const path = setupPath(matrix, status);
  if (path) return path;
  annotate(test.info(), 'matrix-unreachable', `${owner} ${cellId}`);
  test.skip(true, `${cellId}: ${status} is unreachable: no path of allowed transitions from ${matrix.initial} in fixtures/matrices/${matrix.matrix}.json`);
  // test.skip(true, …) throws; this line only tells the type checker so.
  throw new Error(`${cellId} was not skipped`);
}

/**
 * Skips the test, with `clients.withoutSupport`, when a step of `path` or the test's own request (`actor`) needs the
 * support role and the target has none. Called before the test makes anything: a shared environment keeps what it makes.
 */
export function skipWithoutSupport(path: readonly Step[], clients: CellClients, actor: Actor = 'partner'): void {
  test.skip((actor === 'support' || path.some((s) => s.outcome.actor === 'support')) && !clients.support, clients.withoutSupport);
}

/** The client a step runs as; a test that needs the support role and has none was skipped ({@link skipWithoutSupport}). */
function clientFor(clients: CellClients, actor: Actor): ApiClient {
  return actor === 'support' ? clients.support! : clients.partner;
}

/**
 * What a status read back after a change is checked as: the words name the defect (harness/reporting/findings.ts), so a change
 * that does not stick is one finding wherever it is seen, and one applied despite its refusal is another.
 */
export const READ_BACK = {
  allowed: 'the status a later read returns after an allowed change',
  refused: 'the status a later read returns after a refused change',
} as const;

/**
 * Moves an entity from the matrix's initial status along `path` (from {@link setupPath}), checking each step's 200 and
 * the status read at the end: a failure here is the step's cell's, under its requirement, and blocks the test (set-up).
 * @param entity a customer (`{ entityId }`) for the customer matrix, an issued card for the wallet and card matrices.
 */
export async function bringTo(matrix: Matrix, entity: unknown, path: readonly Step[], clients: CellClients): Promise<void> {
  skipWithoutSupport(path, clients);
  const subject = subjects[matrix.entity] as Subject<unknown>;
  for (const { cell, outcome } of path) {
    verify(await clientFor(clients, outcome.actor).call(matrix.operation, { body: subject.body(clients.data, entity, cell.to) }), { status: 200, requirements: cell.requirements }, stepOf(cell));
  }
  if (path.length === 0) return;
  const { cell: last, outcome } = path[path.length - 1];
  // In the words of a cell's own read-back: a status that does not stick is one defect (one finding, harness/reporting/findings.ts)
  // whether a cell's test or the set-up of another saw it; the set-up's cell is its `setupOf`.
  expectRule(last.requirements[0], READ_BACK.allowed, await subject.read(clients.data, entity), outcome.becomes, stepOf(last));
}

/** A path's step as set-up of the cell it takes; one through an inferred cell rests on inference (harness/verdicts/verify.ts, SetupOf). */
function stepOf(cell: Step['cell']): SetupOf {
  return { setupOf: cell.id, ...(cell.provenance === 'inferred' && { onInference: true }) };
}

/**
 * The docs give the message as "a success message like `Card was already LOCKED`": any wording that says "already"
 * and names the status (the one requested, the last word of the documented message, or the one the card has: an
 * unlocked card is ACTIVE) is that message, so it is shown as the documented one; anything else is shown as received.
 */
export function messageLike(received: unknown, documented: string, has?: string): unknown {
  if (typeof received !== 'string') return received;
  const words = (text: string) => text.toUpperCase().split(/[^A-Z_]+/).filter(Boolean);
  const said = new Set(words(received));
  const named = [words(documented).at(-1), has].some((status) => status !== undefined && said.has(status));
  return said.has('ALREADY') && named ? documented : received;
}

/**
 * The business code a refused cell must carry. For cards the docs give two (interpretation point
 * invalid-card-transition-code): the code the answer shows, when the run accepts it, else the profile's.
 */
function expectedCode(matrix: Matrix, outcome: Step['outcome'], exchange: Exchange): string | undefined {
  if (codeAlternatives(matrix, outcome.businessCode).length < 2) return outcome.businessCode;
  return expectedSide(CARD_CODE_POINT, businessCodeOf(exchange) ?? '');
}

function observe(matrix: Matrix, { cell, outcome }: Step, exchange: Exchange, readBack: string): CellObservation {
  const json = exchange.response?.json as { result?: { message?: string } } | undefined;
  const code = businessCodeIn(json)?.code;
  return {
    matrix: matrix.matrix,
    cell: cell.id,
    actor: outcome.actor,
    status: exchange.response?.status ?? null,
    ...(code !== undefined ? { businessCode: code } : {}),
    ...(typeof json?.result?.message === 'string' ? { message: json.result.message } : {}),
    readBack,
  };
}
