/** Schemas of the card operations: preferences, listing, balance, activation, delivery tracking, status and issuance (api-library/card). */
import { inferred, partlyInferred, ref, sourced, type Schema } from '../schema-types';
import { answered, envelope, envelopeShape, money, nonBlank, object, source, text } from './common';

/** A masked card number as the examples show it (876541XXXXXX0682, 5231XXXXXXXX0015); no page states the format. */
const maskedCardNumber = partlyInferred(text, { pattern: '^[0-9]{4,6}X+[0-9]{4}$' }, 'the examples show 876541XXXXXX0682 and 5231XXXXXXXX0015; no page states the format');

export const PREFERENCE_TYPES = [
  'ATM', 'E-com', 'POS', 'ContactLess', 'Cash-PoS', 'Tokenization', 'Recurring Transactions',
] as const;

export const cardSchemas: Record<string, Schema> = {
  LimitString: inferred(
    { type: 'string', pattern: '^[0-9]+$' },
    'the example sends limits as strings of digits ("10", "10000"); a negative or non-numeric limit is a constraint violation',
  ),
  PreferenceOverride: object(
    {
      type: { type: 'string', enum: [...PREFERENCE_TYPES] },
      enabled: { type: 'boolean' },
      maxTransaction: ref('LimitString'),
      maxTransactionAmountPerDay: ref('LimitString'),
      perTransactionLimit: ref('LimitString'),
      upperLimitMaxTransaction: { ...ref('LimitString'), readOnly: true },
      upperLimitMaxTransactionAmountPerDay: { ...ref('LimitString'), readOnly: true },
    },
    ['type'],
  ),
  PreferenceSet: object({ values: inferred({ type: 'array', minItems: 1, items: ref('PreferenceOverride') }, 'a scope sent with no preference has nothing to change') }, ['values']),
  UpdateCardPreferencesRequest: object(
    {
      mobile: ref('Mobile'),
      entityId: text,
      kit: text,
      userOverridden: object({
        domestic: inferred(ref('PreferenceSet'), 'the page speaks of domestic and international limits but shows only international'),
        international: ref('PreferenceSet'),
      }),
      otpDetails: { type: 'object' },
      rule: { type: 'object' },
    },
    ['userOverridden'],
  ),
  Preference: inferred(
    object(
      {
        type: { type: 'string', enum: [...PREFERENCE_TYPES] },
        enabled: { type: 'boolean' },
        maxTransaction: text,
        maxTransactionAmountPerDay: text,
        perTransactionLimit: text,
        upperLimitMaxTransaction: text,
        upperLimitMaxTransactionAmountPerDay: text,
      },
      ['type', 'enabled', 'maxTransaction', 'maxTransactionAmountPerDay', 'perTransactionLimit', 'upperLimitMaxTransaction', 'upperLimitMaxTransactionAmountPerDay'],
    ),
    'no v2 page shows how preferences are read; Fetch All Cards says it includes them',
  ),
  Card: sourced(
    object(
      {
        kitNo: answered,
        maskedCardNumber,
        productName: text,
        productType: text,
        cardNetwork: text,
        cardStatus: text,
        expiryDate: text,
        issuedDate: text,
        wallets: {
          type: 'array',
          items: object({ accountId: answered, currency: text, balance: money, status: text }, ['accountId', 'currency', 'balance', 'status']),
        },
        preferences: inferred(
          object({
            domestic: object({ values: { type: 'array', items: ref('Preference') } }),
            international: object({ values: { type: 'array', items: ref('Preference') } }),
          }),
          'the page says the answer includes "Card preferences (international transactions, contactless, etc.)" without showing them',
        ),
      },
      ['kitNo', 'maskedCardNumber', 'cardStatus', 'wallets'],
    ),
    source(
      'api-library/card/fetchAllCards',
      '200 (captured part): {"result":[{"kitNo":"910000031","maskedCardNumber":"5231XXXXXXXX0015","productName":"Forex Travel Card","productType":"Forex","cardNetwork":"VISA","cardStatus":"ACTIVE","expiryDate":"11/2029","issuedDate":"2025-01-15","wallets":[{"accountId":"17556437212850072","currency":"USD","balance":1250,"status":"ACTIVE"},…]},…] (catalog §7.13.7)',
      'fetchAllCards',
    ),
  ),
  ActivateCardRequest: object({
    mobile: ref('Mobile'),
    cardLastSix: { type: 'string', pattern: '^[0-9]{6}$', description: 'Last 6 digits of the card number.' },
    cvv: inferred({ type: 'string', pattern: '^[0-9]{3}$', description: 'Card CVV.' }, 'the page says only "Card CVV"; its example is three digits'),
    expiryDate: { type: 'string', pattern: '^(0[1-9]|1[0-2])/[0-9]{2}$', description: 'Card expiry (format: MM/YY).' },
    kitNo: { ...text, description: 'Kit number (optional additional validation).' },
  }),
  FetchAllCardsRequest: object({ entityId: nonBlank, mobile: ref('Mobile'), issuedBy: text, tenant: text, type: text }),
  FetchAllCardsResponse: envelope(
    sourced({ type: 'array', items: ref('Card') }, source('api-library/card/fetchAllCards', '200: {"result":[{"kitNo":"910000031",…},{"kitNo":"910000032",…}]}; "Returns every card (active, inactive, blocked, expired)" (catalog §7.13.7)', 'fetchAllCards')),
  ),
  CardBalanceRequest: object({ entityId: nonBlank, kitNo: text, mobile: ref('Mobile') }, ['entityId']),
  CardBalanceResponse: envelope(
    sourced(
      object(
        {
          entityId: answered,
          kitNo: answered,
          wallets: {
            type: 'array',
            items: object(
              { accountId: answered, currency: text, availableBalance: money, heldAmount: money, totalBalance: money, status: text },
              ['accountId', 'currency', 'availableBalance', 'heldAmount', 'totalBalance', 'status'],
            ),
          },
        },
        ['entityId', 'kitNo', 'wallets'],
      ),
      source(
        'api-library/card/fetchCardBalance',
        '200 {"result":{"entityId":"798782647420001622070825","kitNo":"910000031","wallets":[{"accountId":"17556437212850072","currency":"INR","availableBalance":15250.75,"heldAmount":0,"totalBalance":15250.75,"status":"ACTIVE"}]},"pagination":null} (catalog §7.13.6)',
        'fetchCardBalance',
      ),
    ),
  ),
  TrackDeliveryRequest: inferred(
    {
      ...object({
        kitNo: nonBlank,
        applicationNumber: nonBlank,
        awbNumber: text,
        branchCode: text,
        courierCode: text,
        customerMobileNumber: text,
        erodNumber: text,
        fromCreatedDate: { type: 'string', format: 'date' },
        toCreatedDate: { type: 'string', format: 'date' },
        fromDate: { type: 'string', format: 'date' },
        toDate: { type: 'string', format: 'date' },
        mode: text,
      }),
      anyOf: [
        { properties: { kitNo: {} }, required: ['kitNo'] },
        { properties: { applicationNumber: {} }, required: ['applicationNumber'] },
      ],
    },
    'every field is optional on the page; a search needs a kit number or an application number to find a card',
  ),
  TrackDeliveryResponse: envelope(
    // Only the first line of the page's response was captured: which fields are always present is inferred.
    inferred(
      object(
        {
          kitNo: nonBlank,
          deliveryMode: { type: 'string', enum: ['HD', 'BP'] },
          deliveryStatus: inferred(
            { type: 'string', enum: ['ORDERED', 'DISPATCHED', 'IN_TRANSIT', 'DELIVERED', 'RETURNED'] },
            'the delivery-status enum was not captured',
          ),
          awbNumber: text,
          courierName: text,
          branchName: text,
          branchAddress: text,
          dispatchedAt: { type: 'string', format: 'date-time' },
          expectedDeliveryDate: { type: 'string', format: 'date' },
          recipientName: text,
          recipientContact: text,
        },
        ['kitNo', 'deliveryMode', 'deliveryStatus'],
      ),
      "the page's response is cut after its first line: kitNo, deliveryMode and deliveryStatus are taken as always present",
    ),
  ),
  UpdateCardStatusRequest: object(
    {
      entityId: inferred(nonBlank, 'card-identifying fields are taken from the sibling card endpoints'),
      kitNo: inferred(nonBlank, 'see entityId'),
      status: { type: 'string', enum: ['LOCKED', 'UNLOCKED', 'BLOCKED'] },
      reasonCode: inferred({ type: 'string', maxLength: 32, description: 'Short, stable, machine-readable (e.g. LOST_CARD).' }, 'the page asks for a short code, not paragraph text; 32 characters is our bound'),
      reasonMsg: text,
    },
    ['entityId', 'kitNo', 'status'],
  ),
  UpdateCardStatusResponse: inferred(
    envelopeShape(
      object(
        { kitNo: nonBlank, status: { type: 'string', enum: ['ACTIVE', 'LOCKED', 'BLOCKED'] }, message: nonBlank },
        ['kitNo', 'status', 'message'],
      ),
    ),
    'responses were not captured; the page says an already-applied status answers a success message like "Card was already LOCKED"',
  ),

  // ---- test data: operations the suite uses to make its own customers, cards and balances ----
  IssueCardRequest: inferred(
    object(
      { applicationNumber: nonBlank, issuanceType: { type: 'string', enum: ['Single', 'Bulk'] }, entityId: nonBlank, productId: nonBlank },
      ['applicationNumber', 'entityId', 'productId'],
    ),
    'the issuance page is only partly captured; the suite issues one card on a product to a customer it created',
  ),
  IssueCardResponse: inferred(
    envelopeShape(
      object(
        {
          applicationNumber: nonBlank,
          currentStatus: { type: 'string', enum: ['CREATED', 'PENDING_APPROVAL', 'APPROVED', 'SUCCESS'] },
          entityId: nonBlank,
          kitNo: nonBlank,
          maskedCardNumber: { type: 'string', pattern: '^[0-9]{4,6}X+[0-9]{4}$' },
          cardStatus: { ...text, description: 'ACTIVE, or ALLOCATED until activated (interpretation point issued-card-status).' },
          accountId: nonBlank,
          currency: { type: 'string', pattern: '^[A-Z]{3}$' },
        },
        ['applicationNumber', 'currentStatus', 'entityId', 'kitNo', 'maskedCardNumber', 'cardStatus', 'accountId', 'currency'],
      ),
    ),
    'with auto-approval the card is created at once; the response fields are those the suite needs',
  ),
};
