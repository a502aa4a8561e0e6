/**
 * The web app's words: the shared catalogs of src/i18n/catalogs (one folder per language, one file per
 * domain) rendered by the shared renderer (src/i18n/render.ts), the same one the CLI, the server and the
 * PDF use. The screens' own words (web.json) come with the first screen; the core and knowledge-base
 * words load on demand, when a screen needs them (loadKnowledgeCatalog). Adding a language is adding its
 * folder; `_meta.dir` sets the page direction, so right-to-left languages need no code change either.
 */
import { type Catalog, type CatalogMessages, mergeCatalog } from '../../../src/i18n/catalog.ts';
import en from '../../../src/i18n/catalogs/en/web.json' with { type: 'json' };
import { localeFor } from '../../../src/i18n/locale.ts';
import type { Message, MessageParam } from '../../../src/i18n/message.ts';
import { Renderer } from '../../../src/i18n/render.ts';
import { PseudoRenderer, pseudoMark, pseudoOn } from './pseudo.ts';

export type Params = Readonly<Record<string, MessageParam>>;

const webLoaders = import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/web.json', {
  import: 'default',
});
const coreLoaders = import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/core.json', {
  import: 'default',
});
const knowledgeLoaders = import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/knowledge.json', {
  import: 'default',
});
const reportLoaders = import.meta.glob<CatalogMessages>('../../../src/i18n/catalogs/*/report.json', {
  import: 'default',
});

const langOf = (path: string) => path.split('/').at(-2) ?? 'en';

/** Languages with a web catalog, e.g. ["ar", "en", "es"]. */
export const LANGUAGES: readonly string[] = Object.keys(webLoaders).map(langOf).sort();

const load = async (loaders: Record<string, () => Promise<CatalogMessages>>, lang: string, domain: string) =>
  loaders[`../../../src/i18n/catalogs/${lang}/${domain}.json`]?.() ?? Promise.resolve({});

let lang = 'en';
let web: CatalogMessages = en;
let englishCore: CatalogMessages = {};
let core: CatalogMessages = {};
let withCore = false;
let renderer = build();

function build(): Renderer {
  const own: Catalog = mergeCatalog(lang, lang === 'en' ? [web, englishCore] : [web, core]);
  const english: Catalog = mergeCatalog('en', [en, englishCore]);
  const R = pseudoOn() ? PseudoRenderer : Renderer;
  return new R(own, english, { locale: formatLocale() });
}

export function currentLanguage(): string {
  return lang;
}

/** How far the current language's words have been checked ("source" for English). */
export function reviewState(): string {
  return web['_meta.review'] ?? 'source';
}

export function direction(): 'ltr' | 'rtl' {
  return web['_meta.dir'] === 'rtl' ? 'rtl' : 'ltr';
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

async function loadCore(code: string): Promise<CatalogMessages> {
  const [c, k, r] = await Promise.all([
    load(coreLoaders, code, 'core'),
    load(knowledgeLoaders, code, 'knowledge'),
    load(reportLoaders, code, 'report'),
  ]);
  return { ...c, ...k, ...r };
}

/**
 * Switches the language and sets <html lang dir>. The core and knowledge words follow at once when a
 * screen has loaded them already; otherwise the next screen that needs them loads them.
 */
export async function setLanguage(code: string): Promise<void> {
  lang = LANGUAGES.includes(code) ? code : 'en';
  web = lang === 'en' ? en : await load(webLoaders, lang, 'web');
  core = withCore && lang !== 'en' ? await loadCore(lang) : {};
  renderer = build();
  document.documentElement.lang = lang;
  document.documentElement.dir = direction();
}

/**
 * Loads the core, knowledge-base and visit-summary words (about 35 KB compressed), which the check's questions, the
 * result, the diary and the visit summary need; the first screen does without them.
 */
export async function loadKnowledgeCatalog(): Promise<void> {
  if (withCore) return;
  englishCore = await loadCore('en');
  core = lang === 'en' ? {} : await loadCore(lang);
  withCore = true;
  renderer = build();
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
