/** Schemas every area shares: identifiers, mobiles, dates, addresses, pagination and the error bodies (error-codes page, catalog §4), and the helpers the area files build theirs with. */
import { DOCS } from '../operation';
import { inferred, partlyInferred, ref, sourced, type Schema, type Source } from '../schema-types';

export const PROBLEM = 'https://www.m2pfintech.com/problem/';

export const CUSTOMER_STATUSES = [
  'ACTIVE', 'LOCKED', 'BLOCKED', 'FRAUD', 'INACTIVE', 'CUSTOMER_BLOCKED',
  'CREDIT_FREEZE', 'DEBIT_FREEZE', 'REFUND_ONLY', 'CLOSED', 'EXPIRED',
] as const;

export const text: Schema = { type: 'string' };
export const nonBlank: Schema = { type: 'string', minLength: 1 };
export const money: Schema = { type: 'number' };

/** A source: the page (a docs page relative to DOCS, or `catalog §…`), what it says, and the operations it says it for. */
export const source = (page: string, says: string, ...operations: string[]): Source => ({
  page: page.startsWith('catalog §') ? page : `${DOCS}/${page}`,
  says,
  ...(operations.length ? { operations } : {}),
});

/** The error-codes page, which states the error envelopes for every operation. */
export const ERROR_CODES_PAGE = 'error-codes';

/**
 * A string an answer carries, shown by an example: its type (and presence) are the example's, that it is not empty is
 * not stated anywhere (an example shows a value, not a bound).
 */
export const answered: Schema = partlyInferred(text, { minLength: 1 }, 'the page shows a value, not a bound: an empty one is taken as wrong');

/** A 3-letter currency code an answer carries ("INR", "USD" in the examples); the format is not stated. */
export const currencyCode: Schema = partlyInferred(text, { pattern: '^[A-Z]{3}$' }, 'the examples show ISO 4217 codes (INR, USD); no page states the format');

/** Objects we read allow fields we do not know: the docs show only part of most bodies. */
export const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  ...(required.length ? { required } : {}),
});

/** Catalog §4.1, stated for every v2 success but the corporate alerts' (which do not use the envelope). */
const ENVELOPE_SOURCE = source(
  'catalog §4.1',
  'Every v2 API Library success example except the corporate-alert ones wraps data as {"result": …, "pagination": …}. Single object: "pagination": null.',
);

/** The envelope's shape, for an answer inferred as a whole (`inferred(envelopeShape(…), why)`): nothing in it is sourced. */
export const envelopeShape = (result: Schema, pagination: Schema = { type: 'null' }): Schema => object({ result, pagination }, ['result', 'pagination']);

/**
 * The success envelope every v2 endpoint but the corporate alerts uses (catalog §4.1). Its source is general, so the
 * result must say its own (a `sourced` or `inferred` result): the general source would otherwise cover it.
 */
export const envelope = (result: Schema, pagination: Schema = { type: 'null' }): Schema => {
  for (const [name, part] of Object.entries({ result, pagination })) {
    if (name === 'pagination' && part.type === 'null') continue;
    if (!part['x-source'] && !part['x-inferred']) throw new Error(`envelope: the ${name} says neither where it comes from (sourced) nor that it is inferred`);
  }
  return sourced(object({ result, pagination }, ['result', 'pagination']), ENVELOPE_SOURCE);
};

const isType = (uri: string): Schema => ({ properties: { type: { const: uri } }, required: ['type'] });

/**
 * A 400: an unreadable body (problem-with-message) or a field that breaks a constraint (constraint-violation); each
 * shape is judged when the body's `type` says it is that shape (catalog §11, item 2, settled: a 400 is either). The
 * problem-with-message shape is the error-codes page's, for every operation; `violation` is the constraint-violation
 * shape as this operation's page documents it (`ref('ConstraintViolation')`) or, where its page does not, inferred.
 */
export const badRequestSchema = (violation: Schema): Schema =>
  sourced(
    {
      description: 'A body that cannot be read (problem-with-message) or a field that breaks a constraint (constraint-violation).',
      ...object({ type: { enum: [`${PROBLEM}problem-with-message`, `${PROBLEM}constraint-violation`] } }, ['type']),
      allOf: [
        { if: isType(`${PROBLEM}problem-with-message`), then: ref('BadRequestProblem') } as Schema,
        { if: isType(`${PROBLEM}constraint-violation`), then: violation } as Schema,
      ],
    },
    source('catalog §4.3', 'Error envelopes. Type URIs seen: `https://www.m2pfintech.com/problem/problem-with-message` and `https://www.m2pfintech.com/problem/constraint-violation`.'),
  );

/** A mobile's number. */
export const mobileNumber = inferred({ type: 'string', pattern: '^[6-9][0-9]{9}$' }, 'the docs give only examples (9876543210): a 10-digit Indian mobile number');

export const commonSchemas: Record<string, Schema> = {
  EntityId: { ...nonBlank, description: 'Customer entity ID', examples: ['750244137320000234050825'] },
  CustomerStatus: { type: 'string', enum: [...CUSTOMER_STATUSES] },
  Mobile: object(
    {
      value: mobileNumber,
      countryCode: { type: 'integer', examples: [91] },
    },
    ['value'],
  ),
  AnsweredCountryCode: sourced(
    {
      description:
        'A mobile\'s country code in a response: the number 91 of the examples, or the string "91" of search and the onboarding guide (fixtures/interpretations.json, country-code-type).',
      anyOf: [
        { type: 'integer' },
        partlyInferred({ type: 'string' }, { pattern: '^\\+?[0-9]{1,3}$' }, 'the pages show "91" and "+91", not a format'),
      ],
    },
    // An interpretation point: both sides are documented, for every operation, and the profile picks one.
    source('catalog §11', '9. `countryCode` is a number `91` in request examples, a string default `"91"` in search, and `"+91"` in the onboarding guide.'),
  ),
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
  Pagination: sourced(
    object(
      {
        list: { type: 'boolean' },
        pageSize: partlyInferred({ type: 'integer' }, { minimum: 0 }, 'no bound is documented ("No bounds on pageSize are documented"); a count is not negative'),
        pageNo: partlyInferred({ type: 'integer' }, { minimum: 0 }, '"0-indexed" is said of the pageNo query parameter, not of the answer'),
        totalPages: partlyInferred({ type: 'integer' }, { minimum: 0 }, 'a count is not negative'),
        totalElements: partlyInferred({ type: 'integer' }, { minimum: 0 }, 'a count is not negative'),
      },
      ['list', 'pageSize', 'pageNo', 'totalPages', 'totalElements'],
    ),
    source('catalog §4.2', 'The pagination object has the fields `list` (boolean), `pageSize`, `pageNo`, `totalPages`, `totalElements` (integers).'),
  ),

  // ---- error envelopes (catalog §4.3; the error-codes page states them for every operation) ----
  BusinessCode: sourced(
    partlyInferred(
      { type: 'string', pattern: '^PP(CUST|_CORP|_MIDD)_[0-9]+$', description: '{SERVICE_PREFIX}_{SEQUENCE_NUMBER} (error-codes page).' },
      { pattern: '^PP(CUST|_CORP|_MIDD)_[0-9]{3}$' },
      'the page names the parts, not the length of the sequence number; every code shown has three digits',
    ),
    source(
      ERROR_CODES_PAGE,
      'Codes follow `{SERVICE_PREFIX}_{SEQUENCE_NUMBER}`: `PP_MIDD` = pp-middleware (e.g. `PP_MIDD_020`), `PPCUST` = Customer API (e.g. `PPCUST_045`), `PP_CORP` = Corporate API (e.g. `PP_CORP_128`). (catalog §4.4)',
    ),
  ),
  ProblemWithMessage: sourced(
    object(
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
    source(
      ERROR_CODES_PAGE,
      'Field table (error-codes): `type` string URI; `title` string summary; `status` integer HTTP status; `detail` string with context; `path` string endpoint; `message` string category; `business.code` string business code; its generic structure {"type": "https://www.m2pfintech.com/problem/problem-with-message", "title": …, "status": 400, "detail": …, "path": …, "message": "error.http.400", "business.code": "PPCUST_001"} (catalog §4.3(f))',
    ),
    // The endpoint pages' name for the code (interpretation point error-code-key): both keys are documented.
    source('catalog §11', '1. Error-code key: endpoint examples use `businessCode`; the error-codes overview uses `business.code` and adds `path`.'),
  ),
  BadRequestProblem: sourced(
    { allOf: [ref('ProblemWithMessage'), object({ message: { const: 'error.http.400' } })] },
    source(ERROR_CODES_PAGE, '400 | Client Error | invalid payload, validation failures; the generic structure: "status": 400, … "message": "error.http.400" (catalog §4.3(f), §4.4)'),
  ),
  ConstraintViolation: sourced(
    object(
      {
        type: { const: `${PROBLEM}constraint-violation` },
        title: text,
        status: { type: 'integer' },
        message: { const: 'error.validation' },
        fieldErrors: partlyInferred(
          {
            type: 'array',
            items: object(
              { field: partlyInferred(text, { minLength: 1 }, 'the examples name a field; that the name is not empty is not stated'), message: text, objectName: text },
              ['field', 'message'],
            ),
          },
          { minItems: 1 },
          'every example lists one field error; that a violation names at least one is not stated',
        ),
      },
      ['type', 'title', 'status', 'message', 'fieldErrors'],
    ),
    source(
      'catalog §4.3',
      '(c) 400, bean-validation failure (deDupeCheck, updateCardPreferences, validatePin, fetchCustomerListBySearch). There is no `detail`. `fieldErrors` items hold `field` and `message`, and sometimes `objectName`: {"type": "https://www.m2pfintech.com/problem/constraint-violation", "title": "Method argument not valid", "status": 400, "message": "error.validation", "fieldErrors": [{ "field": "mobile", "message": "Invalid contact", "objectName": "changeCardPin" }]}',
      'updateCardPreferences',
      'searchCustomers',
    ),
  ),
  /** The 400 of an operation whose page shows both shapes (the constraint violation for that operation). */
  BadRequest: badRequestSchema(ref('ConstraintViolation')),
  BusinessError: sourced(
    {
      description:
        'A business rule refused the request: 409 with message error.business and a business code, under businessCode (every endpoint example) or "business.code" (the error-codes page); fixtures/interpretations.json, error-code-key.',
      allOf: [
        ref('ProblemWithMessage'),
        object({ message: { const: 'error.business' } }),
        { anyOf: [object({ businessCode: ref('BusinessCode') }, ['businessCode']), object({ 'business.code': ref('BusinessCode') }, ['business.code'])] },
      ],
    },
    source(ERROR_CODES_PAGE, '409 | Conflict | business-rule violations, duplicate data; validation errors → 400; business-logic errors → 409 (catalog §4.4)'),
    source('catalog §4.3', '(d) 409, business rule (every business error example): … "status": 409, … "message": "error.business", "businessCode": "PPCUST_032"'),
    source('catalog §11', '1. Error-code key: endpoint examples use `businessCode`; the error-codes overview uses `business.code` and adds `path`.'),
  ),
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
  MessageResult: envelope(
    sourced(
      object({ message: answered }, ['message']),
      source('api-library/card/updateCardPreferences', '{"result": {"message": "Preferences updated successfully."}, "pagination": null}', 'updateCardPreferences'),
      source('api-library/card/activateCard', '200 {"result":{"message":"Card Activated Successfully"},"pagination":null} (catalog §7.13.9)', 'activateCard'),
    ),
  ),
};
