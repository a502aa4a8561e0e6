/**
 * The CLI's language: `--lang`, else the LC_ALL or LANG environment variable (es_ES.UTF-8 → es), else
 * English. A language asked for by name that is not shipped is bad input (exit 2, naming it); one that
 * only comes from the environment falls back to English, as every program does with a locale it lacks.
 */

import type { Command } from 'commander';
import { fail, issue, ok, type Result } from '../contract/errors.ts';
import { LANGUAGES, renderer, SOURCE_LANGUAGE } from '../i18n/catalogs.ts';
import { DIGITS, type Digits } from '../i18n/locale.ts';
import { list, msg } from '../i18n/message.ts';
import type { Renderer } from '../i18n/render.ts';
import { STORY_LANGUAGES } from '../knowledge/lexicon/index.ts';
import { failWith } from './io.ts';

/** The base language of a POSIX locale or a BCP 47 tag ("es_ES.UTF-8", "ar-EG", "C"). */
export function baseLanguage(tag: string | undefined): string | undefined {
  const base = tag?.split(/[_.@-]/)[0]?.toLowerCase();
  return base && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

export function cliLanguage(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Result<string> {
  if (option !== undefined) {
    const asked = baseLanguage(option);
    if (asked && LANGUAGES.includes(asked)) return ok(asked);
    return fail([
      issue(
        'invalid_value',
        'lang',
        msg('error.langNotShipped', { languages: list(LANGUAGES.map((l) => `"${l}"`)), lang: option }),
      ),
    ]);
  }
  const fromEnv = baseLanguage(env.LC_ALL) ?? baseLanguage(env.LANG);
  return ok(fromEnv && LANGUAGES.includes(fromEnv) ? fromEnv : SOURCE_LANGUAGE);
}

/** `--digits`: Western (latn) or Arabic-Indic (arab) digits; not given, the language's own default. */
export function cliDigits(option: string | undefined): Result<Digits | undefined> {
  if (option === undefined) return ok(undefined);
  const d = option.toLowerCase();
  if ((DIGITS as readonly string[]).includes(d)) return ok(d as Digits);
  return fail([issue('invalid_value', 'digits', msg('error.digitsOption', { value: option }))]);
}

/** The renderer for `--lang` (or the environment) and `--digits`; a bad one exits 2 naming it. */
export function cliRenderer(option: string | undefined, digitsOption?: string): Renderer {
  const lang = cliLanguage(option);
  if (!lang.ok) failWith(lang.issues);
  const digits = cliDigits(digitsOption);
  if (!digits.ok) failWith(digits.issues, renderer(lang.value));
  return renderer(lang.value, digits.value ? { digits: digits.value } : {});
}

/** Adds `--lang` and `--digits` to a command that writes words. */
export function withLang(command: Command): Command {
  return command
    .option(
      '--lang <code>',
      `the language of the words: ${LANGUAGES.join(', ')} (default: from LC_ALL or LANG, else en)`,
    )
    .option('--digits <digits>', 'the digits of numbers: latn (0-9) or arab (٠-٩); default latn');
}

/**
 * For `backease parse`: the language the story is read in (--lang, else LC_ALL or LANG, among the
 * languages with a lexicon, else English) and the renderer of its words (the same language when it has
 * a catalog, else as cliRenderer chooses). A --lang with neither a lexicon nor a catalog exits 2.
 */
export function cliStoryLanguages(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { renderer: Renderer; story: string } {
  const asked = option !== undefined ? baseLanguage(option) : undefined;
  if (option !== undefined && !(asked && (STORY_LANGUAGES.includes(asked) || LANGUAGES.includes(asked))))
    failWith([
      issue(
        'invalid_value',
        'lang',
        msg('error.langNotShipped', {
          languages: list([...new Set([...LANGUAGES, ...STORY_LANGUAGES])].map((l) => `"${l}"`)),
          lang: option,
        }),
      ),
    ]);
  const fromEnv = baseLanguage(env.LC_ALL) ?? baseLanguage(env.LANG);
  const wanted = asked ?? fromEnv;
  const story = wanted && STORY_LANGUAGES.includes(wanted) ? wanted : SOURCE_LANGUAGE;
  const words = cliLanguage(asked && LANGUAGES.includes(asked) ? asked : undefined, env);
  return { renderer: renderer(words.ok ? words.value : SOURCE_LANGUAGE), story };
}
