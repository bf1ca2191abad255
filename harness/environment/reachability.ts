/**
 * Before the first test: can the target be reached at all? Without this, an unreachable host shows up as hundreds
 * of failed tests instead of one line naming the URL.
 */
import { EnvironmentError } from './auth';
import type { Target } from './env';

/**
 * Resolves when the target answers anything over HTTP (any status counts); rejects with one line otherwise.
 * @example await assertTargetReachable(loadTarget()); // in globalSetup
 */
export async function assertTargetReachable(target: Target): Promise<void> {
  const where = `${target.baseUrl} (${target.baseUrlFrom})`;
  try {
    const response = await fetch(target.baseUrl, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(target.requestTimeoutMs) });
    await response.body?.cancel();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${target.requestTimeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new EnvironmentError(`the target ${where} cannot be reached: ${reason}`);
  }
}
