import { operation } from '../operation';
import { badRequest, badRequestWithViolations, business, businessAndUndocumented } from './common';

export const card = {
  '/prepaid/customer/v1/cards/support/update/preferences': {
    post: operation({
      operationId: 'updateCardPreferences',
      area: 'Card',
      summary: 'Update card transaction preferences',
      description:
        'Card must be ACTIVE. Only the preferences sent change; upperLimit* are read-only product bounds; a value above the upper limit is rejected.',
      doc: 'api-library/card/updateCardPreferences',
      request: 'UpdateCardPreferencesRequest',
      responses: {
        '200': { schema: 'MessageResult', description: 'Preferences updated successfully.' },
        '400': { ...badRequestWithViolations, description: `${badRequestWithViolations.description} A limit above the product upper limit is a constraint violation on that field (inferred: the page says only "rejected").` },
        '409': business('Card not ACTIVE (PPCUST_036); unknown card (PPCUST_010, inferred).', ['PPCUST_036', 'PPCUST_010']),
      },
    }),
  },
  '/prepaid/corporate/v1/card/live-tracking/search': {
    post: operation({
      operationId: 'trackCardDelivery',
      area: 'Card',
      summary: 'Track card delivery status',
      doc: 'api-library/card/trackCardDelivery',
      request: 'TrackDeliveryRequest',
      responses: {
        '200': { schema: 'TrackDeliveryResponse', description: 'Delivery mode, status and courier or branch details.' },
        '400': badRequest,
        '409': business(
          'No card for the kit number: PPCUST_010, or the Corporate API\'s PP_CORP_002 (interpretation point unknown-kit-tracking-code).',
          ['PPCUST_010', 'PP_CORP_002'],
          'the error bodies were not captured',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/cards/update/status': {
    post: operation({
      operationId: 'updateCardStatus',
      area: 'Card',
      summary: 'Update card status (lock / unlock / block)',
      description:
        'Only ACTIVE cards can be locked or blocked; only LOCKED cards unlocked; BLOCKED is permanent. A request for the status the card already has succeeds with a message like "Card was already LOCKED".',
      doc: 'api-library/card/updateCardStatus',
      inferred: 'the method and path were not captured; POST under /prepaid/customer/v1/cards/ like the other card operations',
      request: 'UpdateCardStatusRequest',
      responses: {
        '200': { schema: 'UpdateCardStatusResponse', description: 'The card\'s status after the request, with a message.' },
        '400': badRequest,
        '409': business(
          'Not allowed from the card\'s status (PPCUST_032 or PP_CORP_187, the two codes entity-states gives: interpretation point invalid-card-transition-code); unknown card (PPCUST_010).',
          ['PPCUST_032', 'PP_CORP_187', 'PPCUST_010'],
          'the error codes were not captured; PPCUST_032 and PP_CORP_187 are the documented transition codes',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/customers/activate': {
    post: operation({
      operationId: 'activateCard',
      area: 'Card',
      summary: 'Activate a card (basic)',
      description:
        'The card must be ALLOCATED; it becomes ACTIVE. Whether a newly issued card is ALLOCATED, and so needs this, or ACTIVE at once is interpretation point issued-card-status. No field is marked required.',
      doc: 'api-library/card/activateCard',
      request: 'ActivateCardRequest',
      responses: {
        '200': { schema: 'MessageResult', description: 'Card Activated Successfully.' },
        '400': badRequest,
        '409': businessAndUndocumented(
          'Cvv Validation Failed (PPCUST_014); no card matches (PPCUST_010, inferred); the card is not ALLOCATED, with a code the page does not give.',
          ['PPCUST_014', 'PPCUST_010'],
          'the page gives only PPCUST_014; it makes ALLOCATED a prerequisite without saying how a card in another status is refused, so any well-formed code is accepted',
        ),
      },
    }),
  },
  '/prepaid/customer/v1/cards/support/fetch/balance': {
    post: operation({
      operationId: 'fetchCardBalance',
      area: 'Test data',
      summary: 'Check card balance',
      doc: 'api-library/card/fetchCardBalance',
      request: 'CardBalanceRequest',
      responses: {
        '200': { schema: 'CardBalanceResponse', description: 'Available, held and total balance per wallet.' },
        '400': badRequest,
        '409': business('Customer does not exist (code cut on the page; PPCUST_002 assumed).', ['PPCUST_002'], 'the business code is cut on the page'),
      },
    }),
  },
  '/prepaid/middleware/v1/issuances/': {
    post: operation({
      operationId: 'issueCard',
      area: 'Test data',
      summary: 'Issue a prepaid card',
      doc: 'api-library/issuance/createIssuance',
      inferred: 'the request is simplified to one card on one product for an existing customer; the response fields are those the suite needs',
      request: 'IssueCardRequest',
      responses: {
        '200': {
          schema: 'IssueCardResponse',
          description: 'The issued card and its wallet; the card is ACTIVE, or ALLOCATED until activated (interpretation point issued-card-status).',
        },
        '400': badRequest,
        '409': business('Unknown customer (PPCUST_002) or product (PPCUST_010).', ['PPCUST_002', 'PPCUST_010']),
      },
    }),
  },
};
