/**
 * The commands of a sequence that change or read statuses and cards: status changes of the customer, the wallet and
 * each card (as the partner or support), card activation and preferences, and a read of every status with the
 * preferences the sequence set, each compared with the model (sequence-model.ts).
 */
import type { Actor } from '../contract/actor';
import type { Matrix } from '../matrices/matrices';
import type { ListedCard, PreferenceScope, PreferenceType } from '../data/data';
import * as model from './sequence-model';
import { agree, type Command, EnvironmentFault, expectAllowed, lastRule, type Model, type Real, resultOf, step } from './step';
import { WALLET_MATRIX } from './wallet-model';

export class Status implements Command {
  constructor(
    readonly entity: 'customer' | 'wallet' | 'card',
    readonly to: string,
    readonly actor: Actor,
    /** Which card, for a card. */
    readonly card = 0,
  ) {}
  check = (state: Readonly<Model>) => this.actor === 'partner' || state.support;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const { matrix, operation, body } = STATUS_REQUESTS[this.entity];
    const from = this.entity === 'customer' ? state.customer : this.entity === 'wallet' ? state.wallet.status : state.cards[this.card];
    const prediction = model.predictTransition(matrix, from, this.to, this.actor);
    const outcome = expectAllowed(real, state, prediction, await step(real, operation, body(real, this), undefined, this.actor));
    if (outcome !== 'applied') return;
    const after = model.statusAfter(matrix, this.to);
    if (this.entity === 'customer') state.customer = after;
    else if (this.entity === 'wallet') state.wallet.status = after;
    else setCardStatus(state, this.card, after);
  }
  toString = () => `${this.entity === 'card' ? `card #${this.card}` : this.entity} status → ${this.to}${this.actor === 'support' ? ' (as support)' : ''}`;
}

/** Per entity: its matrix, the operation that changes its status, and the request's body. */
const STATUS_REQUESTS: Record<Status['entity'], { matrix: Matrix; operation: string; body: (real: Real, command: Status) => unknown }> = {
  customer: { matrix: model.CUSTOMER_MATRIX, operation: model.CUSTOMER_MATRIX.operation, body: (real, c) => ({ entityId: real.cards[0].customer.entityId, status: c.to }) },
  wallet: { matrix: WALLET_MATRIX, operation: WALLET_MATRIX.operation, body: (real, c) => ({ accountId: real.cards[0].accountId, status: c.to }) },
  card: { matrix: model.CARD_MATRIX, operation: model.CARD_MATRIX.operation, body: (real, c) => real.data.cardStatus(real.cards[c.card], c.to as 'LOCKED' | 'UNLOCKED' | 'BLOCKED') },
};

/** A card's new status: what the sequence set of its preferences is no longer known (the docs say nothing of it). */
function setCardStatus(state: Model, card: number, status: string): void {
  if (state.cards[card] !== status) state.preferences[card].clear();
  state.cards[card] = status;
}

/** Activation of one of the cards (card/activateCard): only an ALLOCATED one becomes ACTIVE. */
export class Activate implements Command {
  constructor(readonly card: number) {}
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const prediction = model.predictActivation(state, this.card);
    const outcome = expectAllowed(real, state, prediction, await step(real, 'activateCard', real.data.activation(real.cards[this.card])));
    if (outcome === 'applied') setCardStatus(state, this.card, model.CARD_MATRIX.initial);
  }
  toString = () => `activate card #${this.card}`;
}

const preferenceKey = (scope: PreferenceScope, type: string) => `${scope} ${type}`;

/** The key of each card's last preference update: a read that finds another one changed breaks CARD-PREF-004. */
const lastPreference = new WeakMap<Model, Map<number, string>>();

/** A preference update of one type of one card: enabled or not, and a day's limit as a share of the product's upper limit. */
export class SetPreference implements Command {
  constructor(
    readonly card: number,
    readonly scope: PreferenceScope,
    readonly type: PreferenceType,
    readonly enabled: boolean,
    /** Of the upper limit: above 100 must be refused. */
    readonly percent: number,
  ) {}
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const upper = await upperLimitOf(real, this.card, this.scope, this.type);
    const limit = (this.limit = Math.max(1, Math.floor((upper * this.percent) / 100)));
    const prediction = model.predictPreference(state, this.card, limit, upper);
    const change = { type: this.type, enabled: this.enabled, maxTransactionAmountPerDay: String(limit) };
    const outcome = expectAllowed(real, state, prediction, await step(real, 'updateCardPreferences', real.data.preferences(real.cards[this.card], { [this.scope]: [change] })));
    if (outcome !== 'applied') return;
    const key = preferenceKey(this.scope, this.type);
    state.preferences[this.card].set(key, { enabled: this.enabled, maxTransactionAmountPerDay: String(limit) });
    const last = lastPreference.get(state) ?? new Map<number, string>();
    lastPreference.set(state, last.set(this.card, key));
  }
  private limit?: number;
  toString = () =>
    `card #${this.card} ${this.scope} ${this.type} ${this.enabled ? 'on' : 'off'}, ${this.limit ?? '?'} a day (${this.percent}% of the upper limit)`;
}

/**
 * The product's upper limit of a day for a type, from the cards as fetchAllCards lists them: read once per sequence,
 * as one of the exchanges of the first preference command.
 */
const listings = new WeakMap<Real, ListedCard[]>();
async function upperLimitOf(real: Real, card: number, scope: PreferenceScope, type: string): Promise<number> {
  let listed = listings.get(real);
  if (!listed) {
    listed = resultOf<ListedCard[]>(await step(real, 'fetchAllCards', { entityId: real.cards[0].customer.entityId })) ?? [];
    listings.set(real, listed);
  }
  const values = listed.find((c) => c.kitNo === real.cards[card].kitNo)?.preferences?.[scope]?.values ?? [];
  const upper = Number(values.find((p) => p.type === type)?.upperLimitMaxTransactionAmountPerDay ?? Number.NaN);
  if (!Number.isFinite(upper)) throw new EnvironmentFault(`fetchAllCards lists no ${scope} ${type} upper limit for card #${card}: the preference cannot be sized`);
  return upper;
}

/** Reads every status the sequence's entities have, and the preferences it set, and compares each with the model. */
export class ReadStatuses implements Command {
  check = () => true;
  async run(state: Model, real: Real): Promise<void> {
    real.steps.push({ command: this, exchanges: [] });
    const { entityId } = real.cards[0].customer;
    const customer = resultOf<{ status?: string }>(await step(real, 'fetchCustomer', { entityId }))?.status;
    const walletStatus = resultOf<{ status?: string }>(await step(real, 'checkWalletBalance', { entityId, accountId: real.cards[0].accountId }))?.status;
    const listed = resultOf<ListedCard[]>(await step(real, 'fetchAllCards', { entityId })) ?? [];
    const shown = real.cards.map((card) => listed.find((c) => c.kitNo === card.kitNo));
    const expected = statusesText(state.customer, state.wallet.status, state.cards);
    const received = statusesText(String(customer), String(walletStatus), shown.map((c) => c?.cardStatus ?? 'not listed'));
    agree(real, lastRule.get(state) ?? 'DATA-CARD-001', expected, received);
    state.preferences.forEach((known, card) => {
      for (const [key, preference] of known) {
        const [scope, type] = key.split(/ (.*)/) as [PreferenceScope, string];
        const read = shown[card]?.preferences?.[scope]?.values?.find((p) => p.type === type);
        const got = read ? { enabled: read.enabled, maxTransactionAmountPerDay: String(Number(read.maxTransactionAmountPerDay)) } : undefined;
        if (JSON.stringify(got) === JSON.stringify(preference)) continue;
        // The last update's own preference is its rule's; any other one set earlier should have stayed as it was.
        const rule = lastPreference.get(state)?.get(card) === key ? (lastRule.get(state) ?? 'CARD-PREF-001') : 'CARD-PREF-004';
        agree(real, rule, `card #${card} ${key} ${JSON.stringify(preference)}`, `${got ? JSON.stringify(got) : 'not listed'}`, false);
      }
    });
  }
  toString = () => 'read every status and the preferences set';
}

function statusesText(customer: string, walletStatus: string, cards: readonly string[]): string {
  return `customer ${customer}, wallet ${walletStatus}, ${cards.map((status, i) => `card #${i} ${status}`).join(', ')}`;
}

