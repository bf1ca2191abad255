/**
 * Customer search (customer/fetchCustomerListBySearch): one of 13 search types, matched exactly against
 * the field it names; a page of customer summaries (pageNo 0-based).
 */
import { page } from '../http/envelopes';
import { constraintViolation } from '../http/problems';
import type { Ctx } from './context';
import { cardsOf } from './lookup';
import type { Customer } from './model';

export type SearchType =
  | 'MOBILE' | 'KIT' | 'CUSTOMER_ID' | 'ENTITY_ID' | 'CARD' | 'PAN' | 'AADHAAR_ID' | 'VOTER_ID'
  | 'EMAIL_ID' | 'FIRST_NAME' | 'LAST_NAME' | 'KYC_TOKEN' | 'CUSTOMER_ENTITY_ID';

export interface SearchRequest {
  searchType: SearchType;
  value: string;
  tenant: string;
  countryCode?: string;
}

type Matcher = (customer: Customer, value: string, ctx: Ctx, countryCode: string) => boolean;

/** The field each search type reads; CARD is the masked number, as the page's example `876541XXXXXX0682`. */
const MATCHERS: Record<SearchType, Matcher> = {
  // countryCode defaults to "91" (the page); a stored mobile without one is taken as 91.
  MOBILE: (c, v, _ctx, countryCode) => c.mobile?.value === v && String(c.mobile.countryCode ?? 91) === countryCode,
  KIT: (c, v) => c.kitNos.includes(v),
  CUSTOMER_ID: (c, v) => c.customerId === v,
  ENTITY_ID: (c, v) => c.entityId === v,
  CARD: (c, v, ctx) => cardsOf(ctx, c).some((card) => card.maskedCardNumber === v),
  PAN: (c, v) => c.pan === v,
  AADHAAR_ID: (c, v) => c.aadhaar === v,
  VOTER_ID: (c, v) => c.voterId === v,
  EMAIL_ID: (c, v) => c.email === v,
  FIRST_NAME: (c, v) => c.firstName === v,
  LAST_NAME: (c, v, ctx) => (ctx.faults.active('search-wrong-customer') ? c.firstName : c.lastName) === v,
  KYC_TOKEN: (c, v) => c.kycToken === v,
  CUSTOMER_ENTITY_ID: (c, v) => c.customerEntityId === v,
};

export function searchCustomers(ctx: Ctx, request: SearchRequest, pageNo: number, pageSize: number) {
  // The page takes the tenant in the body; it must be the caller's own (inferred: tenants are isolated).
  if (request.tenant !== ctx.caller.tenantId) {
    throw constraintViolation([{ field: 'tenant', message: 'must be the tenant of the X-TENANT-ID header' }]);
  }
  const countryCode = (request.countryCode ?? '91').replace(/^\+/, '');
  const matches = [...ctx.state.customers.values()].filter((customer) =>
    MATCHERS[request.searchType](customer, request.value, ctx, countryCode),
  );
  // The planted fault `search-page-one-based` serves page n+1 when asked for page n.
  const onePage = ctx.faults.active('search-page-one-based') ? pageNo + 1 : pageNo;
  // The planted fault `search-past-end-last-page` serves the last page for any page past it.
  const lastPage = Math.max(Math.ceil(matches.length / pageSize) - 1, 0);
  const effectivePage = ctx.faults.active('search-past-end-last-page') ? Math.min(onePage, lastPage) : onePage;
  const found = page(matches.map(summary), effectivePage, pageSize);
  return effectivePage === pageNo ? found : { ...found, pagination: { ...found.pagination, pageNo } };
}

function summary(customer: Customer) {
  return {
    entityId: customer.entityId,
    customerId: customer.customerId,
    firstName: customer.firstName,
    lastName: customer.lastName,
    status: customer.status,
    email: customer.email,
    mobile: customer.mobile?.value,
  };
}
