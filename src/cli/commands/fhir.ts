/**
 * `backease fhir --diary FILE [--from] [--to] [--out FILE]`: the diary as a FHIR R4 collection Bundle
 * (JSON), on standard output or to a file. Either end of the period may be left open.
 */

import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { fail, issue, ok, type Result } from '../../contract/errors.ts';
import { buildFhirBundle } from '../../fhir/bundle.ts';
import { translationRenderers } from '../../i18n/catalogs.ts';
import { msg } from '../../i18n/message.ts';
import { parseOpenPeriod } from '../../insights/period.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { cliRenderer, withLang } from '../lang.ts';
import { type CommandDeps, processDeps, readDiaryFile } from './report.ts';

export interface FhirOptions {
  readonly diary: string;
  readonly from?: string;
  readonly to?: string;
  readonly out?: string;
  /** The language of the words (the global --lang). */
  readonly lang?: string;
  /** The digits of numbers (--digits). */
  readonly digits?: string;
}

/** The Bundle as JSON text (and where it went, when written to a file), or the issues that stopped it. */
export function runFhir(opts: FhirOptions, now: number): Result<{ json: string; path: string | null }> {
  const period = parseOpenPeriod(opts.from, opts.to);
  if (!period.ok) return period;
  const diary = readDiaryFile(opts.diary);
  if (!diary.ok) return diary;
  const bundle = buildFhirBundle(diary.value, getKnowledge(), period.value, {
    now,
    words: cliRenderer(opts.lang, opts.digits),
    designations: translationRenderers(),
  });
  const json = `${JSON.stringify(bundle, null, 2)}\n`;
  if (!opts.out) return ok({ json, path: null });
  try {
    writeFileSync(opts.out, json);
  } catch (e) {
    return fail([
      issue(
        'invalid_value',
        'out',
        msg('error.cannotWrite', { path: opts.out, reason: (e as Error).message }),
      ),
    ]);
  }
  return ok({ json, path: opts.out });
}

export function registerFhir(program: Command, deps: CommandDeps = processDeps): void {
  withLang(program.command('fhir'))
    .description('Export your diary as a FHIR R4 Bundle (JSON) for a clinician’s system')
    .requiredOption('--diary <file>', 'a diary export file (JSON, as "Export my data" writes it)')
    .option('--from <day>', 'first day, YYYY-MM-DD (default: the start of the diary)')
    .option('--to <day>', 'last day, YYYY-MM-DD, included (default: the end of the diary)')
    .option('--out <file>', 'write the Bundle to this file instead of standard output')
    .action((opts: FhirOptions) => {
      const r = runFhir(opts, deps.now());
      if (!r.ok) return deps.fail(r.issues);
      deps.write(r.value.path ? `Wrote ${r.value.path}.\n` : r.value.json);
    });
}
