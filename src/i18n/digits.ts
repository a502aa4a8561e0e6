/**
 * Digits in the reader's numbering system. Intl writes the numbers it formats (plurals' #, dates,
 * {n, number}, Renderer.number) in the locale's digits, so "ar-u-nu-arab" gives Arabic-Indic ٠-٩ and
 * "ar-u-nu-latn" Western 0-9. Two kinds of digits Intl never sees are handled here: a number passed as
 * a plain {value}, which ICU MessageFormat prints with String(), and digits written into a template
 * ("من 10", "38 °C"). A person who chose Arabic-Indic digits should not get a mix.
 */
import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  // The element guards without the parser: the web app's first screen would otherwise carry the whole
  // parser (7.5 KB gzipped) for five type checks; the parser itself comes with the message formatter.
} from '@formatjs/icu-messageformat-parser/no-parser.js';

/** The numbering system Intl uses for a locale: "latn", "arab", "arabext", … */
export function numberingSystem(locale: string): string {
  return new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
}

interface DigitShapes {
  readonly digits: readonly string[];
  readonly decimal: string;
  readonly percent: string;
}

function shapesOf(locale: string): DigitShapes {
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const part = (parts: Intl.NumberFormatPart[], type: string, fallback: string) =>
    parts.find((p) => p.type === type)?.value ?? fallback;
  return {
    digits: Array.from({ length: 10 }, (_, d) => plain.format(d)),
    decimal: part(plain.formatToParts(1.5), 'decimal', '.'),
    percent: part(new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5), 'percentSign', '%'),
  };
}

/**
 * A number written in a template, where it stands as a quantity: not inside a Latin word or a
 * technical token ("a4", "api/v1", "%20", "evidence[0]"), which keep their ASCII digits.
 */
const WRITTEN_NUMBER = /(?<![A-Za-z0-9_/%[\]\\.-])(\d+)(?:\.(\d+))?(%?)(?![A-Za-z0-9_/[\]])/g;

/** Rewrites the quantities written in a text with the locale's digits (a no-op for Western digits). */
export function localeDigits(text: string, locale: string): string {
  if (numberingSystem(locale) === 'latn' || !/\d/.test(text)) return text;
  const s = shapesOf(locale);
  const shape = (run: string) => run.replace(/\d/g, (d) => s.digits[Number(d)] ?? d);
  return text.replace(
    WRITTEN_NUMBER,
    (_, whole: string, fraction: string | undefined, percent: string) =>
      `${shape(whole)}${fraction === undefined ? '' : `${s.decimal}${shape(fraction)}`}${percent ? s.percent : ''}`,
  );
}

/** The name a plain {value} argument is renamed to, so it can be given its formatted number. */
export const plainArgument = (name: string): string => `${name}\u0000plain`;

/**
 * The template with its written numbers in the locale's digits, and each plain {value} argument
 * renamed (plainArgument) so the renderer can pass its number formatted by Intl. Plural, select and
 * number arguments keep their names: they need the number itself.
 */
export function localiseNumbers(ast: MessageFormatElement[], locale: string): MessageFormatElement[] {
  const literal =
    numberingSystem(locale) === 'latn' ? (t: string) => t : (t: string) => localeDigits(t, locale);
  const walk = (els: MessageFormatElement[]): MessageFormatElement[] =>
    els.map((el) => {
      if (isLiteralElement(el)) return { ...el, value: literal(el.value) };
      if (isArgumentElement(el)) return { ...el, value: plainArgument(el.value) };
      if (isPluralElement(el) || isSelectElement(el)) {
        const options = Object.fromEntries(
          Object.entries(el.options).map(([k, o]) => [k, { ...o, value: walk(o.value) }]),
        );
        return { ...el, options };
      }
      if (isTagElement(el)) return { ...el, children: walk(el.children) };
      return el;
    });
  return walk(ast);
}
