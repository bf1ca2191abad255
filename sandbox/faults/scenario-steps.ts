/** Steps that the scenarios of several faults share (see scenario.ts). */
import type { ClientName, ScenarioApi } from './scenario';

/** The key of the low-balance alert of ACME_CORP's corporate (sandbox/tenants.ts). */
export const ALERT_KEY = { corporateId: 'CORP123', accountNumber: '17568190551480014', alertType: 'CORPORATE_LOW_BALANCE_ALERT' };

export const setCustomer = (api: ScenarioApi, entityId: string, status: string, as: ClientName = 'partner') =>
  api.call('updateCustomerStatus', { entityId, status }, { as });

export const setCard = (api: ScenarioApi, card: { entityId: string; kitNo: string }, status: string) =>
  api.call('updateCardStatus', { entityId: card.entityId, kitNo: card.kitNo, status });

/** Sets the card's international preferences to `values`. */
export const preferences = (api: ScenarioApi, kit: string, values: unknown[]) =>
  api.call('updateCardPreferences', { kit, userOverridden: { international: { values } } });

/** Gives a new customer the nominees `list`. */
export const nominees = async (api: ScenarioApi, list: unknown[]) =>
  api.call('updateNominee', { nominees: list }, { params: { entityId: (await api.customer()).entityId } });

export const lookup = (api: ScenarioApi, externalTransactionId: string) =>
  api.call('fetchTransactionByExternalId', undefined, { params: { externalTransactionId } });

/** A movement of 5 on a funded card whose customer or wallet was put in `status` first: its answer and the balance after. */
export async function movedIn(api: ScenarioApi, who: 'customer' | 'wallet', status: string, type: string) {
  const card = await api.card({ balance: '50' });
  if (who === 'customer' && status !== 'ACTIVE') await setCustomer(api, card.entityId, status);
  if (who === 'wallet' && status !== 'ACTIVE') await api.call('updateWalletStatus', { accountId: card.accountId, status });
  const answer = (await api.load(card.entityId, '5', { type, origin: type === 'CREDIT' ? 'LOAD' : 'POS' })).statusCode;
  return [answer, (await api.balance(card.entityId)).totalBalance];
}

/** A lien step (markLien, with balanceCheck) on the card's wallet. */
export const lien = (api: ScenarioApi, card: { accountId: string }, lienId: string, type: 'ADD' | 'ADJUST' | 'REMOVE', lienAmount: number) =>
  api.call('markLien', { lienId, transactionId: `T-${lienId}-${type}`, source: 'PRE_AUTH', accountNumber: card.accountId, lienAmount, type, balanceCheck: true });

/** The held and available amounts of a card funded with 1000 after the lien steps (type, amount) on lien L1. */
export async function heldAfter(api: ScenarioApi, steps: Array<['ADD' | 'ADJUST' | 'REMOVE', number]>) {
  const card = await api.card({ balance: '1000' });
  for (const [type, lienAmount] of steps) await lien(api, card, 'L1', type, lienAmount);
  const { heldAmount, availableBalance } = await api.balance(card.entityId);
  return { heldAmount, availableBalance };
}
