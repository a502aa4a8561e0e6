/**
 * The parse input, validated into a typed value or coded issues that name the problem. The text itself
 * is never quoted in a message: it is health data.
 */
import { z } from 'zod';
import { fail, type Issue, issue, ok, type Result } from '../contract/errors.ts';
import { SEXES } from '../contract/ids.ts';
import { fromZodError } from '../contract/zod-issues.ts';
import { type Message, msg } from '../i18n/message.ts';
import type { ParseInput } from './types.ts';

export const MAX_TEXT_LENGTH = 5000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const parseInputSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .max(MAX_TEXT_LENGTH)
      .describe('The story in the person’s own words, 1 to 5,000 characters'),
    age: z.number().optional().describe('Age in years, 0 to 120'),
    sex: z.enum(SEXES).optional(),
    today: z
      .string()
      .optional()
      .describe(
        'The day the story is told, YYYY-MM-DD, to place "since Tuesday"; without it such dates are listed as not understood',
      ),
  })
  .strict()
  .describe('A story to turn into evidence');

const OVERRIDES = {
  text: 'text_invalid',
  'text:missing': 'text_invalid',
  age: 'age_invalid',
  sex: 'sex_invalid',
} as const;

function received(raw: unknown): Message {
  if (Array.isArray(raw)) return msg('error.received.list');
  if (raw === null) return msg('error.received.null');
  return msg('error.received.value', { value: typeof raw });
}

export function parseParseInput(raw: unknown): Result<ParseInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail([issue('invalid_type', '', msg('error.parseNotObject', { received: received(raw) }))]);
  const parsed = parseInputSchema.safeParse(raw);
  if (!parsed.success) {
    // The text's length is said in one message whether it is too short or too long; the text itself
    // is never quoted (it is health data).
    const text = (raw as { text?: unknown }).text;
    return fail(
      fromZodError(parsed.error, raw, OVERRIDES).map((i) =>
        i.path === 'text' && typeof text === 'string'
          ? issue(
              'text_invalid',
              'text',
              msg('error.textLength', { max: MAX_TEXT_LENGTH, count: text.length }),
            )
          : i,
      ),
    );
  }
  const v = parsed.data;
  const issues: Issue[] = [];
  if (v.age !== undefined && (!Number.isFinite(v.age) || v.age < 0 || v.age > 120))
    issues.push(issue('age_invalid', 'age', msg('error.ageRange', { age: v.age })));
  if (v.today !== undefined && !isRealDay(v.today))
    issues.push(
      issue(
        'invalid_value',
        'today',
        msg('error.todayFormat', { example: '2026-12-02', text: v.today.slice(0, 20) }),
      ),
    );
  if (issues.length > 0) return fail(issues);
  return ok({
    text: v.text,
    ...(v.age !== undefined ? { age: v.age } : {}),
    ...(v.sex !== undefined ? { sex: v.sex } : {}),
    ...(v.today !== undefined ? { today: v.today } : {}),
  });
}
