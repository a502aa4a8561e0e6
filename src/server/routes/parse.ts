/**
 * `POST /api/v1/parse`: a story in the person's own words becomes evidence (src/parse). Public and
 * stateless like the contract endpoints; the text is never stored and never logged (the logger has no
 * bodies, and a rejected request logs its error code only).
 */
import { parseInputSchema, parseRaw } from '../../parse/index.ts';
import { parseOutputSchema } from '../../parse/output.ts';
import { ApiError } from '../http-error.ts';
import { type AnyRoute, ok, route } from '../route.ts';
import { ERROR_RESPONSES } from './docs-schemas.ts';

export const parseRoutes: readonly AnyRoute[] = [
  route({
    method: 'POST',
    url: '/api/v1/parse',
    tag: 'Assessment',
    summary: 'Parse a story: the findings it states, denies or leaves open, with the words that say so',
    description:
      'Takes {text (1 to 5,000 characters), age?, sex?, today? (YYYY-MM-DD)} and answers ' +
      '{evidence: [{id, state, value?, spans}], unrecognised: [{text, span}]}. A story with no symptoms ' +
      'gives empty evidence. Without today, "since Tuesday" cannot be placed and is listed as unrecognised.',
    access: 'public',
    docBody: parseInputSchema,
    responses: {
      200: { description: 'The evidence read from the story', schema: parseOutputSchema },
      400: ERROR_RESPONSES[400],
    },
    handler: async ({ rawBody }) => {
      const result = parseRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(result.value);
    },
  }),
];
