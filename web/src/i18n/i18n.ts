/**
 * The web app's words: the shared catalogs of src/i18n/catalogs (one folder per language, one file per
 * domain) rendered by the shared renderer (src/i18n/render.ts), the same one the CLI, the server and the
 * PDF use. Only the first screen's words (web.json: the shell, home, the banners) come with the first
 * screen. Each other screen waits for the rest of the interface's words (screens.json, loadScreenCatalog:
 * LazyScreen loads them with the screen's code), and the check, the result, the diary and the visit
 * summary for the core and knowledge-base words (loadKnowledgeCatalog). A domain once loaded follows every
 * language switch. Adding a language is adding its folder; `_meta.dir` sets the page direction, so
 * right-to-left languages need no code change either.
 */
import { type CatalogMessages, mergeCatalog } from '../../../src/i18n/catalog.ts';
import en from '../../../src/i18n/catalogs/en/web.json' with { type: 'json' };
import { localeFor } from '../../../src/i18n/locale.ts';
import type { Message, MessageParam } from '../../../src/i18n/message.ts';
import { Renderer } from '../../../src/i18n/render.ts';
import { PseudoRenderer, pseudoMark, pseudoOn } from './pseudo.ts';

export type Params = Readonly<Record<string, MessageParam>>;

type Loaders = Record<string, () => Promise<CatalogMessages>>;

// One glob per domain, so each language's file of each domain is a chunk of its own (precached by the
// service worker like every chunk: web/vite.config.ts).
const LOADERS: Readonly<Record<string, Loaders>> = {
  web: import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/web.json', { import: 'default' }),
  screens: import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/screens.json', {
    import: 'default',
  }),
  core: import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/core.json', { import: 'default' }),
  knowledge: import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/knowledge.json', {
    import: 'default',
  }),
  report: import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/report.json', {
    import: 'default',
  }),
};

const langOf = (path: string) => path.split('/').at(-2) ?? 'en';

/** Languages with a web catalog, e.g. ["ar", "en", "es"]. */
export const LANGUAGES: readonly string[] = Object.keys(LOADERS.web ?? {})
  .map(langOf)
  .sort();

/** Domain files in hand, by "lang/domain". English's first-screen words are in the entry chunk. */
const loaded = new Map<string, CatalogMessages>([['en/web', en]]);
/** The domains the app has asked for so far, in merge order; every language switch loads them all. */
const wanted: string[] = ['web'];

async function ensure(code: string, domains: readonly string[]): Promise<void> {
  await Promise.all(
    domains
      .filter((d) => !loaded.has(`${code}/${d}`))
      .map(async (d) => {
        const file = LOADERS[d]?.[`../../../src/i18n/catalogs/${code}/${d}.json`];
        loaded.set(`${code}/${d}`, file ? await file() : {});
      }),
  );
}

const filesOf = (code: string) => wanted.map((d) => loaded.get(`${code}/${d}`) ?? {});
const own = (): CatalogMessages => loaded.get(`${lang}/web`) ?? en;

let lang = 'en';
let switches = 0;
let renderer = build();

function build(): Renderer {
  const R = pseudoOn() ? PseudoRenderer : Renderer;
  return new R(mergeCatalog(lang, filesOf(lang)), mergeCatalog('en', filesOf('en')), {
    locale: formatLocale(),
  });
}

export function currentLanguage(): string {
  return lang;
}

/** How far the current language's words have been checked ("source" for English). */
export function reviewState(): string {
  return own()['_meta.review'] ?? 'source';
}

export function direction(): 'ltr' | 'rtl' {
  return own()['_meta.dir'] === 'rtl' ? 'rtl' : 'ltr';
}

/** The language's name in that language ("English", "العربية"), from Intl, for the language picker. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Picks the saved language, else the browser's first supported one, else English. */
export function preferredLanguage(saved: string | null, browser: readonly string[]): string {
  if (saved && LANGUAGES.includes(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

/**
 * Switches the language and sets <html lang dir>. Every domain loaded so far is loaded in the new
 * language first, so a screen on view never shows English or a key meanwhile; the last switch asked for wins.
 */
export async function setLanguage(code: string): Promise<void> {
  const next = LANGUAGES.includes(code) ? code : 'en';
  const mine = ++switches;
  // A domain asked for while these load is loaded too before the switch.
  while (wanted.some((d) => !loaded.has(`${next}/${d}`))) await ensure(next, [...wanted]);
  if (mine !== switches) return;
  lang = next;
  renderer = build();
  document.documentElement.lang = lang;
  document.documentElement.dir = direction();
}

/** Loads domains in English (the fallback) and in the current language, then words with them from now on. */
async function want(domains: readonly string[]): Promise<void> {
  // Wanted domains are in hand in the current language: want adds them once loaded in it, and a switch
  // shows only once it has loaded them all.
  if (domains.every((d) => wanted.includes(d))) return;
  let target: string;
  do {
    target = lang;
    await Promise.all([ensure('en', domains), ensure(target, domains)]);
  } while (target !== lang);
  // Nothing awaits between the check and here, so the words are the current language's.
  for (const d of domains) if (!wanted.includes(d)) wanted.push(d);
  renderer = build();
}

/**
 * Loads the words of every screen but the first (screens.json, about 7 KB compressed in English).
 * LazyScreen awaits it with the screen's code, so no screen draws before its words are in.
 */
export function loadScreenCatalog(): Promise<void> {
  return want(['screens']);
}

/**
 * Loads the core, knowledge-base and visit-summary words (about 35 KB compressed), which the check's
 * questions, the result, the diary and the visit summary need; the first screen does without them.
 */
export function loadKnowledgeCatalog(): Promise<void> {
  return want(['core', 'knowledge', 'report']);
}

/** Words for a key. Missing in this language: English; missing in English: the key (a bug to see). */
export function t(key: string, params?: Params): string {
  return renderer.text(key, params);
}

/** A message from the core (engine, insights, summary) in words. */
export function m(message: Message): string {
  return renderer.render(message);
}

/** The renderer itself, for shared code that words its own parts (the visit summary, the FHIR export). */
export function words(): Renderer {
  return renderer;
}

/** Whether a key has words (for optional texts such as an advice item's grade note). */
export function has(key: string): boolean {
  return renderer.has(key);
}

/**
 * The browser's own tag for the current language (en-GB rather than en), so dates read the local way,
 * with the language's default digits (Western in Arabic), as the CLI, the API and the PDF write them.
 */
function formatLocale(): string {
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  const tag = langs.find((l) => l.toLowerCase().split('-')[0] === lang);
  return localeFor(lang, {
    ...(tag ? { locale: tag } : {}),
    ...(lang === 'ar' && arabicDigits ? { digits: 'arab' } : {}),
  });
}

let arabicDigits = false;

/** Arabic-Indic digits for an Arabic reader who chose them (Settings); Western ones otherwise. */
export function setArabicDigits(on: boolean): void {
  arabicDigits = on;
  renderer = build();
}

/** Numbers and dates in the current language. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return renderer.number(n, options);
}

export function formatDateTime(iso: string, options?: Intl.DateTimeFormatOptions): string {
  const out = new Intl.DateTimeFormat(
    formatLocale(),
    options ?? { dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(iso));
  return pseudoOn() ? pseudoMark(out) : out;
}

/** A country's name in the current language, from Intl (so names are translated for free). */
export function regionName(code: string): string {
  let out = code;
  try {
    out = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    // An unknown code shows as itself.
  }
  return pseudoOn() ? pseudoMark(out) : out;
}
