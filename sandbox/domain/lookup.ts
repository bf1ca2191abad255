/** Finding a tenant's customers, cards and wallets; the errors follow the operation's documented codes. */
import { customerNotFound } from '../http/business-errors';
import type { Ctx } from './context';
import type { Card, Customer, Mobile, Wallet } from './model';

/** @throws 409 PPCUST_002 when the tenant has no such customer (customer/updateCustomer). */
export function requireCustomer(ctx: Ctx, entityId: string): Customer {
  const customer = ctx.state.customers.get(entityId);
  if (!customer) throw customerNotFound(entityId);
  return customer;
}

export function cardsOf(ctx: Ctx, customer: Customer): Card[] {
  return customer.kitNos.map((kitNo) => ctx.state.cards.get(kitNo)).filter((card): card is Card => card !== undefined);
}

export function walletsOf(ctx: Ctx, card: Card): Wallet[] {
  return card.accountIds.map((id) => ctx.state.wallets.get(id)).filter((wallet): wallet is Wallet => wallet !== undefined);
}

/** The customer's wallets across all cards, first issued first: the first is the primary wallet. */
export function customerWallets(ctx: Ctx, customer: Customer): Wallet[] {
  return cardsOf(ctx, customer).flatMap((card) => walletsOf(ctx, card));
}

/** Same mobile number; the country code counts only when both sides give one (91 is the docs' default). */
export function sameMobile(stored: Mobile | undefined, asked: Mobile): boolean {
  if (!stored || stored.value !== asked.value) return false;
  return asked.countryCode === undefined || (stored.countryCode ?? 91) === asked.countryCode;
}
