/**
 * The language of an answer. `?lang=` names one outright: a language that is not shipped is bad input
 * (400, naming `lang`). Otherwise Accept-Language is negotiated among the shipped catalogs, falling back to
 * English. The answer says which one served it in Content-Language, and varies by Accept-Language.
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { issue } from '../contract/errors.ts';
import { LANGUAGES, renderer } from '../i18n/catalogs.ts';
import { list, msg } from '../i18n/message.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import type { Renderer } from '../i18n/render.ts';
import { ApiError } from './http-error.ts';

export function answerLanguage(req: FastifyRequest, reply: FastifyReply, query?: string): Renderer {
  if (query !== undefined && !LANGUAGES.includes(query.toLowerCase().split('-')[0] ?? ''))
    throw new ApiError([
      issue(
        'invalid_value',
        'lang',
        msg('error.langNotShipped', { languages: list(LANGUAGES.map((l) => `"${l}"`)), lang: query }),
      ),
    ]);
  const lang = negotiateLanguage(LANGUAGES, query, req.headers['accept-language']);
  reply.header('content-language', lang);
  reply.header('vary', 'accept-language');
  return renderer(lang);
}
