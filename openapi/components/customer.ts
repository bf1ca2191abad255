/** Schemas of the customer operations: status, profile, usage, search, nominees, onboarding and fetch (api-library/customer). */
import { inferred, ref, type Schema } from '../schema-types';
import { envelope, money, nonBlank, object, text } from './common';

export const SEARCH_TYPES = [
  'MOBILE', 'KIT', 'CUSTOMER_ID', 'ENTITY_ID', 'CARD', 'PAN', 'AADHAAR_ID', 'VOTER_ID',
  'EMAIL_ID', 'FIRST_NAME', 'LAST_NAME', 'KYC_TOKEN', 'CUSTOMER_ENTITY_ID',
] as const;

export const customerSchemas: Record<string, Schema> = {
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
        // The same customer's gender is Male | Female | Others on Update Customer Profile and MALE, FEMALE, OTHER in the
        // onboarding guide; this page shows only "MALE" and lists no values (catalog §11, item 8).
        gender: {
          type: 'string',
          allOf: [
            inferred(
              { enum: ['MALE', 'FEMALE', 'OTHER', 'Male', 'Female', 'Others'] },
              'the fetch page lists no values and its example shows MALE: the onboarding guide\'s MALE, FEMALE, OTHER and the profile page\'s Male, Female, Others are both taken',
            ),
          ],
        },
        status: inferred(ref('CustomerStatus'), 'not in the captured example; needed to read a status back'),
        communication: object({ mobile: object({ value: text, countryCode: ref('AnsweredCountryCode') }), email: text }),
        permanentAddress: ref('Address'),
        accounts: { type: 'array', items: { type: 'object' } },
      },
      ['entityId', 'firstName', 'lastName', 'status'],
    ),
  ),
};
