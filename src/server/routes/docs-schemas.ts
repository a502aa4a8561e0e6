/**
 * Shared pieces of the OpenAPI document: the error body, the standard error responses, and the shapes
 * that have no Zod schema because the engine defines them as TypeScript types (src/contract/output.ts).
 */
import { ERROR_CODES } from '../../contract/errors.ts';
import { TRIAGE_LEVELS } from '../../contract/ids.ts';

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` }) as const;

const errorRef = ref('Error');

export const ERROR_RESPONSES = {
  400: { description: 'Invalid input; the issues name each problem', schema: errorRef },
  401: { description: 'Not signed in, or wrong credentials', schema: errorRef },
  403: { description: 'Missing or wrong X-CSRF-Token header', schema: errorRef },
  404: { description: 'No such record, or it is not yours', schema: errorRef },
  409: { description: 'Conflicts with what is stored', schema: errorRef },
  413: { description: 'Body too large', schema: errorRef },
  429: { description: 'Too many attempts; see Retry-After', schema: errorRef },
} as const;

export const STATIC_COMPONENTS: Readonly<Record<string, unknown>> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'issues'],
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_CODES) },
          message: { type: 'string' },
          issues: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'path', 'message'],
              properties: {
                code: { type: 'string', enum: Object.keys(ERROR_CODES) },
                path: { type: 'string', description: 'JSON path of the problem, e.g. evidence[2].value' },
                message: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
  Assessment: {
    type: 'object',
    description: 'The engine output (src/contract/output.ts): triage, ranked causes, plan.',
    required: ['triage', 'causes', 'plan'],
    properties: {
      triage: {
        type: 'object',
        required: ['level', 'reasons'],
        properties: {
          level: { type: 'string', enum: [...TRIAGE_LEVELS] },
          reasons: { type: 'array', items: { type: 'object' } },
          action: { type: 'string' },
        },
      },
      causes: {
        type: 'array',
        description: 'Sorted by probability, most likely first',
        items: {
          type: 'object',
          required: ['id', 'probability', 'for', 'against'],
          properties: {
            id: { type: 'string' },
            probability: { type: 'number', minimum: 0, maximum: 1 },
            for: { type: 'array', items: { type: 'string' } },
            against: { type: 'array', items: { type: 'string' } },
          },
        },
      },
      plan: { type: 'object' },
      knowledgeVersion: { type: 'string' },
      disclaimer: { type: 'string' },
    },
  },
  InterviewStep: {
    oneOf: [
      {
        type: 'object',
        required: ['done', 'question', 'progress'],
        properties: {
          done: { const: false },
          question: {
            type: 'object',
            required: ['id', 'text', 'why', 'type', 'items'],
            properties: {
              id: { type: 'string' },
              text: { type: 'string' },
              why: { type: 'string' },
              type: { type: 'string', enum: ['single', 'multiple', 'number'] },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { findingId: { type: 'string' }, text: { type: 'string' } },
                },
              },
            },
          },
          progress: { type: 'object' },
        },
      },
      {
        type: 'object',
        required: ['done', 'assessment'],
        properties: { done: { const: true }, assessment: ref('Assessment') },
      },
    ],
  },
  SignedIn: {
    type: 'object',
    required: ['user', 'csrfToken'],
    properties: {
      user: {
        type: 'object',
        required: ['id', 'email'],
        properties: { id: { type: 'string', format: 'uuid' }, email: { type: 'string', format: 'email' } },
      },
      csrfToken: { type: 'string', description: 'Send as the X-CSRF-Token header on every write' },
    },
  },
};
