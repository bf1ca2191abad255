/** Schemas of the token endpoint (authentication/generateToken, catalog §3.1). */
import { type Schema } from '../schema-types';
import { nonBlank, object } from './common';

export const authenticationSchemas: Record<string, Schema> = {
  TokenRequest: object(
    { clientId: nonBlank, clientSecret: nonBlank, grantType: { type: 'string', enum: ['client_credentials'] } },
    ['clientId', 'clientSecret', 'grantType'],
  ),
  TokenResponse: object(
    { access_token: nonBlank, token_type: { type: 'string', enum: ['Bearer'] }, expires_in: { type: 'integer', minimum: 1 } },
    ['access_token', 'token_type', 'expires_in'],
  ),

  // ---- customer ----
};
