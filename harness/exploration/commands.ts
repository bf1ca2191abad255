/**
 * How fast-check generates a sequence's commands (`fc.commands`): the arbitraries of each command (money-commands.ts,
 * status-commands.ts), their amounts and targets, and the kinds of sequence that weigh them.
 */
import fc from 'fast-check';
import { PREFERENCE_TYPES } from '../../openapi/components';
import type { PreferenceScope } from '../data/data';
import type { Movement } from '../matrices/effects';
import type { Actor } from '../contract/actor';
import type { Matrix } from '../matrices/matrices';
import { type Amount, Lien, type LienTarget, Move, ReadBalance, ReadHistory } from './money-commands';
import * as model from './sequence-model';
import { Activate, ReadStatuses, SetPreference, Status } from './status-commands';
import type { Command } from './step';
import { type LienType, WALLET_MATRIX } from './wallet-model';

/**
 * Amounts from a few values, not a range: the limits that decide a command (all of the available balance, one paisa or
 * one per cent above it) are met as often, and a finding shrinks in a few steps instead of a search over each amount,
 * each step a whole sequence run against the environment. Fixed ones up to 500.00; shares up to 120%.
 */
const SHARES = [1, 25, 50, 99, 100, 101, 120];
const amount = fc.oneof(
  fc.constantFrom(1, 100, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000).map((minor): Amount => ({ minor })),
  fc.record({ percent: fc.constantFrom(...SHARES), of: fc.constantFrom<'available' | 'total'>('available', 'total') }),
);

const actor = fc.constantFrom<Actor>('partner', 'support');

/**
 * A status to ask for: three times in four one that a documented allowed change of the matrix leads to or from (a
 * customer's ACTIVE, LOCKED and CREDIT_FREEZE), so that sequences leave a status and come back to it, as defects of
 * re-entry need; otherwise any status of the matrix.
 */
function statusTo(statusMatrix: Matrix): fc.Arbitrary<string> {
  const documented = statusMatrix.cells.filter((c) => c.provenance === 'documented' && c.rule === 'allowed').flatMap((c) => [c.from, c.to]);
  const requests = Object.keys(statusMatrix.requests);
  const live = requests.filter((to) => documented.includes(to) || documented.includes(statusMatrix.requests[to]));
  return fc.oneof({ arbitrary: fc.constantFrom(...live), weight: 3 }, { arbitrary: fc.constantFrom(...requests), weight: 1 });
}

/** Mostly ADD of a new lien and ADJUST of a held one, REMOVE of a held one less often; now and then a lienId that is taken, or unknown. */
const lienRequest = fc.oneof(
  { arbitrary: fc.tuple(fc.constant<LienType>('ADD'), fc.constant<LienTarget>('new')), weight: 4 },
  { arbitrary: fc.tuple(fc.constant<LienType>('ADJUST'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 4 },
  { arbitrary: fc.tuple(fc.constant<LienType>('REMOVE'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 2 },
  { arbitrary: fc.tuple(fc.constant<LienType>('ADD'), fc.constantFrom<LienTarget>('newest', 'oldest')), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom<LienType>('ADJUST', 'REMOVE'), fc.constant<LienTarget>('new')), weight: 1 },
);
const lien = fc.tuple(lienRequest, amount).map(([[type, target], sum]) => new Lien(type, target, sum));

/** `times` copies of a command's arbitrary: fast-check picks among the arbitraries evenly, so copies weigh. */
const weighted = (times: number, arbitrary: fc.Arbitrary<Command>) => Array<fc.Arbitrary<Command>>(times).fill(arbitrary);

const movement = fc.oneof({ arbitrary: fc.constantFrom<Movement>('credit', 'debit'), weight: 4 }, { arbitrary: fc.constant<Movement>('refund'), weight: 1 });
const move = fc.tuple(movement, amount).map(([kind, sum]) => new Move(kind, sum));
const reuse = fc.tuple(movement, amount, fc.constantFrom<'first' | 'latest'>('first', 'latest')).map(([kind, sum, earlier]) => new Move(kind, sum, earlier));
const customerStatus = fc.tuple(statusTo(model.CUSTOMER_MATRIX), actor).map(([to, by]) => new Status('customer', to, by));
const walletStatus = fc.tuple(statusTo(WALLET_MATRIX), actor).map(([to, by]) => new Status('wallet', to, by));
const cardStatus = fc.tuple(statusTo(model.CARD_MATRIX), actor, fc.nat(model.CARDS - 1)).map(([to, by, card]) => new Status('card', to, by, card));
const readBalance = fc.constant(new ReadBalance());
const readHistory = fc.constant(new ReadHistory());
const readStatuses = fc.constant(new ReadStatuses());
const activate = fc.nat(model.CARDS - 1).map((card) => new Activate(card));
const setPreference = fc
  .tuple(fc.nat(model.CARDS - 1), fc.constantFrom<PreferenceScope>('domestic', 'international'), fc.constantFrom(...PREFERENCE_TYPES), fc.boolean(), fc.constantFrom(...SHARES))
  .map(([card, scope, type, enabled, percent]) => new SetPreference(card, scope, type, enabled, percent));

/**
 * The kinds of sequence, each its own weighting of the commands (fast-check picks among a list's arbitraries evenly,
 * so copies weigh): about money (movements, liens and reads of a wallet that a status change rarely stops), three times
 * as often as the others; about the accounts' statuses (the customer's and the wallet's, as the partner or support, with
 * movements and reads between); about the cards (their statuses, activation, preferences); and everything at once.
 */
export const SEQUENCE_KINDS = [
  { kind: 'money', weight: 3, commands: [...weighted(4, move), reuse, ...weighted(6, lien), ...weighted(2, readBalance), readHistory, walletStatus] },
  { kind: 'accounts', weight: 1, commands: [...weighted(3, customerStatus), ...weighted(3, walletStatus), ...weighted(3, move), readStatuses, readBalance] },
  { kind: 'cards', weight: 1, commands: [...weighted(4, cardStatus), activate, ...weighted(2, setPreference), move, ...weighted(2, readStatuses)] },
  { kind: 'everything', weight: 1, commands: [...weighted(3, move), reuse, ...weighted(3, lien), customerStatus, walletStatus, ...weighted(2, cardStatus), activate, setPreference, readBalance, readHistory, readStatuses] },
];
