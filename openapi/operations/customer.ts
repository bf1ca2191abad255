import { operation } from '../operation';
import { badRequest, badRequestWithViolations, business, pageParameters } from './common';

const unknownCustomer = 'PPCUST_002 when no customer has the entityId (documented on Update Customer Profile)';

export const customer = {
  '/prepaid/customer/v1/customers/update/status': {
    post: operation({
      operationId: 'updateCustomerStatus',
      area: 'Customer',
      summary: 'Update customer account status',
      description: 'Changes the customer\'s account status. Only valid status transitions are allowed.',
      doc: 'api-library/customer/updateAccountStatus',
      request: 'UpdateCustomerStatusRequest',
      responses: {
        '200': { schema: 'UpdateCustomerStatusResponse', description: 'The status was changed; the new status is echoed.' },
        '400': badRequest,
        '409': business('Invalid status transition (PPCUST_032), or unknown customer (PPCUST_002, inferred).', ['PPCUST_032', 'PPCUST_002']),
      },
    }),
  },
  '/prepaid/customer/v1/customers/update': {
    post: operation({
      operationId: 'updateCustomer',
      area: 'Customer',
      summary: 'Update customer profile',
      description: 'Updates profile details. Only provided fields are updated; omitted fields remain unchanged.',
      doc: 'api-library/customer/updateCustomer',
      request: 'UpdateCustomerRequest',
      responses: {
        '200': { schema: 'UpdateCustomerResponse', description: 'The updated profile (a subset of its fields).' },
        '400': badRequest,
        '409': business(`Customer does not exist: ${unknownCustomer}.`, ['PPCUST_002']),
      },
    }),
  },
  '/prepaid/customer/v1/customers/getUsageDetails': {
    post: operation({
      operationId: 'getUsageDetails',
      area: 'Customer',
      summary: 'Get customer usage details (LRS limits)',
      description: 'Usage consumed, aggregated by base currency, transaction type and period (daily, monthly, yearly, overall).',
      doc: 'api-library/customer/getUsageDetails',
      request: 'UsageRequest',
      responses: {
        '200': { schema: 'UsageResponse', description: 'Consumption per base currency and transaction type.' },
        '400': badRequest,
        '409': business('Invalid request: no customer matches (PPCUST_010).', ['PPCUST_010']),
      },
    }),
  },
  '/prepaid/customer/v1/customers/support/fetch-customer-list': {
    post: operation({
      operationId: 'searchCustomers',
      area: 'Customer',
      summary: 'Search customers by criteria',
      description: 'Searches customers by one of 13 search types; paginated with pageNo (0-indexed) and pageSize.',
      doc: 'api-library/customer/fetchCustomerListBySearch',
      request: 'SearchRequest',
      parameters: pageParameters,
      responses: {
        '200': { schema: 'SearchResponse', description: 'A page of matching customers.' },
        '400': badRequestWithViolations,
      },
    }),
  },
  '/prepaid/customer/v1/customers/support/nominee/{entityId}': {
    post: operation({
      operationId: 'updateNominee',
      area: 'Customer',
      summary: 'Update nominee details',
      description: 'Adds or updates nominees. Shares must total 100%; guardian details are required for a minor.',
      doc: 'api-library/customer/updateNominee',
      request: 'UpdateNomineeRequest',
      parameters: [{ name: 'entityId', in: 'path', required: true, description: 'Customer entity ID', schema: { type: 'string', minLength: 1 } }],
      responses: {
        '200': { schema: 'UpdateNomineeResponse', description: 'Nominees saved.' },
        '400': badRequest,
        '409': business(
          'Invalid request (PPCUST_010): shares do not total 100, or a minor has no guardian; unknown customer (PPCUST_002, inferred).',
          ['PPCUST_010', 'PPCUST_002'],
        ),
      },
    }),
  },
  '/prepaid/customer/v1/customers/fetch': {
    post: operation({
      operationId: 'fetchCustomer',
      area: 'Test data',
      summary: 'Fetch customer details',
      doc: 'api-library/customer/fetchCustomer',
      request: 'FetchCustomerRequest',
      responses: {
        '200': { schema: 'FetchCustomerResponse', description: 'The customer profile.' },
        '400': badRequest,
        '409': business(`Customer does not exist: ${unknownCustomer}.`, ['PPCUST_002'], 'no error example on this page'),
      },
    }),
  },
  '/prepaid/customer/v1/customers/fetch-all-cards': {
    post: operation({
      operationId: 'fetchAllCards',
      area: 'Test data',
      summary: 'Fetch all cards for a customer',
      doc: 'api-library/card/fetchAllCards',
      request: 'FetchAllCardsRequest',
      responses: {
        '200': { schema: 'FetchAllCardsResponse', description: 'Every card of the customer, whatever its status.' },
        '400': badRequest,
        '409': business(`Customer does not exist: ${unknownCustomer}.`, ['PPCUST_002'], 'no error example on this page'),
      },
    }),
  },
  '/prepaid/customer/v1/customers/': {
    post: operation({
      operationId: 'createCustomer',
      area: 'Test data',
      summary: 'Create customer',
      doc: 'implementation-guide/customer-onboarding',
      inferred: 'named in core-flows (POST /v1/customers/) and the onboarding guide, but no API Library page documents it',
      request: 'CreateCustomerRequest',
      responses: {
        '200': { schema: 'CreateCustomerResponse', description: 'The new customer, ACTIVE.' },
        '400': badRequest,
      },
    }),
  },
};
