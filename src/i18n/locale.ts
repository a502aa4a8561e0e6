/**
 * The locale numbers and dates are written in, for a language and the reader's choices: British English
 * for English, and in Arabic Western digits unless the person chooses Arabic-Indic ones. Every surface
 * (CLI, server, PDF, web app) asks here, so they write the same numbers the same way.
 */
import type { RendererOptions } from './render.ts';

/** Which digits numbers are written in: Western (0-9) or Arabic-Indic (٠-٩), for Arabic readers. */
export const DIGITS = ['latn', 'arab'] as const;
export type Digits = (typeof DIGITS)[number];

export interface LanguageOptions extends RendererOptions {
  /** The reader's choice of digits, overriding the language's default. */
  readonly digits?: Digits;
}

/**
 * Western digits for Arabic, as CLDR now has it for "ar", named so that neither the ICU version nor a
 * regional tag ("ar-EG") decides it: the person does (LanguageOptions.digits).
 */
const DEFAULT_DIGITS: Readonly<Record<string, Digits>> = { ar: 'latn' };

/** The locale for numbers and dates when only a language is known. */
export function defaultLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

/** The locale for a language: the one given (a browser's "es-MX"), else the default, with its digits. */
export function localeFor(lang: string, options: LanguageOptions = {}): string {
  const locale = options.locale ?? defaultLocale(lang);
  const digits = options.digits ?? DEFAULT_DIGITS[lang];
  return digits ? `${locale.split('-u-')[0]}-u-nu-${digits}` : locale;
}
