import type { OpenAPIV3_1 } from 'openapi-types';
import { badRequestSchema } from '../components/common';
import { inferred, ref } from '../schema-types';

const BAD_REQUEST = 'Malformed JSON, a value of the wrong type or outside its enum, or a field violation.';

/**
 * The 400 every operation documents: an unreadable body (the error-codes page's problem-with-message, for every
 * operation), or a field that breaks a constraint, whose constraint-violation body this operation's page does not show:
 * that shape is inferred here (catalog §4.3(c) names the pages that show it).
 */
export const badRequest = {
  schema: badRequestSchema(
    inferred(ref('ConstraintViolation'), "this page shows no constraint-violation 400; the shape is the one other pages show (catalog §4.3(c)), and either shape is accepted (catalog §11, item 2, settled)"),
  ),
  description: BAD_REQUEST,
};

/** The 400 of a page that shows the constraint-violation body too (ConstraintViolation is sourced for that operation). */
export const badRequestWithViolations = { schema: 'BadRequest', description: BAD_REQUEST };

/** A 409 business error with the business codes documented for it. */
export const business = (description: string, businessCodes: string[], inferred?: string) => ({
  schema: 'BusinessError',
  description,
  businessCodes,
  ...(inferred ? { inferred } : {}),
});

/**
 * A 409 whose documented codes cover only some of its cases: for the others the docs give no code, so any well-formed
 * code is accepted (`x-any-business-code`), as for an inferred 409 the docs give no code for at all.
 */
export const businessAndUndocumented = (description: string, businessCodes: string[], inferred: string) => ({
  ...business(description, businessCodes, inferred),
  anyBusinessCode: true,
});

/** `pageNo` and `pageSize`, as search and the transaction history page them (catalog §4: list endpoints). */
export const pageParameters: OpenAPIV3_1.ParameterObject[] = [
  { name: 'pageNo', in: 'query', required: false, description: 'Page number (0-indexed)', schema: { type: 'integer', minimum: 0, default: 0 } },
  { name: 'pageSize', in: 'query', required: false, description: 'Records per page', schema: inferred({ type: 'integer', minimum: 1, default: 10 }, 'the page gives no bound; a page of no record is taken as invalid') },
];
