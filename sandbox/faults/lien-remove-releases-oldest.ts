import { defineFault } from './fault';
import { lien } from './scenario-steps';

/** A switch: REMOVE of a lien that is not the wallet's oldest asks `faults.active('lien-remove-releases-oldest')`. */
export default defineFault({
  name: 'lien-remove-releases-oldest',
  reason: "REMOVE releases the wallet's oldest lien, whichever lienId it names: with two liens, the wrong one goes.",
  sequence: { rules: ['WALLET-LIEN-003', 'WALLET-LIEN-002', 'MONEY-LIEN-001'], steps: 'a credit, two liens, REMOVE of the second, a balance read' },
  trips: [],
  demonstrate: async (api) => {
    const card = await api.card({ balance: '1000' });
    await lien(api, card, 'L1', 'ADD', 100);
    await lien(api, card, 'L2', 'ADD', 30);
    await lien(api, card, 'L2', 'REMOVE', 30);
    return (await api.balance(card.entityId)).heldAmount;
  },
});
