/**
 * The public contract endpoints (contract/README.md): stateless, no account. The engine parses
 * its own input (with its domain checks: unknown ids, duplicates, ranges), so the handlers pass the raw
 * body through and map a failure to the catalogue's status.
 */
import { z } from 'zod';
import { assessmentInputSchema } from '../../contract/input.ts';
import { assessRaw, interviewRaw } from '../../engine/api.ts';
import { ApiError } from '../http-error.ts';
import { type AnyRoute, ok, route } from '../route.ts';
import { ASSESSMENT, INTERVIEW_STEP, named } from './docs-schemas.ts';

const TAG = 'Assessment';

const ASSESSMENT_INPUT = named('AssessmentInput', assessmentInputSchema);

export const contractRoutes: readonly AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/health',
    tag: TAG,
    summary: 'Liveness check',
    access: 'public',
    responses: {
      200: { description: 'The server is up', schema: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ok({ status: 'ok' as const }),
  }),
  route({
    method: 'POST',
    url: '/api/v1/assess',
    tag: TAG,
    summary: 'Assess: triage level, likely causes and a self-care plan for the evidence given',
    access: 'public',
    docBody: ASSESSMENT_INPUT,
    responses: {
      200: { description: 'The assessment', schema: ASSESSMENT },
      400: { description: 'The engine names unknown finding ids, duplicates and values out of range.' },
    },
    handler: async ({ rawBody }) => {
      const result = assessRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(result.value);
    },
  }),
  route({
    method: 'POST',
    url: '/api/v1/interview',
    tag: TAG,
    summary: 'Interview: the next question for the answers so far, or the assessment when done',
    description:
      'Stateless: send the assessment input with every answer so far; the answer is either ' +
      '{done:false, question, progress} or {done:true, assessment}.',
    access: 'public',
    docBody: ASSESSMENT_INPUT,
    responses: {
      200: { description: 'The next step', schema: INTERVIEW_STEP },
      400: { description: 'The engine names unknown finding ids, duplicates and values out of range.' },
    },
    handler: async ({ rawBody }) => {
      const result = interviewRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(result.value);
    },
  }),
];
