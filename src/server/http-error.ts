/**
 * Errors the routes throw. They carry codes from the one catalogue (src/contract/errors.ts); the error
 * handler turns them into the JSON error body with the catalogue's status.
 */
import { BackeaseError, ERROR_CODES, type ErrorCode, type Issue, issue } from '../contract/errors.ts';

export class ApiError extends BackeaseError {
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(issues: readonly Issue[], headers: Readonly<Record<string, string>> = {}) {
    super(issues);
    this.name = 'ApiError';
    this.headers = headers;
  }
}

/** An error with one issue about the whole request; the message defaults to the catalogue summary. */
export function apiError(code: ErrorCode, message: string = ERROR_CODES[code].summary, path = ''): ApiError {
  return new ApiError([issue(code, path, message)]);
}

export function rateLimited(retryAfterSeconds: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError([issue('rate_limited', '', `Too many attempts; try again in ${seconds} seconds.`)], {
    'retry-after': String(seconds),
  });
}
