/**
 * One catalogue of error codes for every surface. The engine and the parsers return issues as data: a
 * code, where the problem is, and a message (a catalog key with parameters). The edges put the message
 * into words in the reader's language, map a code to an HTTP status or the CLI's exit code, and print it.
 * Each code's own words are the catalog's `error.<code>`; a test checks docs/errors.md against them.
 * The shapes of an issue in words and of the error body are Zod schemas (error-body.ts): the API
 * documents and serialises errors through them, and their types here are inferred from them.
 */
import type { z } from 'zod';
import { type Message, msg } from '../i18n/message.ts';
import type { Renderer } from '../i18n/render.ts';
import type { errorBodySchema, issueSchema } from './error-body.ts';

export const ERROR_CODES = {
  invalid_json: { status: 400 },
  invalid_type: { status: 400 },
  missing_field: { status: 400 },
  unknown_field: { status: 400 },
  unknown_finding: { status: 400 },
  duplicate_finding: { status: 400 },
  invalid_state: { status: 400 },
  value_not_allowed: { status: 400 },
  value_missing: { status: 400 },
  value_out_of_range: { status: 400 },
  age_missing: { status: 400 },
  age_invalid: { status: 400 },
  sex_invalid: { status: 400 },
  invalid_value: { status: 400 },
  text_invalid: { status: 400 },
  validation_failed: { status: 400 },
  weak_password: { status: 400 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  unauthenticated: { status: 401 },
  invalid_credentials: { status: 401 },
  two_factor_required: { status: 401 },
  forbidden: { status: 403 },
  csrf_failed: { status: 403 },
  not_found: { status: 404 },
  conflict: { status: 409 },
  version_conflict: { status: 409 },
  rate_limited: { status: 429 },
  internal_error: { status: 500 },
  database_unavailable: { status: 503 },
} as const satisfies Record<string, { status: number }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface Issue {
  readonly code: ErrorCode;
  /** Where the problem is, as a JSON path such as `evidence[2].value`; empty for the whole input. */
  readonly path: string;
  /** What is wrong, naming the field and the value, as a message the edge puts into words. */
  readonly detail: Message;
}

/** An issue in words, as the API and the CLI show it. */
export type RenderedIssue = z.infer<typeof issueSchema>;

/** Thrown at the edges only; the core returns `Result` values. */
export class BackeaseError extends Error {
  readonly issues: readonly Issue[];
  readonly code: ErrorCode;

  constructor(issues: readonly Issue[]) {
    // Codes and paths only: the words are for the person, in their language, at the edge.
    super(issues.map((i) => (i.path ? `${i.code} at ${i.path}` : i.code)).join('; '));
    this.name = 'BackeaseError';
    this.issues = issues;
    this.code = issues[0]?.code ?? 'validation_failed';
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** An issue; without a detail, the code's own words (`error.<code>`). */
export function issue(code: ErrorCode, path: string, detail: Message = msg(`error.${code}`)): Issue {
  return { code, path, detail };
}

export function renderIssue(i: Issue, r: Renderer): RenderedIssue {
  return { code: i.code, path: i.path, message: r.render(i.detail) };
}

/**
 * An issue for a developer's eyes only (a knowledge base or a case file that does not load), where no
 * catalog is at hand: developer tools word their issues with `error.text`, so this is their text.
 */
export function developerText(i: Issue): string {
  const text = i.detail.code === 'error.text' ? String(i.detail.params?.text ?? '') : i.detail.code;
  return i.path ? `${i.path}: ${text}` : text;
}

/** Words for a developer tool's own issue (see developerText). */
export function plain(text: string): Message {
  return msg('error.text', { text });
}

export function formatIssue(i: RenderedIssue): string {
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

export function errorBody(issues: readonly Issue[], r: Renderer): ErrorBody {
  const rendered = issues.map((i) => renderIssue(i, r));
  return {
    error: {
      code: rendered[0]?.code ?? 'validation_failed',
      message: rendered.map(formatIssue).join('; ') || r.text('error.validation_failed'),
      issues: rendered,
    },
  };
}
