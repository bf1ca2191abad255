/**
 * Request bodies are JSON whatever their Content-Type says: an unreadable one is the documented 400
 * "Unable to convert http message" (every endpoint page), never a 415 or a 5xx. The requests whose body
 * could not be parsed are remembered, so a planted fault can single them out.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unreadableBody } from './problems';

const malformed = new WeakSet<FastifyRequest>();

export function hadMalformedBody(request: FastifyRequest): boolean {
  return malformed.has(request);
}

export function acceptJsonBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, text, done) => {
    try {
      done(null, JSON.parse(text as string));
    } catch {
      malformed.add(request);
      done(unreadableBody(), undefined);
    }
  });
}
