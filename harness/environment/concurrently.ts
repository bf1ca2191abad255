/**
 * Steps of one test sent at once. `Promise.all` rejects at the first failure and leaves the other steps running after
 * the test has ended: they then judge and annotate whichever test the worker runs next (`test.info()` is the running
 * test), so one test's violation was reported as another's (the proof caught it when a worker served many planted
 * faults). This waits for every step, then throws the first failure in the order given.
 * @example const [customer, balance] = await concurrently([data.fetchCustomer(card.customer), data.balance(card)]);
 */
export async function concurrently<T extends readonly unknown[] | []>(steps: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: readonly PromiseSettledResult<unknown>[] = await Promise.allSettled(steps as readonly unknown[]);
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
