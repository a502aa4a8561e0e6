/**
 * Every catalog entry a person can see, in every language whose catalog files exist, is checked for
 * forbidden claims (forbidden-phrases.ts). The languages are read from the directory, not from a list,
 * so Spanish and Arabic are checked the day their files land.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILES } from '../i18n/catalogs.ts';
import { CLAIM_KINDS, FORBIDDEN_PHRASES, findClaims } from './forbidden-phrases.ts';

const catalogsDir = join(import.meta.dirname, '..', 'i18n', 'catalogs');
const languages = readdirSync(catalogsDir).filter((d) => statSync(join(catalogsDir, d)).isDirectory());

/** Every string a catalog value holds: a plain message, or the strings inside an entry with more fields. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every entry a person can see in one language: each file's keys, without the catalog's own `_meta`. */
function entries(lang: string): { where: string; text: string }[] {
  const dir = join(catalogsDir, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) =>
      Object.entries(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>)
        .filter(([key]) => !key.startsWith('_meta.'))
        .flatMap(([key, value]) => strings(value).map((text) => ({ where: `${lang}/${f} ${key}`, text }))),
    );
}

describe('forbidden claims', () => {
  it('has a list with reasons for every shipped language', () => {
    // The directory and the bundled catalogs agree, so nothing shipped escapes the scan.
    expect(languages).toEqual(expect.arrayContaining(Object.keys(CATALOG_FILES)));
    expect(languages).toContain('en');
    for (const lang of languages) {
      const list = FORBIDDEN_PHRASES[lang];
      expect(
        list,
        `no forbidden-phrase list for "${lang}": add one to src/safety/forbidden-phrases.ts`,
      ).toBeDefined();
      expect(new Set(list?.map((p) => p.kind))).toEqual(new Set(CLAIM_KINDS));
      for (const p of list ?? []) expect(p.reason.length, p.id).toBeGreaterThan(30);
    }
  });

  it('finds each kind of forbidden claim in a planted text (the check can fail)', () => {
    for (const [lang, list] of Object.entries(FORBIDDEN_PHRASES)) {
      for (const p of list) {
        expect(
          findClaims(p.example, [p]).map((c) => c.phrase.id),
          `${lang} ${p.id} misses its example`,
        ).toContain(p.id);
        for (const a of p.allowed ?? [])
          expect(findClaims(a.example, [p]), `${lang} ${p.id} flags its allowed example`).toEqual([]);
      }
      // A planted entry among real ones is found too.
      const planted = `${list[0]?.example ?? ''} ${list.at(-1)?.example ?? ''}`;
      expect(findClaims(planted, list).length, lang).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves honest words alone that hold a forbidden word inside them', () => {
    const ar = FORBIDDEN_PHRASES.ar ?? [];
    // احتمال (likelihood) holds the letters of حتمًا (certainly); the word itself is still caught.
    expect(findClaims('التدخين يزيد احتمال مشكلات الشرايين، ويجعلها أكثر احتمالًا.', ar)).toEqual([]);
    expect(findClaims('هذا حتمًا شد عضلي.', ar).map((c) => c.phrase.kind)).toContain('certainty');
    expect(findClaims('وحتمًا سيزول.', ar).map((c) => c.phrase.kind)).toContain('certainty');
  });

  it('no catalog entry a person can see, in any shipped language, makes a forbidden claim', () => {
    const found: string[] = [];
    let scanned = 0;
    for (const lang of languages) {
      for (const e of entries(lang)) {
        scanned++;
        for (const c of findClaims(e.text, FORBIDDEN_PHRASES[lang] ?? []))
          found.push(`${e.where}: "${c.match}" (${c.phrase.kind}) in "${c.sentence}"`);
      }
    }
    expect(scanned).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });
});
