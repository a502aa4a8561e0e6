/**
 * The CLI's language: `--lang`, else the LANG environment variable (es_ES.UTF-8 → es), else English.
 * A language that is not shipped falls back to English, said once on standard error.
 */
import { LANGUAGES, renderer, SOURCE_LANGUAGE } from '../i18n/catalogs.ts';
import type { Renderer } from '../i18n/render.ts';

/** The base language of a POSIX locale or a BCP 47 tag ("es_ES.UTF-8", "ar-EG", "C"). */
export function baseLanguage(tag: string | undefined): string | undefined {
  const base = tag?.split(/[_.@-]/)[0]?.toLowerCase();
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

export function cliLanguage(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const wanted = baseLanguage(option) ?? baseLanguage(env.LC_ALL) ?? baseLanguage(env.LANG);
  if (!wanted) return SOURCE_LANGUAGE;
  if (LANGUAGES.includes(wanted)) return wanted;
  if (option) process.stderr.write(`backease: language "${option}" is not available; using English.\n`);
  return SOURCE_LANGUAGE;
}

export function cliRenderer(option: string | undefined): Renderer {
  return renderer(cliLanguage(option));
}
