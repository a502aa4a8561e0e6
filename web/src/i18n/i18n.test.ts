import { describe, expect, it } from 'vitest';
import { LANGUAGES, preferredLanguage, t } from './i18n.ts';

describe('i18n', () => {
  it('finds the languages from the catalog files', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES.some((l) => l.startsWith('kb.'))).toBe(false);
  });

  it('fills in parameters and picks the plural form', () => {
    expect(t('header.emergency', { number: '999' })).toBe('Emergency? Call 999');
    expect(t('sources.summary', { count: 1 })).toBe('Source');
    expect(t('sources.summary', { count: 3 })).toBe('Sources (3)');
  });

  it('shows the key for a missing text, so it is seen and fixed', () => {
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('prefers the saved language, then the browser, then English', () => {
    expect(preferredLanguage('en', ['fr-FR'])).toBe('en');
    expect(preferredLanguage(null, ['xx-YY', 'en-GB'])).toBe('en');
    expect(preferredLanguage('zz', ['zz'])).toBe('en');
  });
});
