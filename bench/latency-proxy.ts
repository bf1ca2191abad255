/**
 * A reverse proxy that holds every request for a fixed time before passing it on: a remote environment, for the
 * benchmark, on this machine. `startLatencyProxy(target, 100)` answers on its own loopback port.
 */
import { Agent, createServer, request as forward, type Server } from 'node:http';

export interface LatencyProxy {
  url: string;
  close(): Promise<void>;
}

/** A request as it passed through, to replay it (bench/bare-loop.ts). */
export interface PassedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Starts a proxy to `target` (an http:// base URL) that delays each request by `latencyMs` before forwarding it.
 * With `passed`, every request is also kept there.
 */
export async function startLatencyProxy(target: string, latencyMs: number, passed?: PassedRequest[]): Promise<LatencyProxy> {
  const upstream = new URL(target);
  // Keep-alive to the target, as a real gateway would: the delay stands for the network, not for new connections.
  const agent = new Agent({ keepAlive: true });
  const server: Server = createServer((incoming, outgoing) => {
    // The whole body first, then the delay, then the request: the delay stands for the network between the two.
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      passed?.push({ method: incoming.method!, path: incoming.url!, headers: incoming.headers as Record<string, string>, body });
      setTimeout(() => {
        const headers = { ...incoming.headers, host: upstream.host };
        const proxied = forward({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers, agent }, (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        });
        proxied.on('error', () => outgoing.writeHead(502).end());
        proxied.end(body);
      }, latencyMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
