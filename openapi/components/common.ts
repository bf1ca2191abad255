/** Schemas every area shares: identifiers, mobiles, dates, addresses, pagination and the error bodies (error-codes page, catalog §4), and the helpers the area files build theirs with. */
import { inferred, ref, type Schema } from '../schema-types';

export const PROBLEM = 'https://www.m2pfintech.com/problem/';

export const CUSTOMER_STATUSES = [
  'ACTIVE', 'LOCKED', 'BLOCKED', 'FRAUD', 'INACTIVE', 'CUSTOMER_BLOCKED',
  'CREDIT_FREEZE', 'DEBIT_FREEZE', 'REFUND_ONLY', 'CLOSED', 'EXPIRED',
] as const;

export const text: Schema = { type: 'string' };
export const nonBlank: Schema = { type: 'string', minLength: 1 };
export const money: Schema = { type: 'number' };

/** Objects we read allow fields we do not know: the docs show only part of most bodies. */
export const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});

/** The success envelope every v2 endpoint but the corporate alerts uses (catalog §4.1). */
export const envelope = (result: Schema, pagination: Schema = { type: 'null' }): Schema =>
  object({ result, pagination }, ['result', 'pagination']);

export const commonSchemas: Record<string, Schema> = {
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
  MessageResult: envelope(object({ message: nonBlank }, ['message'])),
};
