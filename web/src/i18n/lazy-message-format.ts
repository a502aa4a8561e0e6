/**
 * intl-messageformat, loaded after the first screen (issue 13: the first screen's JavaScript within
 * 20 KB gzipped; the formatter and its ICU parser are about 10 KB of it). The web build points the
 * shared renderer's `import { IntlMessageFormat } from 'intl-messageformat'` here (web/vite.config.ts);
 * Node loads the real one as before.
 *
 * The real module starts loading as soon as the app does, in a chunk of its own that the service worker
 * precaches (so it works offline), and main.tsx draws the app again once it is in. Until then — a moment
 * on a first visit, and only for the few words with plurals or choices, which the first screen does not
 * show — a template is worded by the small reading below: plain arguments, `plural` (=N, then the
 * language's plural category, then other; # is the number) and `select`.
 */
// The package's file itself: the bare name is this module in the web build.
import type { IntlMessageFormat as Real } from '../../../node_modules/intl-messageformat/index.js';

type Values = Record<string, unknown>;
type Ast = ReturnType<Real['getAst']>;
type Options = ConstructorParameters<typeof Real>[3];

let RealFormat: typeof Real | undefined;

/** Resolves when the real formatter is in; every IntlMessageFormat made before then switches to it. */
export const messageFormatReady: Promise<void> = import(
  '../../../node_modules/intl-messageformat/index.js'
).then((m) => {
  RealFormat = m.IntlMessageFormat;
});

export class IntlMessageFormat {
  readonly #template: string;
  readonly #locale: string;
  readonly #options: Options;
  #real: Real | undefined;

  /** A syntax tree (from getAst) only ever comes once the real formatter is in. */
  constructor(template: string | Ast, locale: string, _formats?: unknown, options?: Options) {
    this.#template = typeof template === 'string' ? template : '';
    this.#locale = locale;
    this.#options = options;
    if (typeof template !== 'string' && RealFormat)
      this.#real = new RealFormat(template, locale, undefined, options);
  }

  /** The template's syntax tree, or undefined while the real formatter (and its parser) is loading. */
  getAst(): Ast | undefined {
    this.#real ??= RealFormat
      ? new RealFormat(this.#template, this.#locale, undefined, this.#options)
      : undefined;
    return this.#real?.getAst();
  }

  format(values?: Values): string | unknown[] {
    this.#real ??= RealFormat
      ? new RealFormat(this.#template, this.#locale, undefined, this.#options)
      : undefined;
    if (this.#real) return this.#real.format(values as Record<string, string | number>) as string | unknown[];
    return wordsFor(this.#template, values ?? {}, this.#locale);
  }
}

/** The index of the brace that closes the one at `open`. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}' && --depth === 0) return i;
  }
  return t.length;
}

/** `key {branch} key {branch}` → a map. */
function branches(t: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf('{', i);
    if (open < 0) break;
    const end = closing(t, open);
    out.set(t.slice(i, open).trim(), t.slice(open + 1, end));
    i = end + 1;
  }
  return out;
}

function wordsFor(t: string, values: Values, locale: string, count?: number): string {
  let out = '';
  let i = 0;
  while (i < t.length) {
    const ch = t[i] as string;
    if (ch === '#' && count !== undefined) {
      out += String(count);
      i++;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const end = closing(t, i);
    const [name = '', kind = '', ...rest] = t.slice(i + 1, end).split(',');
    const value = values[name.trim()];
    const cases = branches(rest.join(','));
    if (kind.trim() === 'plural') {
      const n = Number(value);
      const pick =
        cases.get(`=${n}`) ?? cases.get(new Intl.PluralRules(locale).select(n)) ?? cases.get('other') ?? '';
      out += wordsFor(pick, values, locale, n);
    } else if (kind.trim() === 'select') {
      out += wordsFor(cases.get(String(value)) ?? cases.get('other') ?? '', values, locale, count);
    } else {
      out += value === undefined || value === null ? '' : String(value);
    }
    i = end + 1;
  }
  return out;
}
