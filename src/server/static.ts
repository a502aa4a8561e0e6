/**
 * Serves the built web app (web/dist) at `/`, with the cache headers an offline-first app needs:
 * index.html, the service worker and the manifest are revalidated on every load (no-cache) so a deploy
 * reaches people; hashed files under assets/ never change and are cached for a year. Text files go out
 * brotli- or gzip-compressed from the copies the build made. Paths that look like
 * app routes (no file extension) fall back to index.html. Without a build, a small page says how to make one.
 */
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';

/** Files that must be fetched fresh: the entry page, the service worker and its registration, the manifest. */
const ALWAYS_FRESH =
  /^(index\.html|sw\.js|service-worker\.js|registerSW\.js|manifest\.webmanifest|manifest\.json)$/;

export function cacheControlFor(root: string, file: string): string {
  // A compressed copy (sw.js.br) is cached as the file it is a copy of.
  const rel = relative(root, file)
    .split(sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  if (ALWAYS_FRESH.test(basename(rel)) || rel.endsWith('.html')) return REVALIDATE;
  // Vite writes content-hashed names under assets/; workbox runtime chunks carry a hash too.
  if (rel.startsWith('assets/') || /^workbox-[0-9a-f]{6,}\.js$/.test(rel)) return IMMUTABLE;
  return SHORT;
}

function isAppRoute(req: FastifyRequest): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = req.url.split('?')[0] ?? '/';
  if (path.startsWith('/api/') || path === '/api') return false;
  // /diary/today is an app route; /assets/missing.js is a missing file and gets a 404.
  return !/\.[A-Za-z0-9]+$/.test(path);
}

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>BackEase</title></head>
<body>
<h1>BackEase</h1>
<p>The API is running, but the web app has not been built yet.</p>
<p>Run <code>npm run build:web</code> and reload this page (<code>npm start</code> does this for you when it can).</p>
<p>API reference: <a href="/api/docs">/api/docs</a>. Health: <a href="/api/v1/health">/api/v1/health</a>.</p>
</body>
</html>
`;

/**
 * Registers the web app routes. Returns the fallback for unmatched requests: it answers app routes and
 * returns false for everything else (the caller sends a 404).
 */
export async function registerWebApp(
  app: FastifyInstance,
  webDist: string,
): Promise<(req: FastifyRequest, reply: FastifyReply) => Promise<boolean>> {
  const built = existsSync(join(webDist, 'index.html'));
  if (!built) {
    app.get('/', async (_req, reply) =>
      reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE),
    );
    return async (req, reply) => {
      if (!isAppRoute(req)) return false;
      await reply
        .code(404)
        .header('cache-control', REVALIDATE)
        .type('text/html; charset=utf-8')
        .send(NOT_BUILT_PAGE);
      return true;
    };
  }
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    wildcard: true,
    index: 'index.html',
    // Our setHeaders decides per file; send's default max-age would apply one policy to all.
    cacheControl: false,
    dotfiles: 'ignore', // as if absent: 404, not a 403 that confirms the file exists
    // The build wrote name.br and name.gz beside each text file (web/scripts/precompress.ts): sent as
    // they are, with Content-Encoding and Vary: Accept-Encoding, to clients that accept them.
    preCompressed: true,
    setHeaders: (reply, file) => {
      reply.header('cache-control', cacheControlFor(webDist, file));
    },
  });
  return async (req, reply) => {
    if (!isAppRoute(req)) return false;
    await reply.header('cache-control', REVALIDATE).sendFile('index.html');
    return true;
  };
}
