/**
 * `POST /api/v1/feedback`: "Something wrong with this advice?" from a result or plan card. No account
 * needed, and none is linked: the route is public, so a signed-in person's session is never even read,
 * and the report holds no user id, IP address or device. Reports live in their own table, apart from
 * diaries (store/feedback.ts); reviewers read them with `backease feedback list`. Rate-limited per
 * client address in the database (tighter than the per-process limit on every route). The report's
 * words are never logged: the logger has no bodies, and a refused report logs its error code only.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CAUSE_IDS } from '../../contract/ids.ts';
import { assessmentInputSchema, parseAssessmentInput } from '../../contract/input.ts';
import { FEEDBACK_PROBLEMS, FEEDBACK_TEXT_MAX, TRIAGE_LEVELS } from '../../contract/vocabulary.ts';
import { advice } from '../../knowledge/advice.ts';
import { seedClaims } from '../../knowledge/seed-claims.ts';
import { spendAttempt } from '../auth/limits.ts';
import { ApiError } from '../http-error.ts';
import { created, route } from '../route.ts';
import { named } from './docs-schemas.ts';

const ids = (list: readonly { readonly id: string }[]) => list.map((x) => x.id) as [string, ...string[]];

/** Plain words: no control characters (tab and newline aside) and no unpaired surrogates. */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

export const feedbackInputSchema = z
  .object({
    problem: z.enum(FEEDBACK_PROBLEMS).describe('What is wrong'),
    item: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('triage'), id: z.enum(TRIAGE_LEVELS) }).strict(),
        z.object({ kind: z.literal('cause'), id: z.enum(CAUSE_IDS as [string, ...string[]]) }).strict(),
        z.object({ kind: z.literal('advice'), id: z.enum(ids(advice)) }).strict(),
        z.object({ kind: z.literal('seed_claim'), id: z.enum(ids(seedClaims)) }).strict(),
      ])
      .describe('The card: the triage level, a cause id, an advice id or a seed claim id'),
    text: z
      .string()
      .trim()
      .max(FEEDBACK_TEXT_MAX)
      .refine(isPlainText, { message: 'error.notPlainText' })
      .optional()
      .describe(`In the person's own words, at most ${FEEDBACK_TEXT_MAX} characters`),
    lang: z
      .string()
      .max(35)
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/)
      .optional()
      .describe('The language the advice was read in'),
    answers: assessmentInputSchema
      .optional()
      .describe('The answers of the check, only when the person chose to send them'),
  })
  .strict();

export const feedbackRoutes = [
  route({
    method: 'POST',
    url: '/api/v1/feedback',
    tag: 'Feedback',
    summary: 'Report advice that seems wrong (no account needed, and none is linked)',
    description:
      'What is wrong, about which card, with optional words and, only if the person chose, the answers of ' +
      'the check. Stored apart from diaries with no user, session or address; reviewers read reports with ' +
      '`backease feedback list`. Rate-limited per client address (FEEDBACK_LIMIT_PER_IP per ' +
      'FEEDBACK_WINDOW_MINUTES).',
    access: 'public',
    body: feedbackInputSchema,
    responses: {
      201: {
        description: 'Stored',
        schema: named(
          'FeedbackReceipt',
          z.object({ id: z.uuid().describe('The report’s id, for a reviewer to find it') }),
        ),
      },
      400: {
        description:
          'An unknown problem or card, a text over the limit or not plain text, or answers that are not a valid check input.',
      },
    },
    handler: async ({ body, req, deps }) => {
      const now = deps.now();
      const r = deps.config.rateLimits;
      await spendAttempt(
        deps.store,
        [{ key: `feedback:ip:${req.ip}`, max: r.feedbackPerIp, windowMs: r.feedbackWindowMs }],
        now,
      );
      let answers = null;
      if (body.answers) {
        const parsed = parseAssessmentInput(body.answers);
        if (!parsed.ok)
          throw new ApiError(
            parsed.issues.map((i) => ({ ...i, path: i.path ? `answers.${i.path}` : 'answers' })),
          );
        answers = parsed.value;
      }
      const id = randomUUID();
      await deps.store.feedback.add({
        id,
        receivedAt: now,
        problem: body.problem,
        item: body.item,
        text: body.text ? body.text : null,
        lang: body.lang ?? null,
        answers,
      });
      return created({ id });
    },
  }),
];
