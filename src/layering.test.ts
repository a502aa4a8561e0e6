/**
 * The pure core stays pure: the engine, the knowledge base, the contract, the diary model, insights,
 * the FHIR mapping, the message catalogs and renderer, the hazard log and its report, the story parser
 * and the summary model import nothing from the server, the store, the CLI, Node's own modules or the
 * DOM, and never read the clock or the environment, so they run unchanged in the browser and give the
 * same answer for the same input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const PURE_DIRS = [
  'src/contract',
  'src/knowledge',
  'src/engine',
  'src/diary',
  'src/insights',
  'src/fhir',
  'src/i18n',
  'src/safety',
  'src/parse',
];
const PURE_FILES = ['src/report/summary.ts', 'src/report/summary-words.ts'];
/** Test support that runs only in Node (schema validation for tests). */
const NOT_SHIPPED = /(\.test\.ts$|\/testing\/)/;

function files(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const pure = [...PURE_DIRS.flatMap(files), ...PURE_FILES].filter((f) => !NOT_SHIPPED.test(f));

const FORBIDDEN_IMPORTS = [
  /^node:/,
  /\/(server|store|cli)\//,
  /^(fastify|kysely|pg|better-sqlite3|pdfkit|commander)$/,
  /^@fastify\//,
];
const FORBIDDEN_CALLS = [/process\.env/, /\bDate\.now\(\)/, /new Date\(\)/, /\bdocument\./, /\bwindow\./];

describe('layering of the pure core', () => {
  it('covers the core files', () => {
    expect(pure.length).toBeGreaterThan(30);
    expect(pure).toContain('src/engine/interview.ts');
  });

  it.each(pure)('%s imports no I/O, server, store, CLI or DOM and reads no clock or environment', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map(
      (m) => m[1] as string,
    );
    for (const spec of imports) {
      for (const bad of FORBIDDEN_IMPORTS)
        expect(spec, `${relative(root, file)} imports ${spec}`).not.toMatch(bad);
    }
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const bad of FORBIDDEN_CALLS) expect(code, `${file} uses ${bad}`).not.toMatch(bad);
  });
});
