/**
 * What the surfaces call: raw (unvalidated) input in, a Result out. The CLI maps a failure to exit 2,
 * the server to HTTP 400, the web app to a message; none of them decides anything clinical.
 */
import { ok, type Result } from '../contract/errors.ts';
import { parseAssessmentInput } from '../contract/input.ts';
import type { Assessment, InterviewStep } from '../contract/output.ts';
import { getKnowledge } from '../knowledge/index.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { assess } from './assess.ts';
import { nextStep } from './interview.ts';

export function assessRaw(raw: unknown, kb: LoadedKnowledge = getKnowledge()): Result<Assessment> {
  const input = parseAssessmentInput(raw);
  return input.ok ? ok(assess(kb, input.value)) : input;
}

export function interviewRaw(raw: unknown, kb: LoadedKnowledge = getKnowledge()): Result<InterviewStep> {
  const input = parseAssessmentInput(raw);
  return input.ok ? ok(nextStep(kb, input.value)) : input;
}
