/**
 * The JSON error body of every surface as a Zod schema: the HTTP API serialises and documents errors
 * through it, and the Issue and ErrorBody types of errors.ts are inferred from it, so there is one
 * description of an error and not two that can drift apart.
 */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors.ts';

export const errorCodeSchema = z
  .enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]])
  .describe('A code of the catalogue (docs/errors.md)');

export const issueSchema = z.object({
  code: errorCodeSchema,
  path: z.string().describe('JSON path of the problem, e.g. evidence[2].value; empty for the whole input'),
  message: z.string().describe('A sentence a person can act on, naming the field and the value'),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema.describe('The code of the first issue'),
    message: z.string().describe('Every issue in one sentence'),
    issues: z.array(issueSchema),
  }),
});
