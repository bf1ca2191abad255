/**
 * A wallet's balances. A lien "reduces the available balance without debiting funds" (wallet/markLien),
 * so total = money in the wallet, held = sum of its liens, available = total − held (card/fetchCardBalance).
 */
import type { Wallet } from './model';

export function heldMinor(wallet: Wallet): number {
  let held = 0;
  for (const amount of wallet.liens.values()) held += amount;
  return held;
}

export function availableMinor(wallet: Wallet): number {
  return wallet.totalMinor - heldMinor(wallet);
}
