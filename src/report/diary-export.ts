/**
 * Reads a diary export file's text (the person's own data, as GET /api/v1/export writes it) into a
 * Diary, or coded issues naming what is wrong, for the CLI and any other surface that takes a file.
 */

import { fail, ok, type Result } from '../contract/errors.ts';
import { parseJson } from '../contract/json-text.ts';
import { fromZodError } from '../contract/zod-issues.ts';
import { type Diary, diaryExportSchema } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';

export function parseDiaryExport(text: string, what: Message = msg('error.what.diary')): Result<Diary> {
  const json = parseJson(text, what, msg('error.expectedDiaryExport'));
  if (!json.ok) return json;
  const raw = json.value;
  const parsed = diaryExportSchema.safeParse(raw);
  if (!parsed.success) return fail(fromZodError(parsed.error, raw));
  const { profile, episodes, checkIns, remedySessions, assessments, doctorQuestions } = parsed.data;
  return ok({ profile, episodes, checkIns, remedySessions, assessments, doctorQuestions });
}
