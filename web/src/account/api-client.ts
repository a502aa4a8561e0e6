/**
 * The server's HTTP API (docs/api.md), for accounts, diary sync and feedback. The session is an HttpOnly
 * cookie; every write also sends the CSRF token the server gave at sign-in or from GET /auth/session.
 *
 * Typed from the server's own route declarations (type-only imports, so no zod and no server code reach
 * the bundle): `call(method, path, …)` accepts only a method and path template that a route declares,
 * with that route's body, and resolves to its answer's type. A route renamed or removed on the server
 * fails `npm run typecheck` here.
 */
import type { ErrorBody, ErrorCode } from '../../../src/contract/errors.ts';
import { COLLECTION_SEGMENTS } from '../../../src/contract/vocabulary.ts';
import type { ApiEndpoint } from '../../../src/server/app.ts';
import type { Collection } from '../diary/diary-db.ts';
import type { SyncApi, Versioned, WriteAnswer } from '../diary/sync.ts';

type Method = ApiEndpoint['method'];
type Path<U> = U extends `/api/v1${infer P}` ? P : never;
/** Every path template (under /api/v1) that a route declares for this method. */
export type PathOf<M extends Method> = Path<Extract<ApiEndpoint, { method: M }>['url']>;
/** The endpoint(s) a method and path template name. */
type EndpointAt<M extends Method, P extends string> = Extract<ApiEndpoint, { method: M; url: `/api/v1${P}` }>;

type ParamNames<P extends string> = P extends `${string}:${infer N}/${infer R}`
  ? N | ParamNames<`/${R}`>
  : P extends `${string}:${infer N}`
    ? N
    : never;

/** What one call sends: the path's parameters, the query, the body, each only where the route has one. */
type Options<M extends Method, P extends string> = ([ParamNames<P>] extends [never]
  ? unknown
  : { readonly params: Readonly<Record<ParamNames<P>, string>> }) &
  ([EndpointAt<M, P>['body']] extends [undefined]
    ? unknown
    : undefined extends EndpointAt<M, P>['body']
      ? { readonly body?: EndpointAt<M, P>['body'] }
      : { readonly body: EndpointAt<M, P>['body'] }) &
  ([EndpointAt<M, P>['query']] extends [undefined]
    ? unknown
    : { readonly query?: Partial<Record<keyof EndpointAt<M, P>['query'], string | number>> });

/** The options argument: optional when every part of it is. */
type Args<O> = Record<never, never> extends O ? [O?] : [O];

/** The answer body of a call (undefined for 204). */
export type Answer<M extends Method, P extends string> = EndpointAt<M, P>['answer'];

/** An error answer of the API, or `offline` when the request never reached it. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'offline';
  /** The whole error body, for answers that carry more than the error (a version conflict). */
  readonly body: Readonly<Record<string, unknown>>;
  /** The first issue's words, without its path (e.g. why a password is refused). */
  readonly detail: string;
  constructor(
    status: number,
    code: ErrorCode | 'offline',
    message: string,
    body: Readonly<Record<string, unknown>> = {},
    detail = message,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
    this.detail = detail;
  }
}

let csrfToken: string | null = null;

/**
 * How requests reach the API: the method, the path under /api/v1 (parameters filled in, query attached)
 * and the JSON body; resolves to the answer's body or throws an ApiError. The browser's is `fetch`;
 * tests pass one over the app in-process.
 */
export type Request = (method: Method, path: string, body?: unknown) => Promise<unknown>;

const overFetch: Request = async (method, path, body) => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'offline', 'No connection');
  }
  if (res.status === 204) return undefined;
  return answerOf(res.status, await res.json().catch(() => null), res.statusText);
};

/** The body of a 2xx answer, or the ApiError of any other (its code, words, whole body, first issue's words). */
export function answerOf(status: number, json: unknown, statusText = ''): unknown {
  if (status >= 200 && status < 300) return json;
  const error = (json as Partial<ErrorBody> | null)?.error;
  const message = error?.message ?? statusText;
  throw new ApiError(
    status,
    error?.code ?? 'internal_error',
    message,
    (json ?? {}) as Record<string, unknown>,
    error?.issues?.[0]?.message ?? message,
  );
}

/** The path with its `:name` parameters filled in and the query attached. */
export function pathFor(
  template: string,
  params: Readonly<Record<string, string>> = {},
  query: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${template}`);
    return encodeURIComponent(value);
  });
  const q = Object.entries(query).filter((e): e is [string, string | number] => e[1] !== undefined);
  return q.length ? `${path}?${new URLSearchParams(q.map(([k, v]) => [k, String(v)]))}` : path;
}

/** One call of a declared route, over a way of making requests. */
export async function call<M extends Method, P extends PathOf<M>>(
  request: Request,
  method: M,
  path: P,
  ...[options]: Args<Options<M, P>>
): Promise<Answer<M, P>> {
  const o = (options ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, string | number>;
    body?: unknown;
  };
  return (await request(method, pathFor(path, o.params, o.query), o.body)) as Answer<M, P>;
}

const api = <M extends Method, P extends PathOf<M>>(method: M, path: P, ...options: Args<Options<M, P>>) =>
  call(overFetch, method, path, ...options);

export type User = Answer<'GET', '/auth/session'>['user'];

type SessionBody = Answer<'GET', '/auth/session'>;

function remember(s: SessionBody): User {
  csrfToken = s.csrfToken;
  return s.user;
}

/** The signed-in user, or null (401) — also when offline, so the app works without the server. */
export async function currentSession(): Promise<User | null> {
  try {
    return remember(await api('GET', '/auth/session'));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 0 || e.status === 404)) return null;
    throw e;
  }
}

export async function signUp(email: string, password: string): Promise<User> {
  return remember(await api('POST', '/auth/signup', { body: { email, password } }));
}

/** With two-step sign-in on, the first try without `code` fails with `two_factor_required`. */
export async function signIn(email: string, password: string, code?: string): Promise<User> {
  return remember(
    await api('POST', '/auth/signin', { body: { email, password, ...(code ? { code } : {}) } }),
  );
}

export type SessionItem = Answer<'GET', '/auth/sessions'>['items'][number];

export async function listSessions(): Promise<SessionItem[]> {
  return (await api('GET', '/auth/sessions')).items;
}

export async function endSession(id: string): Promise<void> {
  await api('DELETE', '/auth/sessions/:id', { params: { id } });
}

export async function twoFactorStatus(): Promise<Answer<'GET', '/auth/two-factor'>> {
  return api('GET', '/auth/two-factor');
}

export async function setUpTwoFactor(password: string): Promise<Answer<'POST', '/auth/two-factor/setup'>> {
  return api('POST', '/auth/two-factor/setup', { body: { password } });
}

export async function confirmTwoFactor(code: string): Promise<string[]> {
  return (await api('POST', '/auth/two-factor/confirm', { body: { code } })).recoveryCodes;
}

export async function turnOffTwoFactor(password: string, code: string): Promise<void> {
  await api('DELETE', '/auth/two-factor', { body: { password, code } });
}

export async function signOut(): Promise<void> {
  await api('POST', '/auth/signout');
  csrfToken = null;
}

export async function deleteAccount(password: string): Promise<void> {
  await api('DELETE', '/account', { body: { password } });
  csrfToken = null;
}

export async function exportAccount(): Promise<Answer<'GET', '/export'>> {
  return api('GET', '/export');
}

/** A report of advice that seems wrong (no account is linked, even when signed in). */
export type FeedbackBody = Exclude<EndpointAt<'POST', '/feedback'>['body'], undefined>;

export async function sendFeedback(report: FeedbackBody): Promise<Answer<'POST', '/feedback'>> {
  return api('POST', '/feedback', { body: report });
}

type Answered = Record<string, unknown> & { id: string; version: number };

/** A record as the API answers it (its fields and its version) as the sync sees it. */
function versioned(a: Answered): Versioned {
  const { version, ...record } = a;
  return { record: record as unknown as Versioned['record'], version };
}

/** The 409 of a write that named a version no longer current (docs/sync.md). */
function isVersionConflict(e: unknown): e is ApiError {
  return e instanceof ApiError && e.status === 409 && e.code === 'version_conflict';
}

/** Every page of a listing, followed by its cursors. */
async function listAll<T>(
  first: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await first(cursor);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

type Segment = (typeof COLLECTION_SEGMENTS)[Collection];
/** The API path segment of a collection, as the union of all of them (every collection has the same routes). */
const segmentOf = (collection: Collection): Segment => COLLECTION_SEGMENTS[collection];
/** A record with the version it is based on: the body of a diary PUT. */
type RecordChange = EndpointAt<'PUT', `/${Segment}/:id`>['body'];

/** The sync's view of the diary API, over any way of making requests (tests use the app in-process). */
export const diaryApiOver = (request: Request): SyncApi => ({
  async put(collection, id, record, version): Promise<WriteAnswer> {
    // The sync hands over records it read from this device's store; the server validates them.
    const body = (version === undefined ? record : { ...(record as object), version }) as RecordChange;
    try {
      const saved = await call(request, 'PUT', `/${segmentOf(collection)}/:id`, { params: { id }, body });
      return { ok: true, version: saved.version };
    } catch (e) {
      if (!isVersionConflict(e)) throw e;
      const current = e.body.current as Answered | null;
      const deleted = e.body.deleted as { version: number } | null;
      return {
        ok: false,
        current: current ? versioned(current) : null,
        deletedVersion: deleted?.version ?? null,
      };
    }
  },
  async remove(collection, id, version) {
    try {
      await call(request, 'DELETE', `/${segmentOf(collection)}/:id`, { params: { id }, body: { version } });
      return { ok: true };
    } catch (e) {
      // Never there (or gone before tombstones were kept): what the deletion wanted.
      if (e instanceof ApiError && e.status === 404) return { ok: true };
      if (!isVersionConflict(e)) throw e;
      return { ok: false, current: versioned(e.body.current as Answered) };
    }
  },
  async get(collection, id) {
    try {
      return versioned(
        (await call(request, 'GET', `/${segmentOf(collection)}/:id`, { params: { id } })) as Answered,
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
  async list(collection) {
    const items = await listAll((cursor) =>
      call(request, 'GET', `/${segmentOf(collection)}`, {
        query: { limit: 500, ...(cursor ? { cursor } : {}) },
      }),
    );
    return (items as Answered[]).map(versioned);
  },
  async listDeleted() {
    return listAll((cursor) =>
      call(request, 'GET', '/deleted', { query: { limit: 500, ...(cursor ? { cursor } : {}) } }),
    );
  },
});

export const diaryApi = diaryApiOver(overFetch);

/** The account's profile (GET/PUT /profile); the web app reads and writes its language and country. */
export type ProfileBody = Answer<'GET', '/profile'>;
/** A profile to write: the device's language is one of the web catalogs' (the server checks it is shipped). */
export type ProfileChange = Omit<ProfileBody, 'language'> & { readonly language: string | null };

/** The profile API over any way of making requests (tests use the app in-process). */
export const profileApiOver = (request: Request) => ({
  get: () => call(request, 'GET', '/profile'),
  put: (profile: ProfileChange) => call(request, 'PUT', '/profile', { body: profile as ProfileBody }),
});

export const profileApi = profileApiOver(overFetch);
