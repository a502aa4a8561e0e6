/**
 * How a route is declared: method, path, the Zod schemas of its input and of its answers, who may call
 * it, and a handler. The same declaration registers the Fastify route (parse → authorise → call →
 * serialise through the answer's schema) and produces its OpenAPI operation (openapi.ts), so the
 * document cannot drift from what is validated and sent.
 *
 * Declaring a route, in short (docs/api.md has the whole guide):
 *
 *   route({
 *     method: 'GET', url: '/api/v1/things/:id', tag: 'Things', summary: 'One thing',
 *     access: 'user',                        // 'public' | 'user' | 'optional'
 *     params: z.object({ id: idSchema }).strict(),
 *     responses: {
 *       200: { description: 'The thing', schema: thingSchema },   // a Zod schema; named() ones are $refs
 *       404: { description: 'No thing with this id' },            // ≥ 400: the error body is implied
 *     },
 *     handler: async ({ params, signedIn, deps }) => ok(await find(params.id)),
 *   });
 *
 * - Success answers (2xx) give a Zod schema (or none for 204). The handler's result is type-checked
 *   against it: `ok(body)` must be the schema's output type. Fastify serialises the body through the
 *   schema's JSON Schema (fast-json-stringify), so a field the schema does not declare is never sent.
 * - Error answers (≥ 400) give a description of when they happen; their body is the error body (or an
 *   OperationOutcome when `errorFormat` is 'fhir'). One that carries more (a 409 `version_conflict`
 *   holds the current record) gives a schema that extends the error body, and the handler throws an
 *   ApiError with those fields in `extra`. Statuses that follow from the declaration
 *   itself are added by the document generator and need not be declared: 400 for any input or body,
 *   401 for `user` access, 403 `csrf_failed` for writes with a session, 413 and 415 for bodies, 429
 *   and 500 everywhere. Declaring one of them adds its sentence to the generic description.
 * - Response headers are references to the document's named headers (docs-schemas.ts: HEADERS).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../config/config.ts';
import type { Store } from '../store/store.ts';
import type { Passwords } from './auth/passwords.ts';
import { checkCsrf, currentSession, type SignedIn } from './auth/sessions.ts';
import { handleFhirError } from './fhir-errors.ts';
import { apiError } from './http-error.ts';
import { parseOrThrow } from './parse.ts';

export interface Deps {
  readonly config: Config;
  readonly store: Store;
  readonly passwords: Passwords;
  /** The clock, injectable so tests can expire sessions without waiting. */
  readonly now: () => number;
  /** The pseudonymous key of an account in security logs (auth/audit.ts). */
  readonly accountKey: (userId: string) => string;
}

/** A named component of the document given as JSON Schema, for shapes that have no Zod schema yet. */
export interface ComponentRef {
  readonly $ref: `#/components/schemas/${string}`;
}

/** A named response header of the document (docs-schemas.ts: HEADERS). */
export interface HeaderRef {
  readonly $ref: `#/components/headers/${string}`;
}

export type BodySchema = z.ZodType | ComponentRef;

export interface ResponseDoc {
  /** When this answer is given (for errors: in which case, beyond the generic ones). */
  readonly description: string;
  /** The body of a success answer; none means no body (204). Errors give one only to extend the error body. */
  readonly schema?: BodySchema;
  /** The media type of a success answer; JSON unless given (the PDF and FHIR answers are not plain JSON). */
  readonly contentType?: string;
  /** Headers this answer carries, each always present. */
  readonly headers?: Readonly<Record<string, HeaderRef>>;
  /**
   * The handler sends bytes it encoded itself (a PDF, a FHIR Bundle's JSON text): the schema documents
   * them, and Fastify sends them as they are.
   */
  readonly encoded?: boolean;
}

export type Responses = { readonly [status: number]: ResponseDoc };

/** `user`: a session is required; `optional`: used when present. Writes with a session need the CSRF header. */
export type Access = 'public' | 'user' | 'optional';

/** Statuses a handler returns itself (304: a conditional GET whose ETag is current). */
type SuccessStatus = 200 | 201 | 202 | 204 | 304;

/** Serialising never changes a body, so a handler may send readonly data where the schema's type is mutable. */
type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type BodyOf<D> = D extends { readonly encoded: true }
  ? string | Uint8Array
  : D extends { readonly schema: infer S }
    ? S extends z.ZodType
      ? z.output<S> | DeepReadonly<z.output<S>>
      : unknown
    : never;

/** What a handler may return: one of the declared success statuses with a body of its schema's type. */
export type Result<R extends Responses = Responses> = {
  [S in keyof R & SuccessStatus]: R[S] extends { readonly schema: BodySchema }
    ? { readonly status: S; readonly body: BodyOf<R[S]> }
    : { readonly status: S; readonly body?: undefined };
}[keyof R & SuccessStatus];

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

export interface RouteSpec<
  B = undefined,
  Q = undefined,
  P = undefined,
  A extends Access = Access,
  R extends Responses = Responses,
> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify syntax: `/api/v1/episodes/:id`. */
  readonly url: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly access: A;
  readonly body?: z.ZodType<B, unknown>;
  /** Documented body when the handler validates the raw body itself (or the docs need a variant). */
  readonly docBody?: BodySchema;
  readonly query?: z.ZodType<Q, unknown>;
  readonly params?: z.ZodType<P, unknown>;
  /** Accept bodies up to the import limit instead of the normal one. */
  readonly largeBody?: boolean;
  /** Errors as the catalogue's JSON body (default), or as a FHIR OperationOutcome for FHIR answers. */
  readonly errorFormat?: 'json' | 'fhir';
  readonly responses: R;
  readonly handler: (ctx: Ctx<B, Q, P, A>) => Promise<Result<R>>;
}

// Routes of different input types live in one list; the spec's own generics keep each handler typed.
// biome-ignore lint/suspicious/noExplicitAny: type erasure for heterogeneous route lists
export type AnyRoute = RouteSpec<any, any, any, Access, any>;

export function route<
  B = undefined,
  Q = undefined,
  P = undefined,
  A extends Access = Access,
  const R extends Responses = Responses,
>(spec: RouteSpec<B, Q, P, A, R>): AnyRoute {
  return spec as unknown as AnyRoute;
}

export const ok = <T>(body: T) => ({ status: 200, body }) as const;
export const created = <T>(body: T) => ({ status: 201, body }) as const;
export const noContent = () => ({ status: 204 }) as const;

/** The Fastify response schemas of one route, by status (openapi.ts: fastifyResponseSchemas). */
export type ResponseSchemas = Readonly<Record<string, unknown>>;

/** How answers are serialised: each route's schemas by status, and the compiler that makes serialisers. */
export interface Answers {
  readonly schemas: (route: AnyRoute) => ResponseSchemas;
  readonly compiler: (route: { schema: unknown }) => (body: unknown) => string;
}

export function registerRoutes(
  app: FastifyInstance,
  routes: readonly AnyRoute[],
  deps: Deps,
  answers: Answers,
): void {
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.url,
      bodyLimit: spec.largeBody ? deps.config.limits.importBytes : deps.config.limits.bodyBytes,
      schema: { response: answers.schemas(spec) },
      serializerCompiler: answers.compiler,
      ...(spec.errorFormat === 'fhir' ? { errorHandler: handleFhirError } : {}),
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
        const result: { readonly status: number; readonly body?: unknown } = await spec.handler({
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
