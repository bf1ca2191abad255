/**
 * Every error leaves as a JSON problem body: the sandbox's own `Problem`s as they are, fastify's request
 * errors (unreadable body, bad URL) as the documented 400, anything else as a 500 without a stack trace.
 * Unknown paths answer a 404 problem.
 */
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { internalError, notFound, PROBLEM_WITH_MESSAGE, Problem, unreadableBody } from './problems';

export function toProblem(error: unknown): Problem {
  if (error instanceof Problem) return error;
  const { code, statusCode } = (error ?? {}) as Partial<FastifyError>;
  // FST_ERR_CTP_*: empty body, body too large, bad media type… all mean "could not read the body".
  if (typeof code === 'string' && code.startsWith('FST_ERR_CTP_')) return unreadableBody();
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return unreadableBody();
  return internalError();
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/json; charset=utf-8').send(problem.body);
}

/**
 * Answers a request Node's HTTP parser refused (headers or URL over its 16 KiB, a malformed request line) with the
 * problem envelope every other error has, instead of fastify's own body: 431 for headers too large, else 400.
 */
export function answerUnparsedRequest(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const title = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  const body = JSON.stringify({ type: PROBLEM_WITH_MESSAGE, title, status, detail: title, message: `error.http.${status}` });
  socket.end(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function handleErrors(app: FastifyInstance): void {
  app.setErrorHandler((error, _request, reply) => sendProblem(reply, toProblem(error)));
  app.setNotFoundHandler((request: FastifyRequest, reply) =>
    sendProblem(reply, notFound(`No endpoint ${request.method} ${request.url.split('?')[0]}`)),
  );
}
