/**
 * The public contract endpoints (contract/README.md): stateless, no account. The engine parses
 * its own input (with its domain checks: unknown ids, duplicates, ranges), so the handlers pass the raw
 * body through and map a failure to the catalogue's status.
 */
import { assessmentInputSchema } from '../../contract/input.ts';
import { assessRaw, interviewRaw } from '../../engine/api.ts';
import { ApiError } from '../http-error.ts';
import { type AnyRoute, ok, route } from '../route.ts';
import { ERROR_RESPONSES } from './docs-schemas.ts';

const TAG = 'Assessment';

export const contractRoutes: readonly AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/v1/health',
    tag: TAG,
    summary: 'Liveness check',
    access: 'public',
    responses: {
      200: {
        description: 'The server is up',
        schema: { type: 'object', properties: { status: { const: 'ok' } }, required: ['status'] },
      },
    },
    handler: async () => ok({ status: 'ok' }),
  }),
  route({
    method: 'POST',
    url: '/api/v1/assess',
    tag: TAG,
    summary: 'Assess: triage level, likely causes and a self-care plan for the evidence given',
    access: 'public',
    docBody: assessmentInputSchema,
    responses: {
      200: { description: 'The assessment', schema: { $ref: '#/components/schemas/Assessment' } },
      400: ERROR_RESPONSES[400],
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
    docBody: assessmentInputSchema,
    responses: {
      200: { description: 'The next step', schema: { $ref: '#/components/schemas/InterviewStep' } },
      400: ERROR_RESPONSES[400],
    },
    handler: async ({ rawBody }) => {
      const result = interviewRaw(rawBody);
      if (!result.ok) throw new ApiError(result.issues);
      return ok(result.value);
    },
  }),
];
