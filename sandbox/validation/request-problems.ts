/**
 * Turns contract violations into the error body a Spring service answers with (docs/DESIGN.md):
 * - a wrong JSON type or a value outside an enum cannot be read by Jackson → 400 "Unable to convert http message";
 * - a missing, blank, badly formatted or out-of-range field fails bean validation → 400 constraint-violation
 *   with one `{field, message}` per violation, `field` the dotted path (`values[0].perTransactionLimit`).
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { badRequest, constraintViolation, unreadableBody, type FieldError, type Problem } from '../http/problems';

/** Jackson fails before validation runs on these. */
const UNREADABLE = new Set(['type', 'enum']);
/** Spring ignores unknown properties (Jackson's FAIL_ON_UNKNOWN_PROPERTIES is off in Spring Boot). */
const IGNORED = new Set(['additionalProperties', 'unevaluatedProperties']);
/** The alternatives of an anyOf/oneOf are reported once, by the combinator itself. */
const INSIDE_ALTERNATIVE = /\/(anyOf|oneOf)\/\d+\//;

export interface ProblemOptions {
  /** Fields a planted fault lets through. */
  waived?: (field: string, keyword: string) => boolean;
  /**
   * A required field the operation reports as a problem-with-message `"<field>: must not be empty"`, as
   * wallet/checkWalletBalance and card/fetchCardBalance document for entityId.
   */
  emptyFieldDetail?: string;
}

export function requestProblem(errors: ErrorObject[], options: ProblemOptions = {}): Problem | undefined {
  const relevant = errors.filter(
    (error) => !IGNORED.has(error.keyword) && !INSIDE_ALTERNATIVE.test(error.schemaPath) && !options.waived?.(fieldOf(error), error.keyword),
  );
  if (relevant.length === 0) return undefined;

  const { emptyFieldDetail } = options;
  if (emptyFieldDetail && relevant.some((e) => fieldOf(e) === emptyFieldDetail && (e.keyword === 'required' || e.keyword === 'minLength'))) {
    return badRequest(`${emptyFieldDetail}: must not be empty`);
  }
  if (relevant.some((error) => UNREADABLE.has(error.keyword))) return unreadableBody();

  const fieldErrors: FieldError[] = [];
  for (const error of relevant) {
    const fieldError = { field: fieldOf(error), message: messageOf(error) };
    if (!fieldErrors.some((e) => e.field === fieldError.field && e.message === fieldError.message)) fieldErrors.push(fieldError);
  }
  return constraintViolation(fieldErrors);
}

/** `/userOverridden/international/values/0/perTransactionLimit` → `userOverridden.international.values[0].perTransactionLimit`. */
export function fieldOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf') segments.push(...firstAlternativeField(error));
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment), '');
}

/** For `anyOf: [{required:[kitNo]}, {required:[applicationNumber]}]` the field is the first alternative's. */
function firstAlternativeField(error: ErrorObject): string[] {
  const alternatives = (error.parentSchema?.[error.keyword] ?? []) as Array<{ required?: string[] }>;
  const first = alternatives.find((alternative) => alternative.required?.length)?.required?.[0];
  return first ? [first] : [];
}

/** Bean Validation's default messages, so the bodies read like the real service's. */
function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'must not be null';
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `size must be between ${params.limit} and 2147483647`;
    case 'maxLength':
      return `size must be between 0 and ${params.limit}`;
    case 'minItems':
      return `size must be between ${params.limit} and 2147483647`;
    case 'maxItems':
      return `size must be between 0 and ${params.limit}`;
    case 'pattern':
      return `must match "${params.pattern}"`;
    case 'format':
      return params.format === 'email' ? 'must be a well-formed email address' : `must be a valid ${params.format}`;
    case 'minimum':
      return `must be greater than or equal to ${params.limit}`;
    case 'maximum':
      return `must be less than or equal to ${params.limit}`;
    case 'exclusiveMinimum':
      return `must be greater than ${params.limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${params.limit}`;
    case 'anyOf':
    case 'oneOf': {
      const alternatives = (error.parentSchema?.[error.keyword] ?? []) as Array<{ required?: string[] }>;
      const names = alternatives.flatMap((alternative) => alternative.required ?? []);
      return names.length ? `one of ${names.join(', ')} must be given` : 'must match one of the allowed shapes';
    }
    default:
      return error.message ?? 'is not valid';
  }
}
