/**
 * The server's HTTP API (docs/api.md), for accounts and diary sync. The session is an HttpOnly cookie;
 * every write also sends the CSRF token the server gave at sign-in or from GET /auth/session.
 */
import type { Collection } from '../diary/diary-db.ts';
import { SEGMENTS } from '../diary/sync.ts';

export interface User {
  readonly id: string;
  readonly email: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The first issue's words, without its path (e.g. why a password is refused). */
  readonly detail: string;
  constructor(status: number, code: string, message: string, detail = message) {
    super(message);
    this.status = status;
    this.code = code;
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
  const json = (await res.json().catch(() => null)) as
    | (T & { error?: { code?: string; message?: string; issues?: { message?: string }[] } })
    | null;
  if (!res.ok) {
    const message = json?.error?.message ?? res.statusText;
    throw new ApiError(
      res.status,
      json?.error?.code ?? 'internal_error',
      message,
      json?.error?.issues?.[0]?.message ?? message,
    );
  }
  return json as T;
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

export const diaryApi = {
  async put(collection: Collection, id: string, record: unknown): Promise<void> {
    await request('PUT', `/${SEGMENTS[collection]}/${id}`, record);
  },
  async remove(collection: Collection, id: string): Promise<void> {
    try {
      await request('DELETE', `/${SEGMENTS[collection]}/${id}`);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  },
  async list(collection: Collection): Promise<{ id: string }[]> {
    const out: { id: string }[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: { items: { id: string }[]; nextCursor: string | null } = await request(
        'GET',
        `/${SEGMENTS[collection]}${q}`,
      );
      out.push(...page.items);
      cursor = page.nextCursor ?? null;
    } while (cursor);
    return out;
  },
};
