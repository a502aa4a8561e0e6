/**
 * The parse input, validated into a typed value or coded issues that name the problem. The text itself
 * is never quoted in a message: it is health data.
 */
import { z } from 'zod';
import { fail, issue, ok, type Result } from '../contract/errors.ts';
import { SEXES } from '../contract/ids.ts';
import { fromZodError } from '../contract/zod-issues.ts';
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
  age: 'age_invalid',
  sex: 'sex_invalid',
} as const;

export function parseParseInput(raw: unknown): Result<ParseInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail([
      issue(
        'invalid_type',
        '',
        `The parse input must be a JSON object with a text, not ${Array.isArray(raw) ? 'a list' : raw === null ? 'null' : typeof raw}.`,
      ),
    ]);
  }
  const parsed = parseInputSchema.safeParse(raw);
  if (!parsed.success) {
    // Zod's own messages for the text would quote it; say what is wrong with it instead.
    return fail(
      fromZodError(parsed.error, raw, OVERRIDES).map((i) =>
        i.path === 'text' && i.code === 'invalid_value'
          ? issue(
              'invalid_value',
              'text',
              `text must be 1 to 5,000 characters long, not ${(raw as { text: string }).text.length}.`,
            )
          : i,
      ),
    );
  }
  const v = parsed.data;
  const issues = [];
  if (v.age !== undefined && (!Number.isFinite(v.age) || v.age < 0 || v.age > 120))
    issues.push(issue('age_invalid', 'age', `age must be between 0 and 120 years, not ${v.age}.`));
  if (v.today !== undefined && !isRealDay(v.today))
    issues.push(
      issue(
        'invalid_value',
        'today',
        `today must be a date written YYYY-MM-DD, such as 2026-12-02, not "${v.today.slice(0, 20)}".`,
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
