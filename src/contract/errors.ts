/**
 * One catalogue of error codes for every surface. The engine and the parsers return issues as data;
 * the HTTP edge maps a code to a status and the CLI to an exit code, and both print the message.
 * A test checks that every code here is documented in docs/errors.md. The shapes of an issue and of the
 * error body are Zod schemas (error-body.ts); their types here are inferred from them.
 */
import type { z } from 'zod';
import type { errorBodySchema, issueSchema } from './error-body.ts';

export const ERROR_CODES = {
  invalid_json: { status: 400, summary: 'The body is not valid JSON.' },
  invalid_type: {
    status: 400,
    summary: 'A field has the wrong type (for example a string where a number is expected).',
  },
  missing_field: { status: 400, summary: 'A required field is missing.' },
  unknown_field: { status: 400, summary: 'A field that the format does not define was sent.' },
  unknown_finding: { status: 400, summary: 'An evidence id is not a finding the engine knows.' },
  duplicate_finding: { status: 400, summary: 'The same finding id is given more than once.' },
  invalid_state: { status: 400, summary: 'An evidence state is not present, absent or unknown.' },
  value_not_allowed: {
    status: 400,
    summary: 'A value was given for a yes/no finding, or for a number finding that is not present.',
  },
  value_missing: { status: 400, summary: 'A number finding is present but has no value.' },
  value_out_of_range: { status: 400, summary: 'A number is outside the range its finding allows.' },
  age_missing: { status: 400, summary: 'The age is missing.' },
  age_invalid: { status: 400, summary: 'The age is not a possible human age (0 to 120 years).' },
  sex_invalid: { status: 400, summary: 'The sex is missing or not one of female or male.' },
  invalid_value: {
    status: 400,
    summary: 'A value is not allowed for this field (too long, wrong format or not in the list).',
  },
  validation_failed: { status: 400, summary: 'The request did not pass validation.' },
  payload_too_large: { status: 413, summary: 'The request body is larger than the server accepts.' },
  unsupported_media_type: {
    status: 415,
    summary: 'The request body must be JSON (Content-Type: application/json).',
  },
  unauthenticated: { status: 401, summary: 'Sign in first: this needs an account session.' },
  invalid_credentials: { status: 401, summary: 'The email or password is wrong.' },
  forbidden: { status: 403, summary: 'This action is not allowed for this session.' },
  csrf_failed: {
    status: 403,
    summary: 'The CSRF token is missing or wrong for a cookie-authenticated write.',
  },
  not_found: { status: 404, summary: 'No such record, or it is not yours.' },
  conflict: {
    status: 409,
    summary: 'The change conflicts with what is stored (for example the email is already registered).',
  },
  rate_limited: { status: 429, summary: 'Too many attempts; wait and try again.' },
  internal_error: { status: 500, summary: 'Something went wrong on our side; nothing you sent was stored.' },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** One problem: its code, where it is (a JSON path, empty for the whole input) and a sentence about it. */
export type Issue = z.infer<typeof issueSchema>;

/** Thrown at the edges only; the core returns `Result` values. */
export class BackeaseError extends Error {
  readonly issues: readonly Issue[];
  readonly code: ErrorCode;

  constructor(issues: readonly Issue[]) {
    super(issues.map(formatIssue).join('; '));
    this.name = 'BackeaseError';
    this.issues = issues;
    this.code = issues[0]?.code ?? 'validation_failed';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

export function issue(code: ErrorCode, path: string, message: string): Issue {
  return { code, path, message };
}

export function formatIssue(i: Issue): string {
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** The JSON error body every HTTP error uses. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(issues: readonly Issue[]): ErrorBody {
  const first = issues[0];
  return {
    error: {
      code: first?.code ?? 'validation_failed',
      message: issues.map(formatIssue).join('; ') || ERROR_CODES.validation_failed.summary,
      issues: [...issues],
    },
  };
}
