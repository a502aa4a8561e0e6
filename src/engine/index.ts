/**
 * The engine's public surface. Pure functions: no I/O, no clock, no DOM, so the CLI, the server and
 * the browser run the same code.
 */
export { assessRaw, interviewRaw } from './api.ts';
export { assess } from './assess.ts';
export { differential } from './differential.ts';
export { type Evidence, toEvidence, withAnswer } from './evidence.ts';
export { levelBounds, nextQuestion, nextStep } from './interview.ts';
export { buildPlan, withholdings } from './plan.ts';
export { triage, triageLevel } from './triage.ts';
