/**
 * The floor the suite is measured against: the same requests, replayed with `fetch` and nothing else (no
 * Playwright, no checks, no reports), `concurrency` at a time.
 */
import type { PassedRequest } from './latency-proxy';

/** Replays every request against `baseUrl`; resolves with the seconds it took. */
export async function bareLoop(baseUrl: string, requests: readonly PassedRequest[], concurrency: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const { method, path, headers, body } = requests[next++];
      const { host: _host, 'content-length': _length, connection: _connection, ...rest } = headers;
      const response = await fetch(new URL(path, baseUrl), { method, headers: rest, body: method === 'GET' || method === 'HEAD' ? undefined : new Uint8Array(body) });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return (performance.now() - started) / 1000;
}
