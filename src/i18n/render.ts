/**
 * Turns messages into words: the one renderer every surface uses (CLI, server, web app, PDF, FHIR
 * displays). Templates are ICU MessageFormat, formatted by FormatJS's intl-messageformat on top of Intl,
 * so plurals, numbers and dates follow the reader's language. A key missing in the reader's catalog
 * falls back to English; missing in English too, the code itself shows (the catalog test fails first).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog } from './catalog.ts';
import { localeDigits, localiseNumbers, plainArgument } from './digits.ts';
import { isMessage, type Message, type MessageParam } from './message.ts';

export interface RendererOptions {
  /**
   * The locale for numbers, dates and lists, when it should differ from the catalog's language:
   * "en-GB" rather than "en", or "ar-u-nu-latn" for Western digits in Arabic and "ar-u-nu-arab" for
   * Arabic-Indic ones. Every digit the renderer writes follows it: Intl's, plain {value} numbers and
   * the numbers written in the templates (digits.ts).
   */
  readonly locale?: string;
}

type Formatted = string | number | boolean | Date | null | undefined;

export class Renderer {
  readonly lang: string;
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  private readonly chain: readonly Catalog[];
  private readonly compiled = new Map<string, IntlMessageFormat | string>();
  private lists?: Intl.ListFormat;
  private days?: Intl.DateTimeFormat;
  private numbers?: Intl.NumberFormat;
  private plainNumbers?: Intl.NumberFormat;

  /** `catalog` is the reader's language; `fallback` (English) fills any key it lacks. */
  constructor(catalog: Catalog, fallback?: Catalog, options: RendererOptions = {}) {
    this.lang = catalog.lang;
    this.dir = catalog.dir;
    this.locale = options.locale ?? catalog.lang;
    this.chain = fallback && fallback !== catalog ? [catalog, fallback] : [catalog];
  }

  /** Whether any catalog in the chain has the key. */
  has(code: string): boolean {
    return this.chain.some((c) => code in c.messages);
  }

  /** Whether the reader's own catalog has the key (not only the English fallback). */
  hasOwn(code: string): boolean {
    return code in (this.chain[0] as Catalog).messages;
  }

  /** The raw template of a key (for tests and tools), or undefined. */
  template(code: string): string | undefined {
    for (const c of this.chain) {
      const t = c.messages[code];
      if (t !== undefined) return t;
    }
    return undefined;
  }

  /** A message in words. */
  render(message: Message): string {
    return this.text(message.code, message.params);
  }

  /** A key and its parameters in words. */
  text(code: string, params?: Readonly<Record<string, MessageParam>>): string {
    const format = this.compile(code);
    if (typeof format === 'string') return format;
    const values: Record<string, Formatted> = {};
    for (const [name, value] of Object.entries(params ?? {})) {
      values[name] = this.param(value);
      // A plain {value} shows a number in the reader's language and digits (4,5 in Spanish).
      values[plainArgument(name)] = typeof value === 'number' ? this.plain(value) : values[name];
    }
    const out = format.format(values);
    return Array.isArray(out) ? out.join('') : String(out);
  }

  /** A number in the reader's language and digits. */
  number(n: number, options?: Intl.NumberFormatOptions): string {
    if (options) return new Intl.NumberFormat(this.locale, options).format(n);
    this.numbers ??= new Intl.NumberFormat(this.locale);
    return this.numbers.format(n);
  }

  /** A number as a plain {value} shows it: the reader's digits and decimal sign, no grouping (2026). */
  private plain(n: number): string {
    this.plainNumbers ??= new Intl.NumberFormat(this.locale, {
      useGrouping: false,
      maximumSignificantDigits: 15,
    });
    return this.plainNumbers.format(n);
  }

  /** A calendar day ("YYYY-MM-DD") in the reader's language, e.g. "3 Oct 2026". */
  day(iso: string): string {
    this.days ??= new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return this.days.format(new Date(`${iso}T00:00:00Z`));
  }

  private param(value: MessageParam): Formatted {
    if (typeof value === 'string' || typeof value === 'number') return value;
    if (isMessage(value)) return this.render(value);
    if ('day' in value) return this.day(value.day);
    this.lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return this.lists.format(
      value.list.map((v) => (typeof v === 'number' ? this.plain(v) : String(this.param(v)))),
    );
  }

  private compile(code: string): IntlMessageFormat | string {
    const hit = this.compiled.get(code);
    if (hit !== undefined) return hit;
    const template = this.template(code);
    let out: IntlMessageFormat | string;
    if (template === undefined) out = code;
    // Most texts have no placeholder and no escaped quote: they are their own words, no parse needed.
    else if (!/[{}]|''/.test(template)) out = localeDigits(template, this.locale);
    else {
      const first = new IntlMessageFormat(template, this.locale, undefined, { ignoreTag: true });
      // In the web app the formatter may still be loading (web/src/i18n/lazy-message-format.ts): its
      // stand-in has no syntax tree yet and words the template by itself. It is not kept, so the next
      // render after the real formatter is in gets the numbers in the reader's digits.
      const ast = first.getAst() as ReturnType<IntlMessageFormat['getAst']> | undefined;
      if (!ast) return first;
      out = new IntlMessageFormat(localiseNumbers(ast, this.locale), this.locale, undefined, {
        ignoreTag: true,
      });
    }
    this.compiled.set(code, out);
    return out;
  }
}
