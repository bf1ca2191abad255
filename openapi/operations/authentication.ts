import { operation } from '../operation';
import { badRequest } from './common';

/** POST /auth/token (integration-guide/authentication): client credentials for a JWT that lasts 3600 s. */
export const authentication = {
  '/auth/token': {
    post: operation({
      operationId: 'issueToken',
      area: 'Authentication',
      summary: 'Issue an access token',
      doc: 'integration-guide/authentication',
      public: true,
      request: 'TokenRequest',
      responses: {
        '200': { schema: 'TokenResponse', description: 'A bearer JWT (RS256) and its lifetime in seconds.' },
        '400': { ...badRequest, inferred: 'error bodies of /auth/token are not documented; the API-wide 400 shapes are assumed' },
        '401': { schema: 'Unauthorized', description: 'Unknown client or wrong secret.', inferred: 'error bodies of /auth/token are not documented' },
      },
    }),
  },
};
