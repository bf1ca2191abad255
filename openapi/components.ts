import { inferred, ref, type Schema } from './schema-types';

const PROBLEM = 'https://www.m2pfintech.com/problem/';

export const CUSTOMER_STATUSES = [
  'ACTIVE', 'LOCKED', 'BLOCKED', 'FRAUD', 'INACTIVE', 'CUSTOMER_BLOCKED',
  'CREDIT_FREEZE', 'DEBIT_FREEZE', 'REFUND_ONLY', 'CLOSED', 'EXPIRED',
] as const;

export const PREFERENCE_TYPES = [
  'ATM', 'E-com', 'POS', 'ContactLess', 'Cash-PoS', 'Tokenization', 'Recurring Transactions',
] as const;

export const SEARCH_TYPES = [
  'MOBILE', 'KIT', 'CUSTOMER_ID', 'ENTITY_ID', 'CARD', 'PAN', 'AADHAAR_ID', 'VOTER_ID',
  'EMAIL_ID', 'FIRST_NAME', 'LAST_NAME', 'KYC_TOKEN', 'CUSTOMER_ENTITY_ID',
] as const;

export const TRANSACTION_TYPES = [
  'CREDIT', 'DEBIT', 'REFUND', 'REVERSAL', 'LOAD_NET', 'LOAD_DC', 'LOAD_CC', 'LOAD_UPI_COLL',
  'LOAD_UPI_INTENT', 'LOAD_SWEEP', 'LOAD_FT', 'LOAD_IR', 'ACCOUNT_CLOSURE', 'CASHBACK',
] as const;

export const TRANSACTION_ORIGINS = ['ATM', 'POS', 'ECOM', 'WEB', 'LOAD'] as const;

const text: Schema = { type: 'string' };
const nonBlank: Schema = { type: 'string', minLength: 1 };
const money: Schema = { type: 'number' };

/** Objects we read allow fields we do not know: the docs show only part of most bodies. */
const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});

/** The success envelope every v2 endpoint but the corporate alerts uses (catalog §4.1). */
const envelope = (result: Schema, pagination: Schema = { type: 'null' }): Schema =>
  object({ result, pagination }, ['result', 'pagination']);

export const schemas: Record<string, Schema> = {
  EntityId: { ...nonBlank, description: 'Customer entity ID', examples: ['750244137320000234050825'] },
  CustomerStatus: { type: 'string', enum: [...CUSTOMER_STATUSES] },
  Mobile: object(
    {
      value: inferred({ type: 'string', pattern: '^[6-9][0-9]{9}$' }, 'the docs give only examples (9876543210): a 10-digit Indian mobile number'),
      countryCode: { type: 'integer', examples: [91] },
    },
    ['value'],
  ),
  AnsweredCountryCode: {
    description:
      'A mobile\'s country code in a response: the number 91 of the examples, or the string "91" of search and the onboarding guide (fixtures/interpretations.json, country-code-type).',
    anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\+?[0-9]{1,3}$' }],
  },
  Pan: inferred({ type: 'string', pattern: '^[A-Z]{5}[0-9]{4}[A-Z]$' }, 'format taken from the de-dupe page ("format: ABCDE1234F")'),
  DateDdMmYyyy: inferred(
    {
      type: 'string',
      pattern: '^(0[1-9]|[12][0-9]|3[01])/(0[1-9]|1[0-2])/(19|20)[0-9]{2}$',
      description: 'Date in dd/MM/yyyy, as Update Customer Profile documents for dob.',
    },
    'the page gives the format; that the year is 19xx or 20xx is assumed',
  ),
  DateIso: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Date in yyyy-MM-dd.' },
  Address: object(
    {
      address1: text,
      address2: text,
      city: text,
      state: text,
      country: text,
      pin: inferred({ type: 'string', pattern: '^[1-9][0-9]{5}$' }, 'Indian PIN code: six digits, not starting with 0'),
    },
  ),
  Pagination: object(
    {
      list: { type: 'boolean' },
      pageSize: { type: 'integer', minimum: 0 },
      pageNo: { type: 'integer', minimum: 0 },
      totalPages: { type: 'integer', minimum: 0 },
      totalElements: { type: 'integer', minimum: 0 },
    },
    ['list', 'pageSize', 'pageNo', 'totalPages', 'totalElements'],
  ),

  // ---- error envelopes (catalog §4.3) ----
  BusinessCode: { type: 'string', pattern: '^PP(CUST|_CORP|_MIDD)_[0-9]{3}$', description: '{SERVICE_PREFIX}_{SEQUENCE_NUMBER} (error-codes page).' },
  ProblemWithMessage: object(
    {
      type: { const: `${PROBLEM}problem-with-message` },
      title: text,
      status: { type: 'integer' },
      detail: text,
      message: text,
      businessCode: ref('BusinessCode'),
      // The error-codes page's name for the same code (interpretation point error-code-key).
      'business.code': ref('BusinessCode'),
      path: text,
    },
    ['type', 'title', 'status', 'detail', 'message'],
  ),
  ConstraintViolation: object(
    {
      type: { const: `${PROBLEM}constraint-violation` },
      title: text,
      status: { type: 'integer' },
      message: { const: 'error.validation' },
      fieldErrors: {
        type: 'array',
        minItems: 1,
        items: object({ field: nonBlank, message: text, objectName: text }, ['field', 'message']),
      },
    },
    ['type', 'title', 'status', 'message', 'fieldErrors'],
  ),
  BadRequest: {
    description: 'A body that cannot be read (problem-with-message) or a field that breaks a constraint (constraint-violation).',
    oneOf: [
      { allOf: [ref('ProblemWithMessage'), object({ message: { const: 'error.http.400' } })] },
      ref('ConstraintViolation'),
    ],
  },
  BusinessError: {
    description:
      'A business rule refused the request: 409 with message error.business and a business code, under businessCode (every endpoint example) or "business.code" (the error-codes page); fixtures/interpretations.json, error-code-key.',
    allOf: [
      ref('ProblemWithMessage'),
      object({ message: { const: 'error.business' } }),
      { anyOf: [object({ businessCode: ref('BusinessCode') }, ['businessCode']), object({ 'business.code': ref('BusinessCode') }, ['business.code'])] },
    ],
  },
  Unauthorized: inferred(
    { allOf: [ref('ProblemWithMessage'), object({ message: { const: 'error.http.401' } })] },
    'the error-codes page gives 401 for missing or invalid authentication; the body follows the documented problem-with-message shape',
  ),
  Forbidden: inferred(
    { allOf: [ref('ProblemWithMessage'), object({ message: { const: 'error.http.403' } })] },
    'the error-codes page gives 403 for valid authentication without permission (wrong tenant, a partner changing a FRAUD or BLOCKED status)',
  ),
  NotFound: inferred(
    { allOf: [ref('ProblemWithMessage'), object({ message: { const: 'error.http.404' } })] },
    'the error-codes page gives 404 for a resource that does not exist',
  ),

  // ---- authentication (integration-guide/authentication) ----
  TokenRequest: object(
    { clientId: nonBlank, clientSecret: nonBlank, grantType: { type: 'string', enum: ['client_credentials'] } },
    ['clientId', 'clientSecret', 'grantType'],
  ),
  TokenResponse: object(
    { access_token: nonBlank, token_type: { type: 'string', enum: ['Bearer'] }, expires_in: { type: 'integer', minimum: 1 } },
    ['access_token', 'token_type', 'expires_in'],
  ),

  // ---- customer ----
  UpdateCustomerStatusRequest: object({ entityId: ref('EntityId'), status: ref('CustomerStatus') }, ['entityId', 'status']),
  UpdateCustomerStatusResponse: envelope(object({ entityId: nonBlank, status: ref('CustomerStatus') }, ['entityId', 'status'])),
  Communication: object({ mobile: ref('Mobile'), email: { type: 'string', format: 'email' } }),
  UpdateCustomerRequest: object(
    {
      entityId: ref('EntityId'),
      status: { ...ref('CustomerStatus'), description: 'Account status (use Update Status endpoint for status changes)' },
      firstName: text,
      lastName: text,
      gender: { type: 'string', enum: ['Male', 'Female', 'Others'] },
      dob: ref('DateDdMmYyyy'),
      email: { type: 'string', format: 'email' },
      pan: ref('Pan'),
      permanentAddress: ref('Address'),
      communicationAddress: ref('Address'),
      communication: ref('Communication'),
      cbsAccountNumber: text,
      cif: text,
      customerId: text,
      customerRiskDetails: object({ riskRating: text, customerOccupation: text, politicallyExposed: { type: 'boolean' } }),
      nationalIdentity: { type: 'object' },
      customerAdditionalDetails: { type: 'object', additionalProperties: { type: 'string' } },
    },
    ['entityId'],
  ),
  UpdateCustomerResponse: envelope(
    object(
      {
        entityId: nonBlank,
        firstName: text,
        lastName: text,
        dob: ref('DateDdMmYyyy'),
        gender: { type: 'string', enum: ['Male', 'Female', 'Others'] },
        communication: object({ mobile: object({ value: text, countryCode: ref('AnsweredCountryCode') }), email: text }),
      },
      ['entityId'],
    ),
  ),
  UsageRequest: object({ pan: nonBlank, dob: text, mobile: ref('Mobile') }, ['pan']),
  PeriodAmount: object({ amount: money }, ['amount']),
  UsageResponse: envelope(
    object(
      {
        baseCurrencyConsumptions: {
          type: 'array',
          items: object(
            {
              baseCurrency: { type: 'string', pattern: '^[A-Z]{3}$' },
              transactionTypes: {
                type: 'object',
                description: 'Keyed by transaction type (LOAD, LOAD_DIY, …).',
                additionalProperties: object(
                  { daily: ref('PeriodAmount'), monthly: ref('PeriodAmount'), yearly: ref('PeriodAmount'), overall: ref('PeriodAmount') },
                  ['daily', 'monthly', 'yearly', 'overall'],
                ),
              },
            },
            ['baseCurrency', 'transactionTypes'],
          ),
        },
      },
      ['baseCurrencyConsumptions'],
    ),
  ),
  SearchRequest: object(
    {
      searchType: { type: 'string', enum: [...SEARCH_TYPES] },
      value: nonBlank,
      tenant: nonBlank,
      countryCode: { type: 'string', default: '91' },
    },
    ['searchType', 'value', 'tenant'],
  ),
  CustomerSummary: inferred(
    object(
      {
        entityId: nonBlank,
        customerId: text,
        firstName: text,
        lastName: text,
        status: ref('CustomerStatus'),
        email: text,
        mobile: { type: 'string', description: 'Masked, e.g. 987****210' },
      },
      ['entityId', 'firstName', 'lastName', 'status'],
    ),
    'the page says "a paginated list of matching customer profiles" and shows only a placeholder result; these are the fields the suite relies on',
  ),
  SearchResponse: envelope(
    inferred({ type: 'array', items: ref('CustomerSummary') }, 'the example shows result: {} as a placeholder; a list endpoint returns an array'),
    ref('Pagination'),
  ),
  Guardian: inferred(
    object({ name: nonBlank, relationship: nonBlank, mobile: ref('Mobile') }, ['name', 'relationship']),
    'the page requires guardian details for a minor but does not show the object',
  ),
  Nominee: inferred(
    object(
      {
        name: inferred(nonBlank, 'used in the example, missing from the field list'),
        relationship: nonBlank,
        dob: ref('DateIso'),
        dateOfBirthInISOFormat: text,
        age: { type: 'integer', minimum: 0 },
        minor: { type: 'boolean' },
        guardian: ref('Guardian'),
        address: ref('Address'),
        percentShare: inferred({ type: 'integer', minimum: 1, maximum: 100 }, 'a share is a whole percentage of the account'),
        mobile: ref('Mobile'),
      },
      ['name', 'relationship', 'percentShare'],
    ),
    'the page marks no field required; name, relationship and percentShare are taken as required because its rules need them',
  ),
  UpdateNomineeRequest: object(
    { nominees: inferred({ type: 'array', minItems: 1, items: ref('Nominee') }, 'an update with no nominee has nothing to do') },
    ['nominees'],
  ),
  UpdateNomineeResponse: envelope(
    { type: 'object', description: 'The page shows a placeholder result {}.' },
    { oneOf: [{ type: 'null' }, ref('Pagination')] },
  ),

  // ---- corporate low-balance alert (bare objects, no envelope: catalog §7.6) ----
  AlertConfigRequest: object(
    {
      corporateId: inferred(nonBlank, 'the docs mark no field required; corporate, account and alert type identify a configuration'),
      accountNumber: inferred(nonBlank, 'see corporateId'),
      // Required by the same inference: the page's example sends {} to update and fetch, and gets 200.
      alertType: inferred({ type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] }, 'see corporateId'),
      thresholdAmount: inferred({ type: 'number', exclusiveMinimum: 0 }, 'a low-balance threshold of zero or less can never trigger'),
      emailRecipients: { type: 'array', items: inferred({ type: 'string', format: 'email' }, 'the page lists e-mail recipients without a format') },
      mobileRecipients: {
        type: 'array',
        items: inferred({ type: 'string', pattern: '^[6-9][0-9]{9}$' }, 'the page lists mobile numbers without a format: a 10-digit Indian mobile, as Mobile'),
      },
    },
    ['corporateId', 'accountNumber', 'alertType'],
  ),
  AlertConfigKey: inferred(
    object({ corporateId: nonBlank, accountNumber: nonBlank, alertType: { type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] } }, ['corporateId', 'accountNumber', 'alertType']),
    'the fetch page lists no fields; these identify one configuration',
  ),
  AlertConfig: object(
    {
      corporateId: text,
      accountNumber: text,
      alertType: { type: 'string', enum: ['CORPORATE_LOW_BALANCE_ALERT'] },
      thresholdAmount: money,
      emailRecipients: { type: 'array', items: text },
      mobileRecipients: { type: 'array', items: text },
    },
    ['corporateId', 'accountNumber', 'alertType', 'thresholdAmount', 'emailRecipients', 'mobileRecipients'],
  ),

  // ---- wallet ----
  LienRequest: object(
    {
      lienId: nonBlank,
      transactionId: nonBlank,
      extTxnId: text,
      source: nonBlank,
      txnOrigin: text,
      txnType: text,
      accountNumber: nonBlank,
      lienAmount: inferred({ type: 'number', minimum: 0 }, 'a negative hold is meaningless; REMOVE ignores the amount, so zero is allowed there'),
      type: { type: 'string', enum: ['ADD', 'ADJUST', 'REMOVE'] },
      balanceCheck: { type: 'boolean' },
    },
    ['lienId', 'transactionId', 'source', 'accountNumber', 'lienAmount', 'type', 'balanceCheck'],
  ),
  LienResponse: inferred(
    envelope(
      object(
        {
          lienId: nonBlank,
          accountNumber: nonBlank,
          type: { type: 'string', enum: ['ADD', 'ADJUST', 'REMOVE'] },
          lienAmount: { ...money, description: 'The amount this lien now holds (0 once removed).' },
          heldAmount: money,
          availableBalance: money,
        },
        ['lienId', 'accountNumber', 'type', 'lienAmount', 'heldAmount', 'availableBalance'],
      ),
    ),
    'the page lists three responses but none was captured',
  ),
  UpdateWalletStatusRequest: inferred(
    object({ accountId: nonBlank, status: ref('CustomerStatus'), entityId: text }, ['accountId', 'status']),
    'the captured page cuts the field names after "ac"; accountId matches Check Wallet Balance, and the status enum is taken from the customer page',
  ),
  UpdateWalletStatusResponse: inferred(
    envelope(object({ accountId: nonBlank, status: ref('CustomerStatus') }, ['accountId', 'status'])),
    'responses were not captured; shaped like Update Customer Account Status',
  ),
  WalletBalanceRequest: object({ entityId: nonBlank, accountId: text, mobile: ref('Mobile') }, ['entityId']),
  WalletBalanceResponse: envelope(
    object(
      { accountId: nonBlank, entityId: nonBlank, balance: money, currency: { type: 'string', pattern: '^[A-Z]{3}$' }, status: ref('CustomerStatus') },
      ['accountId', 'entityId', 'balance', 'currency', 'status'],
    ),
  ),

  // ---- card ----
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
  MessageResult: envelope(object({ message: nonBlank }, ['message'])),
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
  Card: object(
    {
      kitNo: nonBlank,
      maskedCardNumber: { type: 'string', pattern: '^[0-9]{4,6}X+[0-9]{4}$' },
      productName: text,
      productType: text,
      cardNetwork: text,
      cardStatus: text,
      expiryDate: text,
      issuedDate: text,
      wallets: {
        type: 'array',
        items: object({ accountId: nonBlank, currency: text, balance: money, status: text }, ['accountId', 'currency', 'balance', 'status']),
      },
      preferences: object({
        domestic: object({ values: { type: 'array', items: ref('Preference') } }),
        international: object({ values: { type: 'array', items: ref('Preference') } }),
      }),
    },
    ['kitNo', 'maskedCardNumber', 'cardStatus', 'wallets'],
  ),
  ActivateCardRequest: object({
    mobile: ref('Mobile'),
    cardLastSix: { type: 'string', pattern: '^[0-9]{6}$', description: 'Last 6 digits of the card number.' },
    cvv: inferred({ type: 'string', pattern: '^[0-9]{3}$', description: 'Card CVV.' }, 'the page says only "Card CVV"; its example is three digits'),
    expiryDate: { type: 'string', pattern: '^(0[1-9]|1[0-2])/[0-9]{2}$', description: 'Card expiry (format: MM/YY).' },
    kitNo: { ...text, description: 'Kit number (optional additional validation).' },
  }),
  FetchAllCardsRequest: object({ entityId: nonBlank, mobile: ref('Mobile'), issuedBy: text, tenant: text, type: text }),
  FetchAllCardsResponse: envelope({ type: 'array', items: ref('Card') }),
  CardBalanceRequest: object({ entityId: nonBlank, kitNo: text, mobile: ref('Mobile') }, ['entityId']),
  CardBalanceResponse: envelope(
    object(
      {
        entityId: nonBlank,
        kitNo: nonBlank,
        wallets: {
          type: 'array',
          items: object(
            { accountId: nonBlank, currency: text, availableBalance: money, heldAmount: money, totalBalance: money, status: text },
            ['accountId', 'currency', 'availableBalance', 'heldAmount', 'totalBalance', 'status'],
          ),
        },
      },
      ['entityId', 'kitNo', 'wallets'],
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
    envelope(
      object(
        { kitNo: nonBlank, status: { type: 'string', enum: ['ACTIVE', 'LOCKED', 'BLOCKED'] }, message: nonBlank },
        ['kitNo', 'status', 'message'],
      ),
    ),
    'responses were not captured; the page says an already-applied status answers a success message like "Card was already LOCKED"',
  ),

  // ---- test data: operations the suite uses to make its own customers, cards and balances ----
  CreateCustomerRequest: inferred(
    object(
      {
        firstName: nonBlank,
        lastName: nonBlank,
        dateOfBirth: ref('DateDdMmYyyy'),
        gender: { type: 'string', enum: ['MALE', 'FEMALE', 'OTHER'] },
        email: { type: 'string', format: 'email' },
        mobile: ref('Mobile'),
        pan: ref('Pan'),
        aadhaar: { type: 'string', pattern: '^[2-9][0-9]{11}$' },
        voterId: { type: 'string', pattern: '^[A-Z]{3}[0-9]{7}$' },
        kycToken: text,
        customerEntityId: text,
        address: ref('Address'),
        kycType: { type: 'string', enum: ['FULL_KYC', 'MIN_KYC', 'NO_KYC'] },
      },
      ['firstName', 'lastName', 'dateOfBirth', 'gender', 'email', 'mobile', 'pan', 'kycType'],
    ),
    'the onboarding guide lists the required fields but no API Library page exists for POST /v1/customers/',
  ),
  CreateCustomerResponse: inferred(
    envelope(object({ entityId: nonBlank, customerId: nonBlank, status: ref('CustomerStatus') }, ['entityId', 'customerId', 'status'])),
    'no response example is published',
  ),
  IssueCardRequest: inferred(
    object(
      { applicationNumber: nonBlank, issuanceType: { type: 'string', enum: ['Single', 'Bulk'] }, entityId: nonBlank, productId: nonBlank },
      ['applicationNumber', 'entityId', 'productId'],
    ),
    'the issuance page is only partly captured; the suite issues one card on a product to a customer it created',
  ),
  IssueCardResponse: inferred(
    envelope(
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
  LoadWalletRequest: object(
    {
      entityId: nonBlank,
      accountId: inferred(text, 'which wallet to move money in; the primary wallet when absent'),
      mobile: ref('Mobile'),
      amount: { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,2})?$', description: 'Always positive; the transaction type decides credit or debit.' },
      txnRef: { type: 'string', minLength: 1, pattern: '^[a-zA-Z0-9-]+$', description: 'Idempotency key.' },
      transactionType: { type: 'string', enum: [...TRANSACTION_TYPES] },
      txnOrigin: { type: 'string', enum: [...TRANSACTION_ORIGINS] },
      description: text,
    },
    ['entityId', 'amount', 'txnRef', 'transactionType', 'txnOrigin'],
  ),
  LoadWalletResponse: inferred(
    envelope(
      object(
        { externalTransactionId: nonBlank, txnRef: nonBlank, preBalance: text, postBalance: text, transactionStatus: text },
        ['externalTransactionId', 'txnRef', 'preBalance', 'postBalance', 'transactionStatus'],
      ),
    ),
    'the page says the answer carries pre-balance, post-balance, status and externalTransactionId; names follow Fetch Transaction by External ID',
  ),
  TransactionHistoryRequest: object(
    {
      entityId: nonBlank,
      accountId: inferred(text, 'which wallet; the history of every wallet of the customer when absent'),
      mobile: ref('Mobile'),
      kit: text,
      fromDate: { type: 'string', pattern: '^[0-9]{2}-[0-9]{2}-[0-9]{4}$', description: 'dd-mm-yyyy, inclusive.' },
      toDate: { type: 'string', pattern: '^[0-9]{2}-[0-9]{2}-[0-9]{4}$', description: 'dd-mm-yyyy, inclusive.' },
      success: { type: 'boolean' },
      isOffline: { type: 'boolean' },
    },
    ['entityId'],
  ),
  Transaction: inferred(
    object(
      {
        amount: { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,2})?$', description: 'Negative for a debit, e.g. "-500.00".' },
        preBalance: text,
        postBalance: text,
        transactionType: text,
        txnOrigin: text,
        transactionStatus: text,
        externalTransactionId: text,
        txnRef: inferred(text, 'not named on the page; the suite finds its own transactions by it when present'),
        time: text,
      },
      ['amount', 'preBalance', 'postBalance', 'transactionType'],
    ),
    'the page lists the item fields without marking any required; these four are the ones money rests on',
  ),
  TransactionHistoryResponse: envelope({ type: 'array', items: ref('Transaction') }, ref('Pagination')),
  TransactionStatus: inferred(
    object(
      {
        amount: { type: 'string', pattern: '^[0-9]+(\\.[0-9]{1,2})?$', description: 'Unsigned, e.g. "500.00"; crDr gives the direction.' },
        preBalance: text,
        postBalance: text,
        transactionType: text,
        txnOrigin: text,
        transactionStatus: text,
        time: text,
        merchantName: text,
        externalTransactionId: text,
        retrievalReferenceNo: text,
        crDr: inferred({ type: 'string', enum: ['C', 'D'] }, 'the example shows "D" for a debit; "C" for a credit is assumed'),
      },
      ['amount', 'preBalance', 'postBalance', 'externalTransactionId', 'crDr'],
    ),
    'the page shows an example without marking any field required; these five are the ones money rests on',
  ),
  TransactionStatusResponse: envelope(ref('TransactionStatus')),
  FetchCustomerRequest: object({
    entityId: nonBlank,
    mobile: ref('Mobile'),
    pan: text,
    panNumber: text,
    dob: ref('DateIso'),
    tenant: text,
  }),
  FetchCustomerResponse: envelope(
    object(
      {
        id: text,
        entityId: inferred(nonBlank, 'the example nests entityId in accounts[]; the suite reads it at the top level'),
        customerId: text,
        firstName: text,
        lastName: text,
        email: text,
        pan: text,
        dob: ref('DateIso'),
        gender: { type: 'string', enum: ['MALE', 'FEMALE', 'OTHER'] },
        status: inferred(ref('CustomerStatus'), 'not in the captured example; needed to read a status back'),
        communication: object({ mobile: object({ value: text, countryCode: ref('AnsweredCountryCode') }), email: text }),
        permanentAddress: ref('Address'),
        accounts: { type: 'array', items: { type: 'object' } },
      },
      ['entityId', 'firstName', 'lastName', 'status'],
    ),
  ),
};
