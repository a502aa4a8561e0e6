/**
 * The shipped catalogs, bundled, for the surfaces that run in Node (the CLI, the server, the PDF). The
 * web app loads the same files itself, on demand (web/src/i18n). One catalog per language, merged from
 * its domain files: the web app's first screen, its other screens, core messages, the knowledge base,
 * the visit summary, the terminal.
 */
import { type Catalog, type CatalogMessages, mergeCatalog } from './catalog.ts';
import arCli from './catalogs/ar/cli.json' with { type: 'json' };
import arCore from './catalogs/ar/core.json' with { type: 'json' };
import arKnowledge from './catalogs/ar/knowledge.json' with { type: 'json' };
import arReport from './catalogs/ar/report.json' with { type: 'json' };
import arScreens from './catalogs/ar/screens.json' with { type: 'json' };
import arWeb from './catalogs/ar/web.json' with { type: 'json' };
import enCli from './catalogs/en/cli.json' with { type: 'json' };
import enCore from './catalogs/en/core.json' with { type: 'json' };
import enKnowledge from './catalogs/en/knowledge.json' with { type: 'json' };
import enReport from './catalogs/en/report.json' with { type: 'json' };
import enScreens from './catalogs/en/screens.json' with { type: 'json' };
import enWeb from './catalogs/en/web.json' with { type: 'json' };
import esCli from './catalogs/es/cli.json' with { type: 'json' };
import esCore from './catalogs/es/core.json' with { type: 'json' };
import esKnowledge from './catalogs/es/knowledge.json' with { type: 'json' };
import esReport from './catalogs/es/report.json' with { type: 'json' };
import esScreens from './catalogs/es/screens.json' with { type: 'json' };
import esWeb from './catalogs/es/web.json' with { type: 'json' };
import { type LanguageOptions, localeFor } from './locale.ts';
import { Renderer } from './render.ts';

export const SOURCE_LANGUAGE = 'en';

/**
 * The web app's words are two domains: `web` is what the first screen draws (the shell, home, the
 * banners: every key named in web/src/main.tsx's static imports), `screens` the words of the screens that
 * load on demand, loaded with them (web/src/i18n/screen-words.test.ts keeps each key on its side).
 */
export const DOMAINS = ['web', 'screens', 'core', 'knowledge', 'report', 'cli'] as const;
export type Domain = (typeof DOMAINS)[number];

/** Every shipped catalog file, by language and domain. */
export const CATALOG_FILES: Readonly<Record<string, Readonly<Record<Domain, CatalogMessages>>>> = {
  en: {
    web: enWeb,
    screens: enScreens,
    core: enCore,
    knowledge: enKnowledge,
    report: enReport,
    cli: enCli,
  },
  es: {
    web: esWeb,
    screens: esScreens,
    core: esCore,
    knowledge: esKnowledge,
    report: esReport,
    cli: esCli,
  },
  ar: {
    web: arWeb,
    screens: arScreens,
    core: arCore,
    knowledge: arKnowledge,
    report: arReport,
    cli: arCli,
  },
};

const CATALOGS: Readonly<Record<string, Catalog>> = Object.fromEntries(
  Object.entries(CATALOG_FILES).map(([lang, parts]) => [
    lang,
    mergeCatalog(
      lang,
      DOMAINS.map((d) => parts[d]),
    ),
  ]),
);

/** The shipped languages, source language first. */
export const LANGUAGES: readonly string[] = Object.keys(CATALOGS);

export function catalog(lang: string): Catalog {
  return CATALOGS[lang] ?? (CATALOGS[SOURCE_LANGUAGE] as Catalog);
}

/** One domain of one language, falling back to English key by key (for the knowledge endpoint). */
export function domainMessages(lang: string, domains: readonly Domain[]): Record<string, string> {
  const source = CATALOG_FILES[SOURCE_LANGUAGE] as Record<Domain, CatalogMessages>;
  const own = CATALOG_FILES[lang] ?? source;
  const out: Record<string, string> = {};
  for (const d of domains)
    for (const [key, text] of Object.entries(source[d]))
      if (!key.startsWith('_meta.')) out[key] = own[d][key] ?? text;
  return out;
}

const renderers = new Map<string, Renderer>();

/**
 * A renderer for a shipped language (English when the language is not shipped), falling back to
 * English. `renderer('ar', { digits: 'arab' })` writes every number in Arabic-Indic digits.
 */
export function renderer(lang: string = SOURCE_LANGUAGE, options: LanguageOptions = {}): Renderer {
  const locale = localeFor(lang, options);
  let r = renderers.get(`${lang}|${locale}`);
  if (!r) {
    r = new Renderer(catalog(lang), catalog(SOURCE_LANGUAGE), { locale });
    renderers.set(`${lang}|${locale}`, r);
  }
  return r;
}

/** A renderer for each shipped translation (every language but English): for FHIR designations. */
export function translationRenderers(): Renderer[] {
  return LANGUAGES.filter((l) => l !== SOURCE_LANGUAGE).map((l) => renderer(l));
}
