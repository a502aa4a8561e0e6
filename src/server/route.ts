/**
 * How a route is declared: method, path, the Zod schemas of its input, who may call it, and a handler.
 * The same declaration registers the Fastify route (parse → authorise → call) and produces its OpenAPI
 * operation, so the documentation cannot drift from what is validated.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../config/config.ts';
import type { Store } from '../store/store.ts';
import type { Passwords } from './auth/passwords.ts';
import { checkCsrf, currentSession, type SignedIn } from './auth/sessions.ts';
import { apiError } from './http-error.ts';
import { parseOrThrow } from './parse.ts';

export interface Deps {
  readonly config: Config;
  readonly store: Store;
  readonly passwords: Passwords;
  /** The clock, injectable so tests can expire sessions without waiting. */
  readonly now: () => number;
}

/** A JSON Schema fragment or a reference to a named component of the OpenAPI document. */
export type DocSchema = z.ZodType | { readonly $ref: string } | Readonly<Record<string, unknown>>;

export interface Responses {
  readonly [status: number]: {
    readonly description: string;
    readonly schema?: DocSchema;
    /** The media type of the answer; JSON unless given (the PDF and FHIR answers are not plain JSON). */
    readonly contentType?: string;
  };
}

/** `user`: a session is required; `optional`: used when present. Writes with a session need the CSRF header. */
export type Access = 'public' | 'user' | 'optional';

export interface Result {
  readonly status: number;
  readonly body?: unknown;
}

export interface Ctx<B, Q, P, A extends Access> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  /** The raw parsed JSON, for handlers that validate it themselves (the engine's own parser). */
  readonly rawBody: unknown;
  readonly signedIn: A extends 'user' ? SignedIn : SignedIn | null;
  readonly req: FastifyRequest;
  readonly reply: FastifyReply;
  readonly deps: Deps;
}

export interface RouteSpec<B = undefined, Q = undefined, P = undefined, A extends Access = Access> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify syntax: `/api/v1/episodes/:id`. */
  readonly url: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly access: A;
  readonly body?: z.ZodType<B, unknown>;
  /** Documented body when the handler validates the raw body itself (or the docs need a variant). */
  readonly docBody?: DocSchema;
  readonly query?: z.ZodType<Q, unknown>;
  readonly params?: z.ZodType<P, unknown>;
  /** Accept bodies up to the import limit instead of the normal one. */
  readonly largeBody?: boolean;
  readonly responses: Responses;
  readonly handler: (ctx: Ctx<B, Q, P, A>) => Promise<Result>;
}

// Routes of different input types live in one list; the spec's own generics keep each handler typed.
// biome-ignore lint/suspicious/noExplicitAny: type erasure for heterogeneous route lists
export type AnyRoute = RouteSpec<any, any, any, Access>;

export function route<B = undefined, Q = undefined, P = undefined, A extends Access = Access>(
  spec: RouteSpec<B, Q, P, A>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

export const ok = (body: unknown): Result => ({ status: 200, body });
export const created = (body: unknown): Result => ({ status: 201, body });
export const noContent = (): Result => ({ status: 204 });

export function registerRoutes(app: FastifyInstance, routes: readonly AnyRoute[], deps: Deps): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.url,
      bodyLimit: spec.largeBody ? deps.config.limits.importBytes : deps.config.limits.bodyBytes,
      handler: async (req, reply) => {
        // Who is asking comes first: an anonymous caller learns nothing from validation messages.
        let signedIn: SignedIn | null = null;
        if (spec.access !== 'public') {
          signedIn = await currentSession(req, deps);
          if (!signedIn && spec.access === 'user') throw apiError('unauthenticated');
          if (signedIn && spec.method !== 'GET') checkCsrf(req, signedIn);
        }
        const params = spec.params ? parseOrThrow(spec.params, req.params) : undefined;
        const query = spec.query ? parseOrThrow(spec.query, req.query) : undefined;
        const body = spec.body ? parseOrThrow(spec.body, req.body) : undefined;
        const result = await spec.handler({
          body,
          query,
          params,
          rawBody: req.body,
          signedIn,
          req,
          reply,
          deps,
        });
        reply.code(result.status);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
}
