import { type Balance, expandRows, expectRule, type LimitRow, limitFile, limitDeclaration, resolveValue, test, verify } from '../../harness';

// Rules: api-library/wallet/markLien, as the rows of fixtures/limits/lien.json. ADD holds; ADJUST sets the new
// total (not a delta); REMOVE releases the whole lien and ignores lienAmount; a lien lowers the available balance
// without debiting. Every row starts from a new wallet loaded with 1000.00; `held` is what its liens hold afterwards.
const file = limitFile('lien');
const FUNDS = '1000.00';

test.describe(file.title, () => {
  for (const limitCase of expandRows(file, { type: ['ADD', 'ADJUST', 'REMOVE'] })) {
    const { row, at } = limitCase;
    const type = at.type as 'ADD' | 'ADJUST' | 'REMOVE';
    test(...limitDeclaration(file, limitCase), async ({ api, data }) => {
      const card = await data.fundedCard(FUNDS);
      const start = await data.balance(card);
      const lienId = data.lienId();
      // A given lien is placed by an ADD under the lienId the row's request names, so ADJUST and REMOVE find it.
      const given = row.given?.lien ?? 0;
      if (given) {
        verify(await api.call(file.operation, { body: data.lien(card, { lienId, type: 'ADD', lienAmount: given }) }), { status: 200, requirements: ['WALLET-LIEN-001'] });
      }
      const before = await data.balance(card);
      // The given lien is held before the row's step, so what the step reads back is the step's alone.
      expectRule('WALLET-LIEN-001', 'held amount after the given ADD', before.heldAmount, start.heldAmount + given);
      const value = resolveValue(row.value, { ...before, unknownLienId: data.lienId() });
      const body = { ...data.lien(card, { lienId, type, lienAmount: 0 }), ...row.with, [row.field]: value };
      verify(await api.call(file.operation, { body }), { ...row.expect, requirements: row.requirements });
      // Held is what the wallet holds in liens afterwards, over the start: the total never moves, as a lien debits nothing.
      const held = heldAfter(row, before);
      expectRule(row.requirements[0], `available, held and total balance read back after ${type}`, shown(await data.balance(card)), {
        available: start.availableBalance - held,
        held: start.heldAmount + held,
        total: start.totalBalance,
      });
    });
  }
});

/** Every row says what the wallet holds afterwards (`readBack.held`), an amount or a balance read before the step. */
function heldAfter(row: LimitRow, before: Balance): number {
  const held = resolveValue(row.readBack!.held, before);
  if (typeof held !== 'number') throw new Error(`${row.id}: readBack.held must be an amount or a balance (got ${String(held)})`);
  return held;
}

const shown = (balance: Balance) => ({ available: balance.availableBalance, held: balance.heldAmount, total: balance.totalBalance });
