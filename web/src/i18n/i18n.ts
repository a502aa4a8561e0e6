/**
 * Message catalogs. Every user-facing string comes from a flat JSON catalog: `<lang>.json` for the
 * interface and `kb.<lang>.json` for the knowledge base's texts (generated from src/knowledge, keyed by
 * id). Adding a language means adding those two files; the list of languages is read from the folder,
 * and `_meta.dir` sets the page direction, so right-to-left languages need no code change either.
 * English is bundled with the first screen; other languages and the knowledge-base catalogs load on demand.
 */
import en from './en.json' with { type: 'json' };

export type Catalog = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

const uiLoaders = import.meta.glob<Catalog>(['./*.json', '!./kb.*.json'], { import: 'default' });
const kbLoaders = import.meta.glob<Catalog>('./kb.*.json', { import: 'default' });

const langOf = (path: string) => path.replace(/^\.\/(kb\.)?/, '').replace(/\.json$/, '');

/** Languages with an interface catalog, e.g. ["en"]. */
export const LANGUAGES: readonly string[] = Object.keys(uiLoaders).map(langOf).sort();

let lang = 'en';
let ui: Catalog = en;
let kb: Catalog = {};
let kbEnglish: Catalog = {};
let englishToKey: Map<string, string> | undefined;

export function currentLanguage(): string {
  return lang;
}

export function direction(): 'ltr' | 'rtl' {
  return ui['_meta.dir'] === 'rtl' ? 'rtl' : 'ltr';
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

async function loadCatalog(
  loaders: Record<string, () => Promise<Catalog>>,
  prefix: string,
  code: string,
): Promise<Catalog> {
  const load = loaders[`./${prefix}${code}.json`];
  return load ? load() : {};
}

/**
 * Switches the interface language and sets <html lang dir>. A knowledge catalog already in use follows
 * at once; otherwise the next screen that needs one loads it (loadKnowledgeCatalog).
 */
export async function setLanguage(code: string): Promise<void> {
  lang = LANGUAGES.includes(code) ? code : 'en';
  ui = lang === 'en' ? en : await loadCatalog(uiLoaders, '', lang);
  if (Object.keys(kbEnglish).length > 0)
    kb = lang === 'en' ? kbEnglish : await loadCatalog(kbLoaders, 'kb.', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = direction();
}

/**
 * Loads the knowledge-base texts for the current language. In English the check needs none: the
 * engine's own words are exactly kb.en.json (kb-catalog.test.ts fails otherwise), so kt() falls back to
 * them and 30 KB stay off the path to the first question. `english: true` loads kb.en.json anyway, for
 * screens that have ids but no engine output (the diary's remedy names). Other languages load their own
 * catalog plus English, which ktEnglish() needs to find texts that come without an id.
 */
export async function loadKnowledgeCatalog(options: { english?: boolean } = {}): Promise<void> {
  if ((lang !== 'en' || options.english) && Object.keys(kbEnglish).length === 0) {
    kbEnglish = await loadCatalog(kbLoaders, 'kb.', 'en');
  }
  kb = lang === 'en' ? kbEnglish : await loadCatalog(kbLoaders, 'kb.', lang);
}

function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    params[name] === undefined ? m : String(params[name]),
  );
}

function pluralKey(catalog: Catalog, key: string, params?: Params): string {
  const count = params?.count;
  if (typeof count !== 'number') return key;
  const form = `${key}.${new Intl.PluralRules(lang).select(count)}`;
  return catalog[form] !== undefined ? form : `${key}.other`;
}

/** An interface string. Missing in this language: English; missing in English: the key (a bug to see). */
export function t(key: string, params?: Params): string {
  const k = pluralKey(ui, key, params);
  const kEn = pluralKey(en, key, params);
  return format(ui[k] ?? (en as Catalog)[kEn] ?? key, params);
}

/** A knowledge-base text by id, e.g. kt('question.red_flags_nerves.text', question.text). */
export function kt(key: string, fallback: string): string {
  return kb[key] ?? kbEnglish[key] ?? fallback;
}

/**
 * A knowledge-base text that the engine's output gives only as English words, with no id (cautions,
 * withholding reasons, safety-net items): found by its English wording in the generated catalog.
 */
export function ktEnglish(text: string): string {
  if (lang === 'en') return text;
  if (!englishToKey) {
    if (Object.keys(kbEnglish).length === 0) return text;
    englishToKey = new Map(Object.entries(kbEnglish).map(([k, v]) => [v, k]));
  }
  const key = englishToKey.get(text);
  return key ? kt(key, text) : text;
}

/** The browser's own tag for the current language (en-GB rather than en), so dates read the local way. */
function formatLocale(): string {
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  return langs.find((l) => l.toLowerCase().split('-')[0] === lang) ?? lang;
}

/** Numbers and dates in the current language. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(formatLocale(), options).format(n);
}

export function formatDateTime(iso: string, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(
    formatLocale(),
    options ?? { dateStyle: 'medium', timeStyle: 'short' },
  ).format(new Date(iso));
}
