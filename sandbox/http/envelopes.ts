/**
 * Success envelopes: every v2 endpoint except the corporate-alert ones wraps data as `{result, pagination}`
 * (catalog §4.1): `pagination: null` for a single object, a page object for lists.
 */

export interface Pagination {
  list: true;
  pageSize: number;
  pageNo: number;
  totalPages: number;
  totalElements: number;
}

export interface Envelope<T> {
  result: T;
  pagination: Pagination | null;
}

export function single<T>(result: T): Envelope<T> {
  return { result, pagination: null };
}

/** One page of `items`; pageNo is 0-based (customer/fetchCustomerListBySearch). */
export function page<T>(items: readonly T[], pageNo: number, pageSize: number): Envelope<T[]> {
  const start = pageNo * pageSize;
  return {
    result: items.slice(start, start + pageSize),
    pagination: {
      list: true,
      pageSize,
      pageNo,
      totalPages: Math.ceil(items.length / pageSize),
      totalElements: items.length,
    },
  };
}
