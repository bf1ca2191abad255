/**
 * Liens (wallet/markLien): a hold that lowers the available balance without debiting.
 * ADD places a hold under a new lienId; ADJUST sets the lien's NEW TOTAL (not a delta); REMOVE releases the
 * whole lien and ignores lienAmount. With balanceCheck the hold (or its increase) must fit the available balance.
 */
import { exceedsBalance, invalidRequest } from '../http/business-errors';
import { constraintViolation } from '../http/problems';
import type { Ctx } from './context';
import { availableMinor, heldMinor } from './balances';
import type { Wallet } from './model';
import { toMajor, toMinor } from './money';

export interface LienRequest {
  lienId: string;
  transactionId: string;
  source: string;
  accountNumber: string;
  lienAmount: number;
  type: 'ADD' | 'ADJUST' | 'REMOVE';
  balanceCheck: boolean;
}

export function markLien(ctx: Ctx, request: LienRequest) {
  const wallet = ctx.state.wallets.get(request.accountNumber);
  if (!wallet) throw invalidRequest(`No account ${request.accountNumber}`);
  const amount = toMinor(request.lienAmount);
  // Inferred: an amount too large to count exactly in minor units is refused rather than rounded.
  if (!Number.isSafeInteger(amount) && request.type !== 'REMOVE') {
    throw constraintViolation([{ field: 'lienAmount', message: 'numeric value out of bounds' }]);
  }

  if (request.type === 'ADD') addLien(ctx, wallet, request.lienId, amount, request.balanceCheck);
  else if (request.type === 'ADJUST') adjustLien(ctx, wallet, request.lienId, amount, request.balanceCheck);
  else removeLien(ctx, wallet, request.lienId, amount);

  return {
    lienId: request.lienId,
    accountNumber: wallet.accountId,
    type: request.type,
    lienAmount: toMajor(wallet.liens.get(request.lienId) ?? 0),
    heldAmount: toMajor(heldMinor(wallet)),
    availableBalance: toMajor(availableMinor(wallet)),
  };
}

function addLien(ctx: Ctx, wallet: Wallet, lienId: string, amount: number, balanceCheck: boolean): void {
  // "Must be globally unique when creating (ADD)": checked across the tenant's wallets (tenants are isolated).
  if (lienIdTaken(ctx, lienId)) throw invalidRequest(`Lien ${lienId} already exists`);
  // Inferred: a zero hold is not a lien (contract: PPCUST_010).
  if (amount <= 0 && !ctx.faults.active('lien-nonpositive-accepted')) throw invalidRequest('lienAmount must be greater than 0');
  if (balanceCheck && amount > availableMinor(wallet) && !ctx.faults.active('lien-above-balance')) {
    throw exceedsBalance(`Lien of ${toMajor(amount)} exceeds the available balance`);
  }
  wallet.liens.set(lienId, ctx.faults.active('lien-not-held') ? 0 : amount);
  addedMinor(wallet).set(lienId, amount);
}

/**
 * What each lien of a wallet held when it was added: only the planted fault lien-raise-unseen-by-debit reads it (a debit
 * that sees a lien's ADD amount, not a raise by ADJUST).
 */
const addedByWallet = new WeakMap<Wallet, Map<string, number>>();
export function addedMinor(wallet: Wallet): Map<string, number> {
  const added = addedByWallet.get(wallet) ?? new Map<string, number>();
  addedByWallet.set(wallet, added);
  return added;
}

function adjustLien(ctx: Ctx, wallet: Wallet, lienId: string, amount: number, balanceCheck: boolean): void {
  const current = existingLien(wallet, lienId);
  const newTotal = ctx.faults.active('lien-adjust-as-delta') ? current + amount : amount;
  if (newTotal <= 0 && !ctx.faults.active('lien-nonpositive-accepted')) throw invalidRequest('lienAmount must be greater than 0; use REMOVE to release a lien');
  // balanceCheck applies to the increase only: the current hold is already out of the available balance.
  if (balanceCheck && newTotal - current > availableMinor(wallet)) {
    throw exceedsBalance(`Lien increase of ${toMajor(newTotal - current)} exceeds the available balance`);
  }
  wallet.liens.set(lienId, newTotal);
}

function removeLien(ctx: Ctx, wallet: Wallet, lienId: string, amount: number): void {
  const current = existingLien(wallet, lienId);
  // Planted: REMOVE is answered but the lien stays held.
  if (ctx.faults.active('lien-remove-ignored')) return;
  // Planted: REMOVE releases the wallet's oldest lien, whichever lienId it names (asked only when that is another lien).
  const oldest = wallet.liens.keys().next().value!;
  if (oldest !== lienId && ctx.faults.active('lien-remove-releases-oldest')) {
    wallet.liens.delete(oldest);
    return;
  }
  const remaining = ctx.faults.active('lien-remove-honours-amount') ? Math.max(current - amount, 0) : 0;
  if (remaining > 0) wallet.liens.set(lienId, remaining);
  else wallet.liens.delete(lienId);
}

/** ADJUST and REMOVE "must match the lienId of the original ADD"; unknown → 409 PPCUST_010 (inferred code). */
function existingLien(wallet: Wallet, lienId: string): number {
  const current = wallet.liens.get(lienId);
  if (current === undefined) throw invalidRequest(`No lien ${lienId} on account ${wallet.accountId}`);
  return current;
}

function lienIdTaken(ctx: Ctx, lienId: string): boolean {
  for (const wallet of ctx.state.wallets.values()) if (wallet.liens.has(lienId)) return true;
  return false;
}
