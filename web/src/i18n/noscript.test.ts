/**
 * The one text the catalogs cannot reach at run time: index.html's <noscript>, read by someone whose
 * browser runs no JavaScript. It says the catalog's `app.noscript` in every shipped language, each in a
 * paragraph with its own lang (and dir), so it is never English-only and never out of step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, LANGUAGES } from '../../../src/i18n/catalogs.ts';

const html = readFileSync(join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';

describe('the page without JavaScript', () => {
  it("says the catalog's words in every shipped language, each marked with its language", () => {
    const paragraphs = [...noscript.matchAll(/<p lang="([a-z]+)"( dir="rtl")?>([^<]*)<\/p>/g)].map((m) => ({
      lang: m[1],
      rtl: m[2] !== undefined,
      text: m[3],
    }));
    expect(paragraphs.map((p) => p.lang).sort()).toEqual([...LANGUAGES].sort());
    for (const p of paragraphs) {
      const c = catalog(p.lang as string);
      expect(p.text, p.lang).toBe(c.messages['app.noscript']);
      expect(p.rtl, p.lang).toBe(c.dir === 'rtl');
    }
  });
});
