/** Schemas of the customer operations: status, profile, usage, search, nominees, onboarding and fetch (api-library/customer). */
import { inferred, ref, sourced, type Schema } from '../schema-types';
import { answered, currencyCode, envelope, envelopeShape, mobileNumber, money, nonBlank, object, source, text } from './common';

const UAS = 'api-library/customer/updateAccountStatus';
const UPDATE_CUSTOMER = 'api-library/customer/updateCustomer';

export const SEARCH_TYPES = [
  'MOBILE', 'KIT', 'CUSTOMER_ID', 'ENTITY_ID', 'CARD', 'PAN', 'AADHAAR_ID', 'VOTER_ID',
  'EMAIL_ID', 'FIRST_NAME', 'LAST_NAME', 'KYC_TOKEN', 'CUSTOMER_ENTITY_ID',
] as const;

export const customerSchemas: Record<string, Schema> = {
  UpdateCustomerStatusRequest: object({ entityId: ref('EntityId'), status: ref('CustomerStatus') }, ['entityId', 'status']),
  UpdateCustomerStatusResponse: envelope(
    sourced(
      object({ entityId: answered, status: ref('CustomerStatus') }, ['entityId', 'status']),
      source(UAS, '{"result": {"entityId": "750244137320000234050825", "status": "CREDIT_FREEZE"}, "pagination": null}', 'updateCustomerStatus'),
      source(
        UAS,
        'Required. Target status "ACTIVE" | "LOCKED" | "BLOCKED" | "FRAUD" | "INACTIVE" | "CUSTOMER_BLOCKED" | "CREDIT_FREEZE" | "DEBIT_FREEZE" | "REFUND_ONLY" | "CLOSED" | "EXPIRED" (the Valid Statuses table; the answer echoes the status)',
        'updateCustomerStatus',
      ),
    ),
  ),
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
    sourced(
      object(
        {
          entityId: answered,
          firstName: text,
          lastName: text,
          dob: ref('DateDdMmYyyy'),
          gender: { type: 'string', enum: ['Male', 'Female', 'Others'] },
          communication: object({ mobile: object({ value: text, countryCode: ref('AnsweredCountryCode') }), email: text }),
        },
        ['entityId'],
      ),
      source(
        UPDATE_CUSTOMER,
        '{"result": {"entityId": "615928984620006085281025", "firstName": "Tim", "lastName": "David", "dob": "10/10/1999", "gender": "Male", "communication": {"mobile": {"value": "9876543210", "countryCode": 91}, "email": "tim.david@example.com"}}, "pagination": null}',
        'updateCustomer',
      ),
      source(UPDATE_CUSTOMER, 'gender: "Male" | "Female" | "Others"; "`entityId` is required and identifies which customer to update"', 'updateCustomer'),
    ),
  ),
  UsageRequest: object({ pan: nonBlank, dob: text, mobile: ref('Mobile') }, ['pan']),
  PeriodAmount: object({ amount: money }, ['amount']),
  UsageResponse: envelope(
    sourced(
    object(
      {
        baseCurrencyConsumptions: {
          type: 'array',
          items: object(
            {
              baseCurrency: currencyCode,
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
    source(
      'api-library/customer/getUsageDetails',
      '{"result": {"baseCurrencyConsumptions": [{"baseCurrency": "USD", "transactionTypes": {"LOAD": {"daily": {"amount": 0}, "monthly": {"amount": 0}, "yearly": {"amount": 10}, "overall": {"amount": 0}}, "LOAD_DIY": {…}}}, …]}, "pagination": null}; "Returns usage broken down by: Base currency (USD, INR, etc.), Transaction type (LOAD, LOAD_DIY, etc.), Time period (daily, monthly, yearly, overall)"',
      'getUsageDetails',
    ),
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
    sourced(
      ref('Pagination'),
      source('catalog §7.4', '200 (verbatim, placeholder): {"result":{},"pagination":{"list":true,"pageSize":0,"pageNo":0,"totalPages":0,"totalElements":0}}', 'searchCustomers'),
    ),
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
    sourced(
      { type: 'object', description: 'The page shows a placeholder result {}.' },
      source('catalog §7.5', '200 (placeholder): {"result":{},"pagination":{"list":true,"pageSize":0,"pageNo":0,"totalPages":0,"totalElements":0}}', 'updateNominee'),
    ),
    // null (catalog §4.1: a single object) or the page's own placeholder pagination; the two cannot both match.
    sourced(
      { anyOf: [{ type: 'null' }, ref('Pagination')] },
      source('catalog §7.5', '200 (placeholder): {"result":{},"pagination":{"list":true,"pageSize":0,"pageNo":0,"totalPages":0,"totalElements":0}}', 'updateNominee'),
      source('catalog §4.1', 'Single object: `"pagination": null`.'),
    ),
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
        mobile: ref('CreateCustomerMobile'),
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
  // Its countryCode is an interpretation point (fixtures/interpretations.json, create-customer-country-code): the number
  // 91 every other request example sends, or the string "+91" of the onboarding guide, createCustomer's only page.
  CreateCustomerMobile: object(
    {
      value: mobileNumber,
      countryCode: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\+[0-9]{1,3}$' }] },
    },
    ['value'],
  ),
  CreateCustomerResponse: inferred(
    envelopeShape(object({ entityId: nonBlank, customerId: nonBlank, status: ref('CustomerStatus') }, ['entityId', 'customerId', 'status'])),
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
    sourced(
    object(
      {
        id: text,
        entityId: inferred(nonBlank, 'the example nests entityId in accounts[]; the suite reads it at the top level'),
        customerId: text,
        firstName: text,
        lastName: text,
        email: text,
        pan: text,
        dob: sourced(ref('DateIso'), source('api-library/customer/fetchCustomer', 'dob? (format `YYYY-MM-DD`) (the page\'s field list, catalog §7.13.3); the answer\'s "dob": "1990-01-15"', 'fetchCustomer')),
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
        communication: inferred(
          object({ mobile: object({ value: text, countryCode: ref('AnsweredCountryCode') }), email: text }),
          'not in the captured example (it shows email at the top level); shaped as Update Customer Profile answers it',
        ),
        permanentAddress: inferred(ref('Address'), 'not in the captured example; shaped as Update Customer Profile sends it'),
        accounts: { type: 'array', items: { type: 'object' } },
      },
      ['entityId', 'firstName', 'lastName', 'status'],
    ),
    source(
      'api-library/customer/fetchCustomer',
      '200 (captured part, verbatim): {"result":{"id":"68d4df9a218558bad8c17354","firstName":"John","lastName":"Doe","email":"john@example.com","pan":"ABCDE1234F","dob":"1990-01-15","gender":"MALE","customerId":"9932482","accounts":[{"entityId":"617713338570000051250925","card":{…},"wallets":[…]}],… (catalog §7.13.3)',
      'fetchCustomer',
    ),
    ),
  ),
};
