/**
 * The error bodies of the API, as docs/DESIGN.md and the endpoint pages show them.
 * A `Problem` is thrown anywhere in the sandbox and turned into a response by the error handler.
 */

export const PROBLEM_WITH_MESSAGE = 'https://www.m2pfintech.com/problem/problem-with-message';
export const CONSTRAINT_VIOLATION = 'https://www.m2pfintech.com/problem/constraint-violation';

export interface FieldError {
  field: string;
  message: string;
}

export type ProblemBody =
  | { type: typeof PROBLEM_WITH_MESSAGE; title: string; status: number; detail: string; message: string; businessCode?: string }
  | { type: typeof CONSTRAINT_VIOLATION; title: string; status: 400; message: 'error.validation'; fieldErrors: FieldError[] };

export class Problem extends Error {
  constructor(readonly body: ProblemBody) {
    super(body.title);
  }

  get status(): number {
    return this.body.status;
  }
}

/** Every endpoint page's 400 for an unreadable body (Spring's HttpMessageNotReadableException). */
export function unreadableBody(): Problem {
  return badRequest('Unable to convert http message');
}

/** 400 problem-with-message with a specific detail, e.g. `entityId: must not be empty` (wallet/checkWalletBalance). */
export function badRequest(detail: string): Problem {
  return new Problem({ type: PROBLEM_WITH_MESSAGE, title: 'Bad Request', status: 400, detail, message: 'error.http.400' });
}

/** 400 bean-validation failure (card/updateCardPreferences, customer/fetchCustomerListBySearch). */
export function constraintViolation(fieldErrors: FieldError[]): Problem {
  return new Problem({
    type: CONSTRAINT_VIOLATION,
    title: 'Method argument not valid',
    status: 400,
    message: 'error.validation',
    fieldErrors,
  });
}

/** 409 business-rule error: `message: "error.business"` and a `businessCode` (error-codes page). */
export function businessError(businessCode: string, title: string, detail: string = title): Problem {
  return new Problem({ type: PROBLEM_WITH_MESSAGE, title, status: 409, detail, message: 'error.business', businessCode });
}

/** 401: auth missing or invalid (error-codes page); the body shape is inferred from the other problems. */
export function unauthorized(detail: string): Problem {
  return new Problem({ type: PROBLEM_WITH_MESSAGE, title: 'Unauthorized', status: 401, detail, message: 'error.http.401' });
}

/** 403: valid auth, not enough permission (error-codes page). */
export function forbidden(detail: string): Problem {
  return new Problem({ type: PROBLEM_WITH_MESSAGE, title: 'Forbidden', status: 403, detail, message: 'error.http.403' });
}

/** 404: resource does not exist (error-codes page). Inferred: only the corporate-alert endpoints use it. */
export function notFound(detail: string): Problem {
  return new Problem({ type: PROBLEM_WITH_MESSAGE, title: 'Not Found', status: 404, detail, message: 'error.http.404' });
}

/** 500 for a bug in the sandbox itself; never carries a stack trace. */
export function internalError(): Problem {
  return new Problem({
    type: PROBLEM_WITH_MESSAGE,
    title: 'Internal Server Error',
    status: 500,
    detail: 'Unexpected error in the reference sandbox',
    message: 'error.http.500',
  });
}
