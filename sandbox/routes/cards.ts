/** Card operations, and issuance (test data). */
import { single } from '../http/envelopes';
import {
  activateCard,
  fetchAllCards,
  issueCard,
  updateCardStatus,
  type ActivateCardRequest,
  type IssueCardRequest,
  type UpdateCardStatusRequest,
} from '../domain/cards';
import type { Mobile } from '../domain/model';
import { updateCardPreferences, type UpdatePreferencesRequest } from '../domain/preferences';
import { trackCardDelivery } from '../domain/tracking';
import { fetchCardBalance } from '../domain/wallets';
import type { Operation } from './operation';

export const cardOperations: Operation[] = [
  {
    operationId: 'issueCard',
    path: '/prepaid/middleware/v1/issuances/',
    handle: ({ ctx, body }) => single(issueCard(ctx, body as IssueCardRequest)),
  },
  {
    operationId: 'activateCard',
    path: '/prepaid/customer/v1/customers/activate',
    handle: ({ ctx, body }) => single(activateCard(ctx, body as ActivateCardRequest)),
  },
  {
    operationId: 'fetchAllCards',
    path: '/prepaid/customer/v1/customers/fetch-all-cards',
    handle: ({ ctx, body }) => single(fetchAllCards(ctx, body as { entityId?: string; mobile?: Mobile })),
  },
  {
    operationId: 'fetchCardBalance',
    path: '/prepaid/customer/v1/cards/support/fetch/balance',
    emptyFieldDetail: 'entityId',
    handle: ({ ctx, body }) => single(fetchCardBalance(ctx, body as { entityId: string; kitNo?: string })),
  },
  {
    operationId: 'updateCardPreferences',
    path: '/prepaid/customer/v1/cards/support/update/preferences',
    handle: ({ ctx, body }) => single(updateCardPreferences(ctx, body as UpdatePreferencesRequest)),
  },
  {
    operationId: 'updateCardStatus',
    path: '/prepaid/customer/v1/cards/update/status',
    handle: ({ ctx, body }) => single(updateCardStatus(ctx, body as UpdateCardStatusRequest)),
  },
  {
    operationId: 'trackCardDelivery',
    path: '/prepaid/corporate/v1/card/live-tracking/search',
    handle: ({ ctx, body }) => single(trackCardDelivery(ctx, body as { kitNo?: string; applicationNumber?: string })),
  },
];
