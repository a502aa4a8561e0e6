import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, preferredLanguage, t } from './i18n.ts';

type I18n = typeof import('./i18n.ts');

/** A fresh copy of the module (nothing loaded yet), as a page has on its first load. */
async function freshI18n(): Promise<I18n> {
  vi.resetModules();
  return import('./i18n.ts');
}

beforeAll(() => {
  // setLanguage marks <html lang dir>; Node has no page.
  vi.stubGlobal('document', { documentElement: { lang: '', dir: '' } });
});

describe('i18n', () => {
  it('finds the languages from the catalog files', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES.some((l) => l.startsWith('kb.'))).toBe(false);
  });

  it('fills in parameters and picks the plural form', async () => {
    expect(t('header.emergency', { number: '999' })).toBe('Emergency? Call 999');
    const i18n = await freshI18n();
    await i18n.loadScreenCatalog();
    expect(i18n.t('sources.summary', { count: 1 })).toBe('Source');
    expect(i18n.t('sources.summary', { count: 3 })).toBe('Sources (3)');
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

describe('the words of the screens after the first', () => {
  it('come with loadScreenCatalog, not with the first screen', async () => {
    const i18n = await freshI18n();
    expect(i18n.t('diary.title')).toBe('diary.title');
    expect(i18n.t('home.title')).toBe('Back pain or a back spasm? Find your next step');
    await i18n.loadScreenCatalog();
    expect(i18n.t('diary.title')).toBe('My pain diary');
  });

  it('are loaded in the language of the page', async () => {
    const i18n = await freshI18n();
    await i18n.setLanguage('es');
    expect(i18n.t('home.title')).toBe('¿Dolor o espasmo de espalda? Descubra su siguiente paso');
    await i18n.loadScreenCatalog();
    expect(i18n.t('diary.title')).toBe('Mi diario del dolor');
  });

  it('follow a language switch once loaded, and are there when the switch is done', async () => {
    const i18n = await freshI18n();
    await i18n.loadScreenCatalog();
    await i18n.setLanguage('ar');
    expect(i18n.t('diary.title')).toBe('يوميات ألمي');
    expect(i18n.direction()).toBe('rtl');
    await i18n.setLanguage('en');
    expect(i18n.t('diary.title')).toBe('My pain diary');
  });

  it('are in the new language when asked for while a switch is under way', async () => {
    const i18n = await freshI18n();
    const switching = i18n.setLanguage('ar');
    const loading = i18n.loadScreenCatalog();
    await Promise.all([switching, loading]);
    expect(i18n.currentLanguage()).toBe('ar');
    expect(i18n.t('diary.title')).toBe('يوميات ألمي');
  });

  it('are in the new language when the language changes while they load', async () => {
    const i18n = await freshI18n();
    const loading = i18n.loadScreenCatalog();
    const switching = i18n.setLanguage('es');
    await loading;
    // The screen that asked draws now, in the page's language whichever it is by then (never a key).
    expect(i18n.t('diary.title')).toBe(
      i18n.currentLanguage() === 'es' ? 'Mi diario del dolor' : 'My pain diary',
    );
    await switching;
    expect(i18n.t('diary.title')).toBe('Mi diario del dolor');
  });

  it('take the last of several quick switches', async () => {
    const i18n = await freshI18n();
    await i18n.loadScreenCatalog();
    await Promise.all([i18n.setLanguage('ar'), i18n.setLanguage('es')]);
    expect(i18n.currentLanguage()).toBe('es');
    expect(i18n.t('diary.title')).toBe('Mi diario del dolor');
  });
});
