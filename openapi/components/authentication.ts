/** Schemas of the token endpoint (authentication/generateToken, catalog §3.1). */
import { partlyInferred, sourced, type Schema } from '../schema-types';
import { answered, nonBlank, object, source } from './common';

export const authenticationSchemas: Record<string, Schema> = {
  TokenRequest: object(
    { clientId: nonBlank, clientSecret: nonBlank, grantType: { type: 'string', enum: ['client_credentials'] } },
    ['clientId', 'clientSecret', 'grantType'],
  ),
  TokenResponse: sourced(
    object(
      {
        access_token: answered,
        token_type: { type: 'string', enum: ['Bearer'] },
        expires_in: partlyInferred({ type: 'integer' }, { minimum: 1 }, 'the page gives 3600 s, not a bound: a lifetime of no second is taken as wrong'),
      },
      ['access_token', 'token_type', 'expires_in'],
    ),
    source('integration-guide/authentication', 'Response (verbatim): {"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...", "token_type": "Bearer", "expires_in": 3600} (catalog §3.1)', 'issueToken'),
  ),

  // ---- customer ----
};
