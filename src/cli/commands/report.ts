/**
 * `backease report --from --to --diary FILE [--out FILE] [--paper a4|letter] [--lang en|es|ar]
 * [--digits latn|arab]`: the doctor-visit summary PDF from a diary export file. Bad input (dates, paper, language, a missing or
 * malformed diary) exits 2 naming the problem, with the codes of the error catalogue. A character of
 * the person's text that no font in the PDF has is named on standard error, one line each; the PDF is
 * still written and the exit code stays 0.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { fail, type Issue, issue, ok, type Result } from '../../contract/errors.ts';
import type { Diary } from '../../diary/model.ts';
import { renderer } from '../../i18n/catalogs.ts';
import { msg } from '../../i18n/message.ts';
import type { Renderer } from '../../i18n/render.ts';
import { reportPeriod } from '../../insights/period.ts';
import { parseDiaryExport } from '../../report/diary-export.ts';
import { makeSummaryPdf, type UncoveredCharacter } from '../../report/pdf/render.ts';
import type { Paper } from '../../report/pdf/writer.ts';
import { buildSummary } from '../../report/summary.ts';
import { failWith } from '../io.ts';
import { cliDigits, cliLanguage, cliRenderer, withLang } from '../lang.ts';

/** What a command needs from the outside world, so tests can run it without exiting the process. */
export interface CommandDeps {
  readonly now: () => number;
  readonly write: (text: string) => void;
  readonly fail: (issues: readonly Issue[]) => void;
  /** Warnings that do not stop the command (standard error). */
  readonly warn?: (text: string) => void;
}

export const processDeps: CommandDeps = {
  now: () => Date.now(),
  write: (text) => process.stdout.write(text),
  fail: failWith,
  warn: (text) => process.stderr.write(text),
};

/** Reads and validates a diary export file; a file that cannot be read is bad input, not a crash. */
export function readDiaryFile(path: string): Result<Diary> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? msg('error.noSuchFile') : (e as Error).message;
    return fail([issue('invalid_value', 'diary', msg('error.cannotReadFile', { path, reason }))]);
  }
  return parseDiaryExport(text, msg('error.what.diaryFile', { path }));
}

export interface ReportOptions {
  readonly from: string;
  readonly to: string;
  readonly diary: string;
  readonly out?: string;
  readonly paper?: string;
  /** The language of the words (--lang, else LANG). */
  readonly lang?: string;
  /** The digits of numbers (--digits: latn or arab). */
  readonly digits?: string;
}

/** One line per character: its code point and Unicode name, never the text around it. */
export function uncoveredWarning(c: UncoveredCharacter, r: Renderer): string {
  return `backease: ${r.text('cli.report.uncovered', { label: c.label, name: c.name })}\n`;
}

function readPaper(paper: string | undefined): Result<Paper> {
  const p = (paper ?? 'a4').toLowerCase();
  if (p === 'a4' || p === 'letter') return ok(p);
  return fail([issue('invalid_value', 'paper', msg('error.paper', { paper: String(paper) }))]);
}

/** Writes the PDF and returns its path, or the issues that stopped it. */
export async function runReport(
  opts: ReportOptions,
  now: number,
): Promise<Result<{ path: string; bytes: number; uncovered: readonly UncoveredCharacter[] }>> {
  const period = reportPeriod(opts.from, opts.to);
  const paper = readPaper(opts.paper);
  const lang = cliLanguage(opts.lang);
  const digits = cliDigits(opts.digits);
  const issues = [
    ...(period.ok ? [] : period.issues),
    ...(paper.ok ? [] : paper.issues),
    ...(lang.ok ? [] : lang.issues),
    ...(digits.ok ? [] : digits.issues),
  ];
  if (!period.ok || !paper.ok || !lang.ok || !digits.ok) return fail(issues);
  const diary = readDiaryFile(opts.diary);
  if (!diary.ok) return diary;
  const words = renderer(lang.value, digits.value ? { digits: digits.value } : {});
  const summary = buildSummary(diary.value, period.value, now);
  const { pdf, uncovered } = await makeSummaryPdf(summary, { paper: paper.value, renderer: words });
  const path = opts.out ?? `backease-summary-${summary.from}-to-${summary.to}.pdf`;
  try {
    writeFileSync(path, pdf);
  } catch (e) {
    return fail([
      issue('invalid_value', 'out', msg('error.cannotWrite', { path, reason: (e as Error).message })),
    ]);
  }
  return ok({ path, bytes: pdf.byteLength, uncovered });
}

export function registerReport(program: Command, deps: CommandDeps = processDeps): void {
  withLang(program.command('report'))
    .description("Make a PDF summary of your diary for a doctor's visit")
    .requiredOption('--from <day>', 'first day, YYYY-MM-DD (whole UTC days)')
    .requiredOption('--to <day>', 'last day, YYYY-MM-DD (included)')
    .requiredOption('--diary <file>', 'a diary export file (JSON, as "Export my data" writes it)')
    .option('--out <file>', 'where to write the PDF (default: backease-summary-FROM-to-TO.pdf)')
    .option('--paper <size>', 'a4 or letter', 'a4')
    .action(async (opts: ReportOptions) => {
      const r = await runReport(opts, deps.now());
      if (!r.ok) return deps.fail(r.issues);
      const warn = deps.warn ?? ((text: string) => process.stderr.write(text));
      const words = cliRenderer(opts.lang, opts.digits);
      for (const c of r.value.uncovered) warn(uncoveredWarning(c, words));
      deps.write(
        `${words.text('cli.report.written', { file: r.value.path, kb: Math.ceil(r.value.bytes / 1024) })}\n`,
      );
    });
}
