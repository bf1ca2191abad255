/** Customer API operations (`/prepaid/customer/v1/customers/...`). */
import { single } from '../http/envelopes';
import {
  createCustomer, fetchCustomer, updateCustomer, updateCustomerStatus,
  type CreateCustomerRequest, type FetchCustomerRequest, type UpdateCustomerRequest,
} from '../domain/customers';
import { updateNominee } from '../domain/nominees';
import { searchCustomers, type SearchRequest } from '../domain/search';
import { getUsageDetails, type UsageRequest } from '../domain/usage';
import type { Nominee } from '../domain/model';
import type { AccountStatus } from '../rules/status-rules';
import type { Operation } from './operation';
import { pageQuery } from './page-query';

const CUSTOMERS = '/prepaid/customer/v1/customers';

export const customerOperations: Operation[] = [
  {
    operationId: 'createCustomer',
    path: `${CUSTOMERS}/`,
    handle: ({ ctx, body }) => single(createCustomer(ctx, body as CreateCustomerRequest)),
  },
  {
    operationId: 'fetchCustomer',
    path: `${CUSTOMERS}/fetch`,
    handle: ({ ctx, body }) => single(fetchCustomer(ctx, body as FetchCustomerRequest)),
  },
  {
    operationId: 'updateCustomer',
    path: `${CUSTOMERS}/update`,
    handle: ({ ctx, body }) => single(updateCustomer(ctx, body as UpdateCustomerRequest)),
  },
  {
    operationId: 'updateCustomerStatus',
    path: `${CUSTOMERS}/update/status`,
    handle: ({ ctx, body }) => single(updateCustomerStatus(ctx, body as { entityId: string; status: AccountStatus })),
  },
  {
    operationId: 'getUsageDetails',
    path: `${CUSTOMERS}/getUsageDetails`,
    handle: ({ ctx, body }) => single(getUsageDetails(ctx, body as UsageRequest)),
  },
  {
    operationId: 'searchCustomers',
    path: `${CUSTOMERS}/support/fetch-customer-list`,
    handle: ({ ctx, body, query }) => {
      // The planted fault `search-page-size-unchecked` takes a pageNo or pageSize below its minimum as the default.
      const { pageNo, pageSize } = pageQuery(query, { belowMinimumFallsBack: ctx.faults.active('search-page-size-unchecked') });
      return searchCustomers(ctx, body as SearchRequest, pageNo, pageSize);
    },
  },
  {
    operationId: 'updateNominee',
    path: `${CUSTOMERS}/support/nominee/:entityId`,
    handle: ({ ctx, body, params }) => single(updateNominee(ctx, params.entityId, body as { nominees: Nominee[] })),
  },
];
