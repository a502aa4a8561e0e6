/** Validation at the edge: a Zod schema, and on failure our coded issues in an ApiError (HTTP 400). */
import type { z } from 'zod';
import type { ErrorCode } from '../contract/errors.ts';
import { fromZodError } from '../contract/zod-issues.ts';
import { ApiError } from './http-error.ts';

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  overrides?: Readonly<Record<string, ErrorCode>>,
): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) throw new ApiError(fromZodError(result.error, raw, overrides));
  return result.data;
}
