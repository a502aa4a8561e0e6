/**
 * The server's HTTP API (docs/api.md), for accounts and diary sync. The session is an HttpOnly cookie;
 * every write also sends the CSRF token the server gave at sign-in or from GET /auth/session.
 */
import { type Collection, SEGMENTS } from '../diary/diary-db.ts';
import type { SyncApi, Versioned, WriteAnswer } from '../diary/sync.ts';

export interface User {
  readonly id: string;
  readonly email: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The whole error body, for answers that carry more than the error (a version conflict). */
  readonly body: Readonly<Record<string, unknown>>;
  /** The first issue's words, without its path (e.g. why a password is refused). */
  readonly detail: string;
  constructor(
    status: number,
    code: string,
    message: string,
    body: Readonly<Record<string, unknown>> = {},
    detail = message,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
    this.detail = detail;
  }
}

let csrfToken: string | null = null;

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
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
  if (res.status === 204) return undefined as T;
  return answerOf<T>(res.status, await res.json().catch(() => null), res.statusText);
}

/** A request to the API: the method, the path under /api/v1, and the JSON body. */
export type Request = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/** The body of a 2xx answer, or the ApiError of any other (its code, words, whole body, first issue's words). */
export function answerOf<T>(status: number, json: unknown, statusText = ''): T {
  if (status >= 200 && status < 300) return json as T;
  const error = (
    json as { error?: { code?: string; message?: string; issues?: { message?: string }[] } } | null
  )?.error;
  const message = error?.message ?? statusText;
  throw new ApiError(
    status,
    error?.code ?? 'internal_error',
    message,
    (json ?? {}) as Record<string, unknown>,
    error?.issues?.[0]?.message ?? message,
  );
}

interface SessionBody {
  readonly user: User;
  readonly csrfToken: string;
}

function remember(s: SessionBody): User {
  csrfToken = s.csrfToken;
  return s.user;
}

/** The signed-in user, or null (401) — also when offline, so the app works without the server. */
export async function currentSession(): Promise<User | null> {
  try {
    return remember(await request<SessionBody>('GET', '/auth/session'));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 0 || e.status === 404)) return null;
    throw e;
  }
}

export async function signUp(email: string, password: string): Promise<User> {
  return remember(await request<SessionBody>('POST', '/auth/signup', { email, password }));
}

/** With two-step sign-in on, the first try without `code` fails with `two_factor_required`. */
export async function signIn(email: string, password: string, code?: string): Promise<User> {
  return remember(
    await request<SessionBody>('POST', '/auth/signin', { email, password, ...(code ? { code } : {}) }),
  );
}

export interface SessionItem {
  readonly id: string;
  readonly userAgent: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly current: boolean;
}

export async function listSessions(): Promise<SessionItem[]> {
  return (await request<{ items: SessionItem[] }>('GET', '/auth/sessions')).items;
}

export async function endSession(id: string): Promise<void> {
  await request<void>('DELETE', `/auth/sessions/${encodeURIComponent(id)}`);
}

export async function twoFactorStatus(): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  return request('GET', '/auth/two-factor');
}

export async function setUpTwoFactor(password: string): Promise<{ secret: string; otpauthUri: string }> {
  return request('POST', '/auth/two-factor/setup', { password });
}

export async function confirmTwoFactor(code: string): Promise<string[]> {
  return (await request<{ recoveryCodes: string[] }>('POST', '/auth/two-factor/confirm', { code }))
    .recoveryCodes;
}

export async function turnOffTwoFactor(password: string, code: string): Promise<void> {
  await request<void>('DELETE', '/auth/two-factor', { password, code });
}

export async function signOut(): Promise<void> {
  await request<void>('POST', '/auth/signout');
  csrfToken = null;
}

export async function deleteAccount(password: string): Promise<void> {
  await request<void>('DELETE', '/account', { password });
  csrfToken = null;
}

export async function exportAccount(): Promise<unknown> {
  return request<unknown>('GET', '/export');
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

async function listAll<T>(request: Request, path: string): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const q: string = `?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page: { items: T[]; nextCursor: string | null } = await request('GET', `${path}${q}`);
    out.push(...page.items);
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return out;
}

/** The sync's view of the diary API, over any way of making requests (tests use the app in-process). */
export const diaryApiOver = (request: Request): SyncApi => ({
  async put(collection, id, record, version): Promise<WriteAnswer> {
    const body = version === undefined ? record : { ...(record as object), version };
    try {
      const saved = await request<Answered>('PUT', `/${SEGMENTS[collection]}/${id}`, body);
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
      await request('DELETE', `/${SEGMENTS[collection]}/${id}`, { version });
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
      return versioned(await request<Answered>('GET', `/${SEGMENTS[collection]}/${id}`));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return null;
      throw e;
    }
  },
  async list(collection) {
    return (await listAll<Answered>(request, `/${SEGMENTS[collection]}`)).map(versioned);
  },
  async listDeleted() {
    return listAll<{ collection: Collection; id: string; version: number }>(request, '/deleted');
  },
});

export const diaryApi = diaryApiOver(request);

/** The account's profile (GET/PUT /api/v1/profile); the web app reads and writes its language and country. */
export interface ProfileBody extends Record<string, unknown> {
  readonly country: string | null;
  readonly language: string | null;
}

/** The profile API over any way of making requests (tests use the app in-process). */
export const profileApiOver = (request: Request) => ({
  get: () => request<ProfileBody>('GET', '/profile'),
  put: (profile: ProfileBody) => request<ProfileBody>('PUT', '/profile', profile),
});

export const profileApi = profileApiOver(request);
