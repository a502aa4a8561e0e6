/**
 * `backease eval FILE...`: scores the engine on case files in one-shot and interview modes and prints
 * triage accuracy, under-triage, emergency sensitivity, self-care accuracy, top-1 and top-3 cause
 * accuracy and the number of questions asked.
 */

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type Issue, issue, plain } from '../../contract/errors.ts';
import { parseJson } from '../../contract/json-text.ts';
import { type Case, parseCases } from '../../eval/case.ts';
import { type CaseResult, evaluate, type Metrics, type Mode } from '../../eval/evaluate.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { failWith, styleFor } from '../io.ts';
import { evalText } from './eval-text.ts';

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function formatMetrics(m: Metrics): string {
  return [
    `mode: ${m.mode} (${m.cases} cases)`,
    `  triage accuracy        ${pct(m.triageAccuracy)}`,
    `  under-triage           ${m.underTriage} (${pct(m.underTriageRate)})`,
    `  over-triage            ${m.overTriage}`,
    `  emergency sensitivity  ${pct(m.emergencySensitivity)}`,
    `  self-care accuracy     ${pct(m.selfCareAccuracy)}`,
    `  top-1 cause            ${pct(m.top1)}`,
    `  top-3 cause            ${pct(m.top3)}`,
    `  top-3 on emergencies   ${pct(m.emergencyTop3)}`,
    ...(m.mode === 'interview'
      ? [
          `  questions asked        median ${m.questionsMedian}, mean ${m.questionsMean.toFixed(1)}, max ${m.questionsMax}`,
          `  words read             median ${m.wordsMedian}, max ${m.wordsMax} (questions and items shown before the result)`,
          `  with every list open   median ${m.wordsListsOpenMedian} (a client that skips the gateway questions)`,
          `  items on a screen      at most ${m.itemsPerScreenMax}`,
        ]
      : []),
  ].join('\n');
}

function describeMiss(r: CaseResult): string {
  const flags = [
    r.underTriage ? 'UNDER-TRIAGE' : '',
    !r.triageOk && !r.underTriage ? 'triage' : '',
    r.top3 === false ? 'cause' : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `  ${r.id}: ${flags} — gold ${r.gold.join('|')}, got ${r.level}; causes ${r.topCauses.join(', ')} (gold ${r.goldCauses.join(', ') || 'none'})`;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score the engine on case files (contract/case.schema.json format)')
    .argument('<files...>', 'case files: JSON lists of cases')
    .option('--mode <mode>', 'one-shot, interview or both', 'both')
    .option('--json', 'print the metrics and per-case results as JSON')
    .option('--text', "score the story parser on the cases' texts (and story files) instead")
    .action((files: string[], opts: { mode: string; json?: boolean; text?: boolean }) => {
      if (opts.text) return evalText(files, opts.json === true);
      const modes: Mode[] =
        opts.mode === 'both'
          ? ['one-shot', 'interview']
          : opts.mode === 'one-shot' || opts.mode === 'interview'
            ? [opts.mode]
            : [];
      if (modes.length === 0)
        failWith([
          issue(
            'invalid_value',
            '--mode',
            plain(`--mode must be one-shot, interview or both, not "${opts.mode}".`),
          ),
        ]);
      const cases: Case[] = [];
      const issues: Issue[] = [];
      for (const file of files) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (e) {
          issues.push(
            issue(
              'not_found',
              file,
              plain(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`),
            ),
          );
          continue;
        }
        const raw = parseJson(text, plain(file));
        if (!raw.ok) {
          issues.push(...raw.issues.map((i) => ({ ...i, path: file })));
          continue;
        }
        const parsed = parseCases(raw.value, file);
        if (parsed.ok) cases.push(...parsed.value);
        else issues.push(...parsed.issues);
      }
      if (issues.length > 0) failWith(issues);
      const kb = getKnowledge();
      const runs = modes.map((mode) => evaluate(kb, cases, mode));
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
        return;
      }
      const s = styleFor(process.stdout);
      for (const run of runs) {
        process.stdout.write(`${s.bold(formatMetrics(run.metrics))}\n`);
        const misses = run.results.filter((r) => !r.triageOk || r.top3 === false);
        if (misses.length > 0) process.stdout.write(`${misses.map(describeMiss).join('\n')}\n`);
        process.stdout.write('\n');
      }
    });
}
