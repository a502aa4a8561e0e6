/**
 * Production build of the web app (web/dist), then a JavaScript size report: every chunk gzipped, the
 * total the first screen loads (the entry and its static imports, from Vite's manifest) and the total
 * for the path to the first question (plus the check screen, the engine, the knowledge base and the
 * English words they wait for).
 * Fails when the first screen is over its budget of 20 KB gzipped. Text files are then precompressed
 * (brotli and gzip copies beside them, precompress.ts) for the server to send as they are.
 *
 * The build is made in a folder of its own and published in one step (publish-build.ts): web/dist is
 * never half-written or empty, so servers running or starting meanwhile serve the old app or the new one.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { precompress } from './precompress.ts';
import { newBuildDir, publishBuild } from './publish-build.ts';

/**
 * The first screen's JavaScript, gzipped: what a cheap phone on a slow network waits for. Issue 13 asks
 * for 20 KB. It was 23.8 KB while the words of every screen came with it (8.4 KB of it); with the interface
 * catalog split (web.json for the first screen, screens.json loaded with the other screens,
 * web/src/i18n/screen-words.test.ts) it is 16.7 KB, most of it Preact with the shared components (9.3 KB).
 */
export const FIRST_SCREEN_BUDGET = 20 * 1024;

const webRoot = fileURLToPath(new URL('..', import.meta.url));
// Where the server reads it (WEB_DIST, as in src/config/config.ts), so `npm start` builds what it serves.
const published = process.env.WEB_DIST ? resolve(process.env.WEB_DIST) : join(webRoot, 'dist');
const dist = newBuildDir(published);

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

// A test runner may have set NODE_ENV=test, which would make Vite build development code (no service worker).
process.env.NODE_ENV = 'production';
try {
  await build({
    configFile: join(webRoot, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
} catch (error) {
  rmSync(dist, { recursive: true, force: true });
  throw error;
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestEntry
>;
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A chunk and everything it imports statically: what the browser must fetch before it runs. */
function closure(keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const e = manifest[key];
    if (!e || files.has(e.file)) return;
    files.add(e.file);
    for (const i of e.imports ?? []) visit(i);
  };
  for (const k of keys) visit(k);
  return files;
}

const jsFiles = [...new Set(Object.values(manifest).map((e) => e.file))].filter((f) => f.endsWith('.js'));
const rows = jsFiles
  .map((f) => ({ file: f, raw: readFileSync(join(dist, f)).length, gzip: gz(f) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('\nJavaScript chunks (gzip level 9):');
for (const r of rows)
  console.log(`  ${r.file.padEnd(48)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gzip).padStart(9)}`);

const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string;
const first = closure([entryKey]);
const sum = (files: Set<string>) =>
  [...files].filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
const firstTotal = sum(first);
// The check's code, and the English words it waits for: the screens' (LazyScreen) and the knowledge catalog.
const checkKeys = Object.keys(manifest).filter((k) =>
  /check-screen\.tsx$|catalogs\/en\/(screens|core|knowledge|report)\.json$/.test(k),
);
const checkTotal = sum(new Set([...first, ...closure(checkKeys)]));
console.log(`\nFirst screen JavaScript: ${kb(firstTotal)} gzipped (budget ${kb(FIRST_SCREEN_BUDGET)})`);
console.log(
  `First screen + the check (engine, knowledge base and their English words): ${kb(checkTotal)} gzipped`,
);
console.log(`Total JavaScript: ${kb(rows.reduce((s, r) => s + r.gzip, 0))} gzipped`);
if (firstTotal > FIRST_SCREEN_BUDGET) {
  console.error('First screen JavaScript is over budget; web/dist is left as it was.');
  rmSync(dist, { recursive: true, force: true });
  process.exit(1);
}
// Compressed once here, served as they are (src/server/static.ts).
const compressed = precompress(dist);
const brOf = new Map(compressed.map((c) => [c.file, c.br]));
const firstBr = [...first].filter((f) => f.endsWith('.js')).reduce((s, f) => s + (brOf.get(f) ?? 0), 0);
console.log(
  `Precompressed ${compressed.length} files (.br and .gz); the first screen's JavaScript as served with brotli: ${kb(firstBr)}`,
);
publishBuild(published, dist);
