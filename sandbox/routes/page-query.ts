/** `pageNo` (0-indexed, default 0) and `pageSize` (default 10) query parameters (customer/fetchCustomerListBySearch). */
import { badRequest, constraintViolation } from '../http/problems';

export function pageQuery(query: Record<string, unknown>, options: { belowMinimumFallsBack?: boolean } = {}): { pageNo: number; pageSize: number } {
  const param = (name: string, fallback: number, minimum: number) => {
    const value = integerParam(query, name, fallback, minimum, options.belowMinimumFallsBack);
    return value < minimum ? fallback : value;
  };
  return { pageNo: param('pageNo', 0, 0), pageSize: param('pageSize', 10, 1) };
}

function integerParam(query: Record<string, unknown>, name: string, fallback: number, minimum: number, allowBelow = false): number {
  const raw = query[name];
  if (raw === undefined || raw === '') return fallback;
  // A repeated or non-integer parameter cannot be converted to the int Spring expects (inferred 400).
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw badRequest(`Failed to convert query parameter ${name} to an integer`);
  }
  const value = Number(raw);
  if (value < minimum && !allowBelow) throw constraintViolation([{ field: name, message: `must be greater than or equal to ${minimum}` }]);
  return value;
}
