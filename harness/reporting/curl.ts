/**
 * A one-line curl command that replays a recorded request, masked: a reader can reproduce the call after putting
 * their own token and personal data back, and nothing secret reaches the report.
 */
import type { Exchange } from './exchange';
import { maskExchange } from './mask';

/**
 * @example toCurl(exchange)
 * // curl -sS -X POST 'https://sandbox-api.m2pprepaid.com/auth/token' -H 'Content-Type: application/json' --data-raw '{"clientSecret":"****"}'
 */
export function toCurl(exchange: Exchange): string {
  const { request } = maskExchange(exchange);
  const parts = ['curl', '-sS', '-X', request.method, quote(request.url)];
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', quote(`${name}: ${value}`));
  const data = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (data !== undefined) parts.push('--data-raw', quote(data));
  return parts.join(' ');
}

/** Shell-quotes a word; text with line breaks or control characters uses $'…' so the command stays on one line. */
function quote(word: string): string {
  if (/[\u0000-\u001f\u007f]/.test(word)) {
    const escaped = word.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => {
      const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
      return named[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
    });
    return `$'${escaped}'`;
  }
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
