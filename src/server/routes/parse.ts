/**
 * `POST /api/v1/parse`: a story in the person's own words becomes evidence (src/parse), with each
 * finding's words in the language asked for. Public and stateless like the contract endpoints; the text
 * is never stored and never logged (the logger has no bodies, and a refused request logs its error code
 * only).
 */
import { z } from 'zod';
import { localiseParse, parseRaw } from '../../backease.ts';
import { parseInputSchema } from '../../parse/input.ts';
import { parseAnswerSchema } from '../../parse/output.ts';
import { ApiError } from '../http-error.ts';
import { answerLanguage } from '../lang.ts';
import { type AnyRoute, ok, route } from '../route.ts';
import { named } from './docs-schemas.ts';

const query = z
  .object({
    lang: z
      .string()
      .max(35)
      .optional()
      .describe('The language of the words (else Accept-Language); Content-Language says which served'),
  })
  .strict();

export const parseRoutes: readonly AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/v1/parse',
    tag: 'Assessment',
    summary: 'Parse a story: the findings it states, denies or leaves open, with the words that say so',
    description:
      'Takes {text (1 to 5,000 characters), age?, sex?, today? (YYYY-MM-DD)} and answers ' +
      '{lang, evidence: [{id, state, value?, spans, label}], unrecognised: [{text, span}]}. A story with ' +
      'no symptoms gives empty evidence. Without today, "since Tuesday" cannot be placed and is listed ' +
      'as unrecognised.',
    access: 'public',
    docBody: named('ParseInput', parseInputSchema),
    query,
    responses: {
      200: {
        description: 'The evidence read from the story',
        schema: named('ParseAnswer', parseAnswerSchema),
      },
      400: {
        description:
          'The text is missing, empty or over 5,000 characters (text_invalid); an impossible age, an unknown sex, a today that is not a real day, or a language not shipped (?lang=)',
      },
    },
    handler: async ({ rawBody, query, req, reply }) => {
      const r = answerLanguage(req, reply, query.lang);
      const result = parseRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(localiseParse(result.value, r));
    },
  }),
];
