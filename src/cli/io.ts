/**
 * The terminal edge: reading standard input, writing with or without colour, and turning coded issues
 * into exit codes (2 for bad input, 1 for anything else) and messages on standard error.
 */
import { formatIssue, type Issue, renderIssue } from '../contract/errors.ts';
import { renderer } from '../i18n/catalogs.ts';
import type { Renderer } from '../i18n/render.ts';

export const EXIT_BAD_INPUT = 2;

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Prints each issue in words (English unless the command's language is given) and exits 2. */
export function failWith(issues: readonly Issue[], r: Renderer = renderer()): never {
  for (const i of issues) process.stderr.write(`backease: ${formatIssue(renderIssue(i, r))} [${i.code}]\n`);
  process.exit(EXIT_BAD_INPUT);
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const code = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styleFor(stream: NodeJS.WriteStream): Style {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  return on
    ? {
        bold: code(1, 22),
        dim: code(2, 22),
        red: code(31, 39),
        yellow: code(33, 39),
        green: code(32, 39),
        cyan: code(36, 39),
      }
    : { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
}
