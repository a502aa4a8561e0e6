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

/** The language part of a tag ("es-MX" → "es"); "" for none. */
const baseOf = (tag: string | undefined): string => tag?.toLowerCase().split('-')[0] ?? '';

/** A `?lang=` none of `shipped` serves is bad input: 400, naming `lang` and the languages there are. */
function refuseUnshipped(query: string | undefined, shipped: readonly string[]): void {
  if (query !== undefined && !shipped.includes(baseOf(query)))
    throw new ApiError([
      issue(
        'invalid_value',
        'lang',
        msg('error.langNotShipped', { languages: list(shipped.map((l) => `"${l}"`)), lang: query }),
      ),
    ]);
}

export function answerLanguage(req: FastifyRequest, reply: FastifyReply, query?: string): Renderer {
  refuseUnshipped(query, LANGUAGES);
  const lang = negotiateLanguage(LANGUAGES, query, req.headers['accept-language']);
  reply.header('content-language', lang);
  reply.header('vary', 'accept-language');
  return renderer(lang);
}

/** The languages a story may be asked in: a lexicon or a catalog of words. */
const STORY_OR_CATALOG: readonly string[] = [...new Set([...LANGUAGES, ...STORY_LANGUAGES])];

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
  refuseUnshipped(query, STORY_OR_CATALOG);
  const story = negotiateLanguage(STORY_LANGUAGES, query, req.headers['accept-language']);
  const r = answerLanguage(req, reply, LANGUAGES.includes(baseOf(query)) ? query : undefined);
  return { renderer: r, story };
}
