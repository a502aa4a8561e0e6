/**
 * Every plural in a translation names each plural category its language has (Intl.PluralRules), so no
 * count falls through to a form that reads wrong: Arabic has six (zero, one, two, few, many, other).
 * Spanish's "many" is the form for exact millions ("1 millón de días"); no count here comes near it, and
 * "other" words it correctly with digits, so Spanish may leave it out.
 */
import {
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, DOMAINS, LANGUAGES, renderer, SOURCE_LANGUAGE } from './catalogs.ts';

const MAY_FALL_BACK_TO_OTHER: Readonly<Record<string, readonly string[]>> = { es: ['many'] };

function pluralsIn(els: MessageFormatElement[], out: { name: string; categories: string[] }[] = []) {
  for (const el of els) {
    if (isPluralElement(el) && el.pluralType === 'cardinal')
      out.push({ name: el.value, categories: Object.keys(el.options) });
    if (isPluralElement(el) || isSelectElement(el))
      for (const option of Object.values(el.options)) pluralsIn(option.value, out);
  }
  return out;
}

describe('plural forms', () => {
  for (const lang of LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE)) {
    it(`${lang}: every plural has a form for each of the language's categories`, () => {
      const needed = new Intl.PluralRules(lang)
        .resolvedOptions()
        .pluralCategories.filter((c) => !(MAY_FALL_BACK_TO_OTHER[lang] ?? []).includes(c));
      const gaps: string[] = [];
      let plurals = 0;
      for (const domain of DOMAINS) {
        for (const [key, text] of Object.entries(CATALOG_FILES[lang]?.[domain] ?? {})) {
          if (key.startsWith('_meta.')) continue;
          for (const p of pluralsIn(parse(text, { ignoreTag: true }))) {
            plurals++;
            const missing = needed.filter((c) => !p.categories.includes(c));
            if (missing.length) gaps.push(`${domain}: ${key} {${p.name}} lacks ${missing.join(', ')}`);
          }
        }
      }
      expect(plurals).toBeGreaterThan(20);
      expect(gaps).toEqual([]);
    });
  }
});

describe('the story chip of how long it has lasted', () => {
  // A story of this morning has lasted 0 days: "For 0 days" reads like nothing, so day 0 has its words.
  it.each([
    ['en', 'Since today', 'For 1 day', 'For 3 days'],
    ['es', 'Desde hoy', 'Desde hace 1 día', 'Desde hace 3 días'],
    ['ar', 'منذ اليوم', 'منذ يوم واحد', 'منذ يومين'],
  ])('%s: day 0, then a count', (lang, today, one, more) => {
    const r = renderer(lang);
    expect(r.text('story.durationChip', { days: 0 })).toBe(today);
    expect(r.text('story.durationChip', { days: 1 })).toBe(one);
    expect(r.text('story.durationChip', { days: lang === 'ar' ? 2 : 3 })).toBe(more);
  });
});
