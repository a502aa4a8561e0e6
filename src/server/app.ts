/**
 * The Fastify application: security headers, cookies, the optional per-process request limit, the API
 * routes, the OpenAPI document and its HTML page, and the web app. It holds no state of its own beyond
 * configuration: sessions and rate-limit counters live in the store, so any number of processes can
 * serve one database.
 */

import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { Logger } from 'pino';
import type { Config, DatabaseConfig } from '../config/config.ts';
import { msg } from '../i18n/message.ts';
import type { Store } from '../store/store.ts';
import { ACCOUNT_KEY_SECRET, accountKeyer } from './auth/audit.ts';
import { Passwords } from './auth/passwords.ts';
import { compressAnswer } from './compression.ts';
import { DOCS_CSS, renderDocsPage } from './docs-page.ts';
import { handleError } from './errors.ts';
import { apiError } from './http-error.ts';
import { Jobs } from './jobs/jobs.ts';
import { registerJsonParser } from './json-body.ts';
import { createLogger } from './logging.ts';
import { buildOpenApi, fastifyResponseSchemas, type OpenApiDocument, serialiserCompiler } from './openapi.ts';
import { type AnyRoute, type Deps, type EndpointOf, registerRoutes } from './route.ts';
import { accountSecurityRoutes } from './routes/account-security.ts';
import { authRoutes } from './routes/auth.ts';
import { contractRoutes } from './routes/contract.ts';
import { dataRightsRoutes } from './routes/data-rights.ts';
import { diaryRoutes } from './routes/diary.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { operationsRoutes } from './routes/operations.ts';
import { parseRoutes } from './routes/parse.ts';
import { reportRoutes } from './routes/reports.ts';
import { securityHeaders } from './security.ts';
import { registerWebApp } from './static.ts';

export const API_ROUTES = [
  ...contractRoutes,
  ...operationsRoutes,
  ...parseRoutes,
  ...authRoutes,
  ...accountSecurityRoutes,
  ...diaryRoutes,
  ...dataRightsRoutes,
  ...reportRoutes,
  ...feedbackRoutes,
] satisfies readonly AnyRoute[];

/** Every route as a client sees it (method, URL template, body, query, answer): for typed clients. */
export type ApiEndpoint = EndpointOf<(typeof API_ROUTES)[number]>;

/** A request slower than this is logged at info (others only at debug). */
export const SLOW_REQUEST_MS = 1000;

/**
 * No "incoming request" and "request completed" pair per request at info: a load balancer's access log
 * has those, and two JSON lines a request cost the health check a large share of its throughput. One
 * line a request at debug; at info only a slow one (and, as before, errors, refusals and events).
 */
class QuietRequests extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, req: FastifyRequest, reply: FastifyReply): void {
    const responseTime = reply.elapsedTime;
    if (error) req.log.error({ req, res: reply, err: error, responseTime }, 'request errored');
    else if (responseTime >= SLOW_REQUEST_MS) req.log.info({ req, res: reply, responseTime }, 'slow request');
    else req.log.debug({ req, res: reply, responseTime }, 'request completed');
  }
}

let document: OpenApiDocument | undefined;

/** The API document: made once per process, since the routes and their schemas never change. */
export function apiDocument(): OpenApiDocument {
  document ??= buildOpenApi(API_ROUTES);
  return document;
}

/** A hop count becomes the function form, which is what Fastify's types accept for it. */
function trustProxy(
  v: Config['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof v === 'number') return (_address, hop) => hop < v;
  return typeof v === 'boolean' ? v : [...v];
}

export interface AppOptions {
  /** A logger to use instead of one made from config.logLevel (tests capture the output this way). */
  readonly logger?: Logger;
  /** The clock; tests move it to expire sessions. */
  readonly now?: () => number;
  /**
   * Where the store's database is, so worker threads can open it for the heavy jobs (the server gives
   * its configuration's). Without it those jobs run on this thread, under the same limits.
   */
  readonly jobDatabase?: DatabaseConfig;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's heavy jobs (tests hold a slot to provoke the queue's 429). */
    jobs: Jobs;
  }
}

export async function buildApp(
  config: Config,
  store: Store,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (options.logger ?? createLogger(config.logLevel)) as FastifyBaseLogger,
    trustProxy: trustProxy(config.trustProxy),
    bodyLimit: config.limits.bodyBytes,
    // Bodies with "__proto__" or "constructor.prototype" keys are refused outright (400), not sanitised.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    logController: new QuietRequests(),
    // A request (headers and body) must arrive whole within this time, however slowly it trickles in:
    // otherwise a client sending a byte every few seconds holds a connection for ever. Node checks the
    // open connections every connectionsCheckingInterval, so the cut comes at most a second late.
    requestTimeout: config.timeouts.requestMs,
    http: {
      headersTimeout: Math.min(config.timeouts.requestMs, 60_000),
      connectionsCheckingInterval: Math.min(1000, config.timeouts.requestMs),
    },
    routerOptions: { maxParamLength: 200 },
    // Errors found before routing (a URL that cannot be decoded) get the catalogue's body too.
    frameworkErrors: (error, req, reply) =>
      handleError(
        error.code === 'FST_ERR_BAD_URL' ? apiError('invalid_value', msg('error.badUrl')) : error,
        req,
        reply,
      ),
  });

  const deps: Deps = {
    config,
    store,
    passwords: new Passwords(config.passwordHash),
    now: options.now ?? Date.now,
    accountKey: accountKeyer(await store.security.secret(ACCOUNT_KEY_SECRET)),
    jobs: new Jobs(config.jobs, store, options.jobDatabase),
  };
  app.decorate('jobs', deps.jobs);
  app.addHook('onClose', async () => deps.jobs.close());

  registerJsonParser(app);
  app.setErrorHandler(handleError);
  await app.register(fastifyCookie);
  // The same security headers on every answer, made once (security.ts); set first, so errors carry them.
  const security = securityHeaders(config);
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of security) reply.header(name, value);
    done();
  });
  if (config.rateLimits.requestsPerMinute > 0) {
    // A per-process flood guard (memory, resets on restart): with N processes the effective limit is
    // N times this. The limits that protect passwords are the database-backed ones in auth/limits.ts.
    // It guards the API only: the web app's files are precompressed and cheap, and a first visit fetches
    // about 110 of them at once (the service worker precaches the app), so counting them would lock out
    // everyone behind one address after a few first visits (a clinic's wifi; the browser tests).
    await app.register(fastifyRateLimit, {
      max: config.rateLimits.requestsPerMinute,
      timeWindow: 60_000,
      allowList: (req) => !req.url.startsWith('/api/'),
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(new Error('rate limited'), { statusCode: 429, retryAfter: ctx.after }),
    });
  }

  // One hook, not a promise, on the way out of every answer.
  app.addHook('onSend', (req, reply, payload, done) => {
    // Diary and account answers are personal: never kept by a browser or proxy cache.
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    compressAnswer(req, reply, payload, done);
  });

  // Answers are serialised through the document's schemas: nothing it does not declare is ever sent.
  const openApi = apiDocument();
  registerRoutes(app, API_ROUTES, deps, {
    schemas: (route) => fastifyResponseSchemas(openApi, route),
    compiler: serialiserCompiler(openApi),
  });

  const docsPage = renderDocsPage(openApi);
  app.get('/api/openapi.json', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').send(openApi),
  );
  app.get('/api/docs', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(docsPage),
  );
  app.get('/api/docs/docs.css', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').type('text/css; charset=utf-8').send(DOCS_CSS),
  );

  // A GET under /api/ that is no route is the API's JSON 404. Without this the web app's wildcard route
  // would take it, and answer odd paths (a backslash, a "..") with a 403 or the app's page.
  app.get('/api/*', async (req, reply) =>
    handleError(apiError('not_found', msg('error.nothingHere')), req, reply),
  );

  const webFallback = await registerWebApp(app, config.webDist);
  app.setNotFoundHandler(async (req, reply) => {
    if (await webFallback(req, reply)) return reply;
    return handleError(apiError('not_found', msg('error.nothingHere')), req, reply);
  });

  return app;
}
