/**
 * Every error becomes the catalogue's JSON body: `{"error":{"code","message","issues"}}`, never a stack
 * trace. Errors we did not anticipate are a 500 with a generic message; their details go to the log only.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  BackeaseError,
  ERROR_CODES,
  type ErrorBody,
  type ErrorCode,
  errorBody,
  type Issue,
  issue,
} from '../contract/errors.ts';
import { LANGUAGES, renderer } from '../i18n/catalogs.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { UnknownUserError } from '../store/store.ts';
import { isDatabaseUnavailable } from '../store/unavailable.ts';
import { ApiError } from './http-error.ts';

export interface Mapped {
  readonly status: number;
  readonly issues: readonly Issue[];
}

const FASTIFY_CODES: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
};

const BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** One issue about the whole request, in the code's own words. */
const summary = (code: ErrorCode): Issue[] => [issue(code, '')];

export function mapError(error: unknown): Mapped {
  if (error instanceof BackeaseError) return { status: error.status, issues: error.issues };
  // A write that raced the deletion of its own account: the session is gone now, so say so.
  if (error instanceof UnknownUserError) return { status: 401, issues: summary('unauthenticated') };
  // The database did not answer in time (or refused): worth trying again, not a bug of ours.
  if (isDatabaseUnavailable(error)) return { status: 503, issues: summary('database_unavailable') };
  const e = error as Partial<FastifyError> & { statusCode?: number };
  const known = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) return { status: ERROR_CODES[known].status, issues: summary(known) };
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status >= 400 && status < 500) {
    // Body-parser failures (bad JSON, a "__proto__" key) arrive as SyntaxErrors with a 400.
    const code: ErrorCode =
      error instanceof SyntaxError ? 'invalid_json' : (BY_STATUS[status] ?? 'validation_failed');
    return { status, issues: summary(code) };
  }
  return { status: 500, issues: summary('internal_error') };
}

/** The error body in the language the client accepts (errors have no ?lang= of their own to trust). */
export function errorBodyFor(req: FastifyRequest, reply: FastifyReply, issues: readonly Issue[]): ErrorBody {
  const lang = negotiateLanguage(LANGUAGES, undefined, req.headers['accept-language']);
  reply.header('content-language', lang);
  return errorBody(issues, renderer(lang));
}

/**
 * Logs an error as it deserves (a 5xx with its details, a 4xx by code only) and sets its extra headers
 * (Retry-After); the caller sends the body in its route's format.
 */
export function logAndMap(error: unknown, req: FastifyRequest, reply: FastifyReply): Mapped {
  const mapped = mapError(error);
  if (mapped.status >= 500) {
    req.log.error({ err: error }, 'request failed');
  } else {
    // The code only: messages of 4xx errors quote what was sent, which may be health data.
    req.log.info({ code: mapped.issues[0]?.code, status: mapped.status }, 'request rejected');
  }
  if (error instanceof ApiError) reply.headers(error.headers);
  return mapped;
}

export function handleError(error: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, issues } = logAndMap(error, req, reply);
  const body = errorBodyFor(req, reply, issues);
  const extra = error instanceof ApiError ? error.extra : {};
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ ...extra, ...body });
}
