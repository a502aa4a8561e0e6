/**
 * The only body parser: JSON. Prototype-poisoning keys are refused by Fastify's parser; on top of that
 * bodies nested deeper than any real request are refused before parsing, because deep nesting makes
 * recursive code further on (JSON serialisation, validation) run out of stack: a 500 from 20 kB of "[".
 */

import type { FastifyInstance } from 'fastify';
import { msg } from '../i18n/message.ts';
import { apiError } from './http-error.ts';

/** Our deepest real document (an export holding a saved assessment's output) is far shallower. */
export const MAX_JSON_DEPTH = 64;

/** True when brackets outside strings nest deeper than `max`. One pass, no parsing. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      depth--;
    }
  }
  return false;
}

/** Only JSON whitespace (or nothing): "no body". Stops at the first other byte. */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

export function registerJsonParser(app: FastifyInstance): void {
  // JSON only. Removing text/plain means a cross-site HTML form (which can only send form encodings or
  // text/plain) cannot reach any route with a body, which also protects sign-in and sign-up from CSRF.
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    // A route that parses its body elsewhere (an import, in a job worker) gets the bytes as they came:
    // they are handed to the worker without a copy, and never become a string on this thread.
    if (req.routeOptions.config?.bodyAsBytes) return done(null, isBlank(bytes) ? undefined : bytes);
    const text = bytes.toString('utf8');
    // An empty JSON body is "no body" (e.g. sign-out from a client that always sets the header).
    if (text.trim() === '') return done(null, undefined);
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(apiError('invalid_json', msg('error.nestedTooDeep', { max: MAX_JSON_DEPTH })), undefined);
    }
    parseJson(req, text, done);
  });
}
