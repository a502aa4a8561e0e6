/**
 * The language of an answer: `?lang=` or Accept-Language, among the shipped catalogs; the answer says
 * which one served it in Content-Language, and varies by Accept-Language for caches.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANGUAGES, renderer } from '../i18n/catalogs.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import type { Renderer } from '../i18n/render.ts';

export function answerLanguage(req: FastifyRequest, reply: FastifyReply, query?: string): Renderer {
  const lang = negotiateLanguage(LANGUAGES, query, req.headers['accept-language']);
  reply.header('content-language', lang);
  reply.header('vary', 'accept-language');
  return renderer(lang);
}
