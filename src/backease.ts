/**
 * BackEase's public core: what the CLI, the server, the web app and any other program call. Pure (no
 * I/O, no clock, no DOM), so it runs unchanged in Node and the browser.
 *
 *   const step = interviewRaw({ age: 38, sex: 'male', evidence: [] });     // the next question
 *   const result = assessRaw(input);                                      // { ok, value } or { ok: false, issues }
 *   const answer = localiseAssessment(result.value, renderer('es'), getKnowledge(), 'compact');
 *   const story = parseRaw({ text: 'my back locked up lifting, no problems peeing' }); // evidence
 *
 * The engine returns ids and message codes; `localiseAssessment`/`localiseStep` put words beside them in
 * one language, as the API and `backease assess --json` answer. See the README ("The public core").
 */
export {
  type Issue,
  type RenderedIssue,
  type Result,
  renderIssue,
} from './contract/errors.ts';
export { type CauseId, type FindingId, isFindingId } from './contract/ids.ts';
export { type AssessmentInput, type EvidenceItem, parseAssessmentInput } from './contract/input.ts';
export type {
  AnswerView,
  Assessment,
  AssessmentAnswer,
  InterviewAnswer,
  InterviewStep,
  Plan,
} from './contract/output.ts';
export { assessRaw, interviewRaw } from './engine/api.ts';
export { assess } from './engine/assess.ts';
export { toEvidence } from './engine/evidence.ts';
export { nextStep } from './engine/interview.ts';
export { buildPlan } from './engine/plan.ts';
export { triage } from './engine/triage.ts';
export { LANGUAGES, renderer } from './i18n/catalogs.ts';
export { localiseAssessment, localiseParse, localiseStep } from './i18n/localise.ts';
export { type Message, msg } from './i18n/message.ts';
export type { Renderer } from './i18n/render.ts';
export { getKnowledge, type LoadedKnowledge } from './knowledge/index.ts';
export { parseRaw, parseStory } from './parse/index.ts';
export type { ParseAnswer, ParseInput, ParseOutput } from './parse/types.ts';
