import { operation } from '../operation';
import { badRequest } from './common';

const notFound = {
  schema: 'NotFound',
  description: 'No configuration for this corporate, account and alert type (interpretation point alert-not-found-status).',
  inferred: 'not documented; the error-codes page gives 404 for a resource that does not exist',
};

/** The other side of alert-not-found-status: every endpoint example answers a missing resource with 409 error.business. */
const notFoundAsBusinessError = {
  schema: 'BusinessError',
  description: 'No configuration for this corporate, account and alert type, as a business error (interpretation point alert-not-found-status).',
  inferred: 'not documented; every endpoint example answers a missing resource with 409 error.business, whose pp-middleware code is not given',
};

/** Corporate low-balance alerts live on pp-middleware and answer bare objects, not {result, pagination} (catalog §7.6). */
export const corporateAlert = {
  '/prepaid/middleware/v1/corporate-alert/configuration': {
    post: operation({
      operationId: 'createAlertConfig',
      area: 'Corporate Alert',
      summary: 'Configure low balance alert',
      description: 'The schema names thresholdAmount/emailRecipients/mobileRecipients; the page\'s curl uses other names, and the schema is followed here.',
      doc: 'api-library/wallet/createAlertConfig',
      request: 'AlertConfigRequest',
      responses: {
        '200': { schema: 'AlertConfig', description: 'The configuration.' },
        '400': badRequest,
      },
    }),
  },
  '/prepaid/middleware/v1/corporate-alert/configuration/update': {
    post: operation({
      operationId: 'updateAlertConfig',
      area: 'Corporate Alert',
      summary: 'Update low balance alert',
      description: 'Updates an existing alert configuration: threshold amount and/or notification recipients.',
      doc: 'api-library/wallet/updateAlertConfig',
      request: 'AlertConfigRequest',
      responses: {
        '200': { schema: 'AlertConfig', description: 'The updated configuration.' },
        '400': { ...badRequest, inferred: 'the page documents only the 200' },
        '404': notFound,
        '409': notFoundAsBusinessError,
      },
    }),
  },
  '/prepaid/middleware/v1/corporate-alert/configuration/fetch': {
    post: operation({
      operationId: 'fetchAlertConfig',
      area: 'Corporate Alert',
      summary: 'Fetch low balance alert configuration',
      doc: 'api-library/wallet/fetchAlertConfig',
      request: 'AlertConfigKey',
      responses: {
        '200': { schema: 'AlertConfig', description: 'The configuration.' },
        '400': { ...badRequest, inferred: 'the page documents only the 200' },
        '404': notFound,
        '409': notFoundAsBusinessError,
      },
    }),
  },
};
