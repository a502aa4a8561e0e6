/**
 * Errors the routes throw. They carry codes from the one catalogue (src/contract/errors.ts); the error
 * handler turns them into the JSON error body with the catalogue's status.
 */
import { BackeaseError, type ErrorCode, type Issue, issue } from '../contract/errors.ts';
import { type Message, msg } from '../i18n/message.ts';

export class ApiError extends BackeaseError {
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Readonly<Record<string, string>>;
  /** Fields the error body carries beside `error` (a version conflict's current record); documented per route. */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    issues: readonly Issue[],
    headers: Readonly<Record<string, string>> = {},
    extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(issues);
    this.name = 'ApiError';
    this.headers = headers;
    this.extra = extra;
  }
}

/** An error with one issue; the detail defaults to the code's own words (`error.<code>`). */
export function apiError(code: ErrorCode, detail?: Message, path = ''): ApiError {
  return new ApiError([issue(code, path, detail)]);
}

export function rateLimited(retryAfterSeconds: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError([issue('rate_limited', '', msg('error.retryIn', { seconds }))], {
    'retry-after': String(seconds),
  });
}
