import { describe, expect, it } from 'vitest';
import { renderer } from './catalogs.ts';
import { localeDigits, numberingSystem } from './digits.ts';
import { day, list, msg } from './message.ts';

const western = renderer('ar');
const arabicIndic = renderer('ar', { digits: 'arab' });
const ARABIC_INDIC = /[\u0660-\u0669]/;

describe('digits in Arabic: Western by default, Arabic-Indic when the person chooses them', () => {
  it('picks the numbering system from the digits option', () => {
    expect(numberingSystem(western.locale)).toBe('latn');
    expect(numberingSystem(arabicIndic.locale)).toBe('arab');
    expect(arabicIndic.lang).toBe('ar');
    expect(renderer('ar', { digits: 'latn' }).locale).toBe('ar-u-nu-latn');
  });

  it('writes plain {value} numbers and the numbers written in the template in the chosen digits', () => {
    const pain = msg('evidence.pain', { label: 'درجة الألم', value: 7 });
    expect(western.render(pain)).toBe('درجة الألم: 7 من 10');
    expect(arabicIndic.render(pain)).toBe('درجة الألم: ٧ من ١٠');
  });

  it('writes plural counts (#) and picks the Arabic plural form', () => {
    const days = (n: number) => arabicIndic.text('nudge.episode.notOver', { day: '-', days: n });
    expect(days(1)).toContain('يوم واحد');
    expect(days(2)).toContain('يومين');
    expect(days(3)).toContain('٣ أيام');
    expect(days(11)).toContain('١١ يومًا');
    expect(days(100)).toContain('١٠٠ يوم ');
    expect(western.text('nudge.episode.notOver', { day: '-', days: 11 })).toContain('11 يومًا');
  });

  it('writes dates, lists and Intl numbers in the chosen digits', () => {
    const nudge = msg('nudge.follow_assessment.gp', { day: day('2026-11-03') });
    expect(western.render(nudge)).toContain('2026');
    expect(arabicIndic.render(nudge)).toContain('٢٠٢٦');
    expect(arabicIndic.render(nudge)).not.toMatch(/\d/);
    expect(arabicIndic.render(msg('nudge.recurrent.worse', { pains: list([6, 7, 9]) }))).toContain('٦');
    expect(arabicIndic.number(0.4, { style: 'percent' })).toMatch(ARABIC_INDIC);
    expect(western.number(0.4, { style: 'percent' })).toContain('40');
  });

  it('keeps ASCII digits inside technical tokens, which are typed or copied as they are', () => {
    const paper = arabicIndic.text('error.paper', { paper: 'a5' });
    expect(paper).toContain('"a4"');
    expect(paper).toContain('"a5"');
    expect(arabicIndic.text('error.csrf')).toContain('/api/v1/auth/session');
    expect(arabicIndic.text('error.badUrl')).toContain('%20');
  });
});

describe('numbers in other languages', () => {
  it('writes a plain decimal the reader’s way: 4,5 in Spanish, 4.5 in English', () => {
    const stats = { count: 3, min: 2, max: 7, mean: 4.5 };
    expect(renderer('es').text('visit.painStats', stats)).toBe(
      '3 registros: mínimo 2, máximo 7, media 4,5 de 10.',
    );
    expect(renderer('en').text('visit.painStats', stats)).toBe(
      '3 check-ins: lowest 2, highest 7, average 4.5 out of 10.',
    );
  });

  it('does not group years or counts, as String() did', () => {
    expect(renderer('en').text('error.received.value', { value: 2026 })).toBe('2026');
    expect(renderer('es').text('error.received.value', { value: 12345 })).toBe('12345');
  });
});

describe('localeDigits', () => {
  it('rewrites quantities, decimals and percentages, and leaves Western-digit locales alone', () => {
    expect(localeDigits('38 °C, 0.55, 45% من 100', 'ar-u-nu-arab')).toBe('٣٨ °C, ٠٫٥٥, ٤٥٪ من ١٠٠');
    expect(localeDigits('38 °C, 0.55', 'ar-u-nu-latn')).toBe('38 °C, 0.55');
    expect(localeDigits('بـ4 إلى 6 ساعات', 'ar-u-nu-arab')).toBe('بـ٤ إلى ٦ ساعات');
  });

  it('leaves digits that belong to a word or a token', () => {
    expect(localeDigits('a4 api/v1 %20 evidence[0] U+1D11E', 'ar-u-nu-arab')).toBe(
      'a4 api/v1 %20 evidence[0] U+1D11E',
    );
  });
});
