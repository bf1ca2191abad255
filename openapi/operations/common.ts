/** The 400 every operation documents: an unreadable body, or a field that breaks a constraint (catalog §4.3). */
export const badRequest = { schema: 'BadRequest', description: 'Malformed JSON, a value of the wrong type or outside its enum, or a field violation.' };

/** A 409 business error with the business codes documented for it. */
export const business = (description: string, businessCodes: string[], inferred?: string) => ({
  schema: 'BusinessError',
  description,
  businessCodes,
  ...(inferred ? { inferred } : {}),
});
