/** The 400 every operation documents: an unreadable body, or a field that breaks a constraint (catalog §4.3). */
export const badRequest = { schema: 'BadRequest', description: 'Malformed JSON, a value of the wrong type or outside its enum, or a field violation.' };

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
