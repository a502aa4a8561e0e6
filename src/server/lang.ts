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
import { STORY_LANGUAGES } from '../knowledge/lexicon/index.ts';
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

/**
 * The languages of a story answer: the story is read with the lexicon of the language asked for
 * (`?lang=`, else Accept-Language, else English), and its words are rendered in the catalog language
 * negotiated the same way. The two differ when a language has a lexicon but no catalog yet (or the
 * reverse). A `?lang=` that is neither is bad input (400, naming `lang`).
 */
export function storyLanguages(
  req: FastifyRequest,
  reply: FastifyReply,
  query?: string,
): { renderer: Renderer; story: string } {
  const base = query?.toLowerCase().split('-')[0] ?? '';
  const known = [...new Set([...LANGUAGES, ...STORY_LANGUAGES])];
  if (query !== undefined && !known.includes(base))
    throw new ApiError([
      issue(
        'invalid_value',
        'lang',
        msg('error.langNotShipped', { languages: list(known.map((l) => `"${l}"`)), lang: query }),
      ),
    ]);
  const story = negotiateLanguage(STORY_LANGUAGES, query, req.headers['accept-language']);
  const r = answerLanguage(req, reply, LANGUAGES.includes(base) ? query : undefined);
  return { renderer: r, story };
}
