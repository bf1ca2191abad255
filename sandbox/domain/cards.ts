/** Cards: issuance (test data), activation, listing, lock/unlock/block. */
import { cardNotAllocated, customerNotFound, invalidRequest, invalidTransition } from '../http/business-errors';
import { badRequest, constraintViolation } from '../http/problems';
import { judgeCardRequest, type CardStatus, type CardStatusRequest, type CardVerdict } from '../rules/status-rules';
import type { Ctx } from './context';
import { cardsOf, requireCustomer, sameMobile, walletsOf } from './lookup';
import type { Card, Mobile, Wallet } from './model';
import { availableMinor } from './balances';
import { toMajor } from './money';
import { defaultPreferences, preferencesView } from './preferences';

export interface IssueCardRequest {
  applicationNumber: string;
  entityId: string;
  productId: string;
}

/**
 * Inferred: issuance/createIssuance auto-approves, so the card is created at once, with one wallet in the product's
 * currency; it is ACTIVE, or ALLOCATED until activated (interpretation point issued-card-status, see issuedStatus).
 * Unknown customer → 409 PPCUST_002; unknown product → 409 PPCUST_010.
 */
export function issueCard(ctx: Ctx, request: IssueCardRequest) {
  const customer = requireCustomer(ctx, request.entityId);
  const product = ctx.state.tenant.products.find((p) => p.productId === request.productId);
  if (!product) throw invalidRequest(`Unknown productId ${request.productId}`);

  const now = ctx.now();
  const kitNo = ctx.ids.kitNo();
  const wallet: Wallet = {
    accountId: ctx.ids.accountId(),
    entityId: customer.entityId,
    kitNo,
    currency: product.currency,
    status: 'ACTIVE',
    totalMinor: 0,
    liens: new Map(),
  };
  const card: Card = {
    kitNo,
    entityId: customer.entityId,
    productId: product.productId,
    applicationNumber: request.applicationNumber,
    // Masked as in the fetchAllCards example `5231XXXXXXXX0015`; the last four digits follow the kit.
    maskedCardNumber: `${product.binPrefix}XXXXXXXX${kitNo.slice(-4)}`,
    status: issuedStatus(ctx),
    statusUpdatedAt: now,
    issuedAt: now,
    accountIds: [wallet.accountId],
    preferences: defaultPreferences(product),
  };
  ctx.state.wallets.set(wallet.accountId, wallet);
  ctx.state.cards.set(kitNo, card);
  customer.kitNos.push(kitNo);
  return {
    applicationNumber: request.applicationNumber,
    currentStatus: 'SUCCESS',
    entityId: customer.entityId,
    kitNo,
    maskedCardNumber: card.maskedCardNumber,
    cardStatus: card.status,
    accountId: wallet.accountId,
    currency: wallet.currency,
  };
}

/**
 * A new card's status: ACTIVE, the reference side of issued-card-status, or ALLOCATED on its other side (testing-guide:
 * "after issuance the kit is ALLOCATED"). The planted fault card-activation-not-persisted takes the ALLOCATED side
 * too: it breaks activation, which only an ALLOCATED card reaches (see its module).
 */
function issuedStatus(ctx: Ctx): CardStatus {
  return ctx.faults.active('issued-card-status=ALLOCATED') || ctx.faults.active('card-activation-not-persisted') ? 'ALLOCATED' : 'ACTIVE';
}

export interface ActivateCardRequest {
  mobile?: Mobile;
  cardLastSix?: string;
  cvv?: string;
  expiryDate?: string;
  kitNo?: string;
}

/**
 * card/activateCard: "Card must be in ALLOCATED status"; it then becomes ACTIVE ("Card Activated Successfully").
 * A card in any other status is refused with 409 (inferred: the page gives no answer; see cardNotAllocated).
 * The sandbox keeps no CVV and no full card number, so it checks neither `cvv` (PPCUST_014, the page's one code,
 * is never answered here) nor `cardLastSix`; it does not check `expiryDate` either, for which the page gives no error.
 */
export function activateCard(ctx: Ctx, request: ActivateCardRequest) {
  const card = cardToActivate(ctx, request);
  const allocated = card.status === 'ALLOCATED';
  if (!allocated && !ctx.faults.active('card-activation-any-status')) {
    // The fault keeps the refusal and changes only its answer: a 400, which the contract documents for activateCard.
    if (ctx.faults.active('card-activation-refused-as-400')) throw badRequest(`Card is ${card.status}, not ALLOCATED`);
    throw cardNotAllocated(card.status);
  }
  if (!(allocated && ctx.faults.active('card-activation-not-persisted'))) {
    card.status = 'ACTIVE';
    card.statusUpdatedAt = ctx.now();
  }
  return { message: 'Card Activated Successfully' };
}

/**
 * Which card an activation names (inferred: the page marks no field required): the kit when given, whose holder must
 * have the mobile when that is given too; else the one card of the customer with that mobile (the page's example
 * sends the mobile and the card's details, no kit). Anything else finds no card: 409 PPCUST_010, as the sibling card
 * operations answer an unknown card.
 */
function cardToActivate(ctx: Ctx, request: ActivateCardRequest): Card {
  if (request.kitNo !== undefined) {
    const card = ctx.state.cards.get(request.kitNo);
    const holder = card && ctx.state.customers.get(card.entityId);
    if (card && (request.mobile === undefined || sameMobile(holder?.mobile, request.mobile))) return card;
    throw invalidRequest(`No card ${request.kitNo}${request.mobile ? ' for this mobile' : ''}`);
  }
  const customer = request.mobile && [...ctx.state.customers.values()].find((c) => sameMobile(c.mobile, request.mobile!));
  const cards = customer ? cardsOf(ctx, customer) : [];
  if (cards.length === 1) return cards[0];
  throw invalidRequest(cards.length > 1 ? 'The customer has several cards: give the kit number' : 'No card for this request');
}

/** card/fetchAllCards: entityId or mobile identifies the customer; every card comes back, whatever its status. */
export function fetchAllCards(ctx: Ctx, request: { entityId?: string; mobile?: Mobile }) {
  if (request.entityId === undefined && request.mobile === undefined) {
    throw constraintViolation([{ field: 'entityId', message: 'entityId or mobile must be given' }]);
  }
  const customer = request.entityId !== undefined
    ? requireCustomer(ctx, request.entityId)
    : [...ctx.state.customers.values()].find((c) => sameMobile(c.mobile, request.mobile!));
  if (!customer) throw customerNotFound(request.mobile!.value);
  return cardsOf(ctx, customer).map((card) => cardView(ctx, card));
}

function cardView(ctx: Ctx, card: Card) {
  const product = ctx.state.tenant.products.find((p) => p.productId === card.productId)!;
  const expiry = new Date(card.issuedAt);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + 5);
  return {
    kitNo: card.kitNo,
    maskedCardNumber: card.maskedCardNumber,
    productName: product.productName,
    productType: product.productType,
    cardNetwork: product.cardNetwork,
    cardStatus: card.status,
    expiryDate: `${String(expiry.getUTCMonth() + 1).padStart(2, '0')}/${expiry.getUTCFullYear()}`,
    issuedDate: card.issuedAt.toISOString().slice(0, 10),
    wallets: walletsOf(ctx, card).map((wallet) => ({
      accountId: wallet.accountId,
      currency: wallet.currency,
      balance: toMajor(availableMinor(wallet)),
      status: wallet.status,
    })),
    preferences: preferencesView(card, product),
  };
}

export interface UpdateCardStatusRequest {
  entityId: string;
  kitNo: string;
  status: CardStatusRequest;
  reasonCode?: string;
  reasonMsg?: string;
}

const DONE: Record<CardStatusRequest, string> = {
  LOCKED: 'Card locked successfully',
  UNLOCKED: 'Card unlocked successfully',
  BLOCKED: 'Card blocked successfully',
};

/** card/updateCardStatus. reasonCode never drives the outcome (the page says it must not). */
export function updateCardStatus(ctx: Ctx, request: UpdateCardStatusRequest) {
  const card = ctx.state.cards.get(request.kitNo);
  if (!card || card.entityId !== request.entityId) throw invalidRequest(`No card ${request.kitNo} for entity ${request.entityId}`);

  const verdict = withCardFaults(ctx, card, request.status, judgeCardRequest(card.status, request.status));
  if (verdict.outcome === 'refused') throw invalidTransition(card.status, request.status);
  if (verdict.outcome === 'already') {
    // "If the card is already in the requested status, the API returns a success message like 'Card was already LOCKED'."
    return { kitNo: card.kitNo, status: card.status, message: `Card was already ${request.status}` };
  }
  const unlockLost = ctx.faults.active('card-unlock-not-persisted') && request.status === 'UNLOCKED';
  if (!unlockLost) card.status = verdict.to;
  if (card.status === 'LOCKED') everLocked.add(card);
  if (request.status === 'UNLOCKED') unlockSiblings(ctx, card);
  card.statusUpdatedAt = ctx.now();
  return { kitNo: card.kitNo, status: verdict.to, message: DONE[request.status] };
}

/** Cards that have been LOCKED at some time: only the planted fault card-relocked-unblockable reads it. */
const everLocked = new WeakSet<Card>();

/** Planted (card-unlock-unlocks-siblings): an unlock reaches every LOCKED card of the holder, not only the kit named. */
function unlockSiblings(ctx: Ctx, card: Card): void {
  const holder = ctx.state.customers.get(card.entityId);
  const siblings = holder ? cardsOf(ctx, holder).filter((other) => other !== card && other.status === 'LOCKED') : [];
  if (siblings.length === 0 || !ctx.faults.active('card-unlock-unlocks-siblings')) return;
  for (const sibling of siblings) sibling.status = 'ACTIVE';
}

function withCardFaults(ctx: Ctx, card: Card, requested: CardStatusRequest, verdict: CardVerdict): CardVerdict {
  // Planted: a card once LOCKED, though ACTIVE again, is refused BLOCKED as if it were still LOCKED.
  if (card.status === 'ACTIVE' && requested === 'BLOCKED' && everLocked.has(card) && ctx.faults.active('card-relocked-unblockable')) {
    return { outcome: 'refused' };
  }
  if (ctx.faults.active('card-already-locked-error') && requested === 'LOCKED' && verdict.outcome === 'already') {
    return { outcome: 'refused' };
  }
  if (ctx.faults.active('card-unlock-any') && card.status === 'BLOCKED' && requested !== 'BLOCKED') {
    return { outcome: 'move', to: requested === 'LOCKED' ? 'LOCKED' : 'ACTIVE' };
  }
  if (ctx.faults.active('card-block-from-locked') && card.status === 'LOCKED' && requested === 'BLOCKED') {
    return { outcome: 'move', to: 'BLOCKED' };
  }
  return verdict;
}
