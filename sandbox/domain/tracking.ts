/**
 * Card delivery tracking (card/trackCardDelivery). The sandbox has no courier, so the answer is a Home
 * Delivery (HD) in transit whose details are derived from the kit number alone: the same kit always
 * gives the same answer (inferred: the page shows only the start of an HD "in transit" example).
 */
import { invalidRequest } from '../http/business-errors';
import type { Ctx } from './context';
import type { Card } from './model';

const COURIERS = ['Blue Dart', 'Delhivery', 'DTDC'] as const;

export function trackCardDelivery(ctx: Ctx, request: { kitNo?: string; applicationNumber?: string }) {
  const card = request.kitNo !== undefined
    ? ctx.state.cards.get(request.kitNo)
    : [...ctx.state.cards.values()].find((c) => c.applicationNumber === request.applicationNumber);
  if (card) return delivery(card.kitNo, recipientOf(ctx, card));
  if (ctx.faults.active('tracking-unknown-kit-ok')) return delivery(request.kitNo ?? request.applicationNumber ?? '0');
  throw invalidRequest(`No card for kit ${request.kitNo ?? request.applicationNumber}`);
}

function recipientOf(ctx: Ctx, card: Card) {
  const customer = ctx.state.customers.get(card.entityId);
  const mobile = customer?.mobile?.value;
  return {
    recipientName: customer ? `${customer.firstName} ${customer.lastName}`.trim() : undefined,
    // Masked as the docs mask mobiles in responses: `709****999` (customer/deDupeCheck).
    recipientContact: mobile && `${mobile.slice(0, 3)}****${mobile.slice(-3)}`,
  };
}

function delivery(kitNo: string, recipient: { recipientName?: string; recipientContact?: string } = {}) {
  const seed = [...kitNo].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const dispatchedAt = new Date(Date.UTC(2026, 0, 1 + (seed % 28), 10, 30));
  const expected = new Date(dispatchedAt.getTime() + 5 * 24 * 3600 * 1000);
  return {
    kitNo,
    deliveryMode: 'HD',
    deliveryStatus: 'IN_TRANSIT',
    awbNumber: `AWB${kitNo.replace(/\D/g, '').padStart(10, '0')}`,
    courierName: COURIERS[seed % COURIERS.length],
    dispatchedAt: dispatchedAt.toISOString(),
    expectedDeliveryDate: expected.toISOString().slice(0, 10),
    ...recipient,
  };
}
