/**
 * Before the first test: does every configured identity get a token? Without this, a wrong client secret shows up
 * as every test failing with the same environment error, each after its own token request.
 */
import { request } from '@playwright/test';
import { TokenCache } from './auth';
import type { Credentials, Target } from './env';

/** The settings each identity's credentials come from, named in the refusal. */
const SETTINGS: Record<Credentials['label'], string> = {
  partner: 'CLIENT_ID / CLIENT_SECRET',
  support: 'SUPPORT_CLIENT_ID / SUPPORT_CLIENT_SECRET',
  'second tenant': 'SECOND_TENANT_ID / SECOND_CLIENT_ID / SECOND_CLIENT_SECRET',
};

/**
 * Resolves when the partner and every optional identity configured get a token; rejects with one line naming the
 * identity and its settings otherwise. The workers fetch their own tokens: a token is not passed between processes.
 * @example await assertIdentitiesAuthenticate(loadTarget()); // in globalSetup
 */
export async function assertIdentitiesAuthenticate(target: Target): Promise<void> {
  const context = await request.newContext();
  try {
    const tokens = new TokenCache(context, target);
    for (const credentials of [target.partner, target.support, target.secondTenant]) {
      if (!credentials) continue;
      await tokens.token(credentials).catch((error: Error) => {
        throw new Error(`${error.message} (check ${SETTINGS[credentials.label]} in ${target.envFile})`);
      });
    }
  } finally {
    await context.dispose();
  }
}
