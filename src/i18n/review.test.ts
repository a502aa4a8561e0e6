/**
 * Every translation is recorded against the English it was made from (review.ts). When the English of
 * a key changes and its translation is not refreshed, or a key has no translation, this fails naming
 * the keys; `npm run i18n:status -- --keys` shows them with their English, and
 * `npm run i18n -- stamp <lang> <domain> --stale` records the refreshed translations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, catalog, DOMAINS, LANGUAGES, SOURCE_LANGUAGE } from './catalogs.ts';
import {
  domainState,
  parseReview,
  REVIEW_ABOUT,
  type ReviewFile,
  reviewDomain,
  reviewPath,
  serialiseReview,
  sourceHash,
  stamp,
} from './review.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const english = CATALOG_FILES[SOURCE_LANGUAGE];
const translated = LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE);

const readReview = (lang: string, domain: string): ReviewFile =>
  parseReview(readFileSync(join(root, reviewPath(lang, domain)), 'utf8'));

describe('the shipped translations', () => {
  it('are Spanish and Arabic besides English', () => {
    expect([...LANGUAGES].sort()).toEqual(['ar', 'en', 'es']);
    expect(catalog('ar').dir).toBe('rtl');
    expect(catalog('es').dir).toBe('ltr');
  });

  for (const lang of translated) {
    for (const domain of DOMAINS) {
      it(`${lang}/${domain}: every key is translated from today's English (else refresh and stamp it)`, () => {
        const r = reviewDomain(
          lang,
          domain,
          english?.[domain] ?? {},
          CATALOG_FILES[lang]?.[domain] ?? {},
          readReview(lang, domain),
        );
        expect(r.total).toBeGreaterThan(0);
        expect({
          stale: r.stale,
          missing: r.missing,
          unrecorded: r.unrecorded,
          orphaned: r.orphaned,
        }).toEqual({
          stale: [],
          missing: [],
          unrecorded: [],
          orphaned: [],
        });
        // The file's own claim agrees with its entries: "reviewed" only once every entry is.
        const claimed = CATALOG_FILES[lang]?.[domain]['_meta.review'];
        if (claimed !== undefined) expect(claimed).toBe(domainState(r));
      });
    }
  }

  it('are machine translations, not yet reviewed by a native-speaking clinician (as the README says)', () => {
    for (const lang of translated) {
      expect(catalog(lang).review).toBe('machine');
      const reviewed = DOMAINS.flatMap((d) =>
        Object.values(readReview(lang, d).entries).filter((e) => e.state === 'reviewed'),
      );
      expect(reviewed).toEqual([]);
    }
  });
});

describe('review state', () => {
  const en = { '_meta.lang': 'en', 'a.one': 'One apple', 'a.two': 'Two apples', 'a.three': 'Three' };
  const es = { '_meta.lang': 'es', 'a.one': 'Una manzana', 'a.two': 'Dos manzanas', 'a.three': 'Tres' };
  const fresh = stamp({ about: REVIEW_ABOUT, entries: {} }, en, ['a.one', 'a.two', 'a.three'], {
    state: 'machine',
  });

  it('hashes the English text: stable, 16 hex digits, different for a changed text', () => {
    expect(sourceHash('One apple')).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash('One apple')).toBe(sourceHash('One apple'));
    expect(sourceHash('One apple')).not.toBe(sourceHash('One apple.'));
    // FNV-1a 64 of the empty text is its offset basis.
    expect(sourceHash('')).toBe('cbf29ce484222325');
  });

  it('names the stale key when the English changes and the translation was not refreshed', () => {
    const changed = { ...en, 'a.two': 'Two green apples' };
    const r = reviewDomain('es', 'web', changed, es, fresh);
    expect(r.stale).toEqual(['a.two']);
    expect(r.machine).toBe(2);
    expect(domainState(r)).toBe('machine');
    const refreshed = stamp(fresh, changed, r.stale, { state: 'machine' });
    expect(reviewDomain('es', 'web', changed, es, refreshed).stale).toEqual([]);
  });

  it('names missing, unrecorded and orphaned keys', () => {
    const more = { ...en, 'a.four': 'Four' };
    const { 'a.three': _dropped, ...fewer } = es;
    const withOld = { ...fewer, 'a.gone': 'Se fue', 'a.four': 'Cuatro' };
    const r = reviewDomain('es', 'web', more, withOld, fresh);
    expect(r.missing).toEqual(['a.three']);
    expect(r.unrecorded).toEqual(['a.four']);
    expect(r.orphaned).toEqual(['a.gone']);
  });

  it('marks a domain reviewed only when every entry is, and a refresh makes an entry machine again', () => {
    const signed = stamp(fresh, en, ['a.one', 'a.two', 'a.three'], {
      state: 'reviewed',
      by: 'Dr A',
      on: '2027-01-05',
    });
    const r = reviewDomain('es', 'web', en, es, signed);
    expect([r.reviewed, r.machine, domainState(r)]).toEqual([3, 0, 'reviewed']);
    expect(signed.entries['a.one']).toMatchObject({ by: 'Dr A', on: '2027-01-05' });
    const again = stamp(signed, en, ['a.two'], { state: 'machine' });
    expect(domainState(reviewDomain('es', 'web', en, es, again))).toBe('machine');
    expect(again.entries['a.two']).toEqual({ state: 'machine', source: sourceHash('Two apples') });
  });

  it('round-trips through its file, one entry a line, and rejects a malformed one', () => {
    const text = serialiseReview(fresh);
    expect(parseReview(text)).toEqual(fresh);
    expect(text.split('\n').filter((l) => l.includes('"state"'))).toHaveLength(3);
    expect(() => parseReview('{"entries":{"a.one":{"state":"done","source":"x"}}}')).toThrow(/a\.one/);
  });
});
