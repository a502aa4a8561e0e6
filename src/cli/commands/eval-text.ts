/**
 * `backease eval --text FILE...`: scores the story parser. A case file (a JSON list of cases with a
 * `text`) gets the parse scores and the seeded interview's result; a story file (`{ "stories": [...] }`,
 * like src/parse/testing/stories.json) gets the parse scores only.
 */
import { readFileSync } from 'node:fs';
import { type Issue, issue, plain } from '../../contract/errors.ts';
import { parseJson } from '../../contract/json-text.ts';
import { parseCases } from '../../eval/case.ts';
import { isStoryFile, parseStories, type StoryMetrics, scoreStories } from '../../eval/stories.ts';
import { evaluateText, type TextCaseResult, type TextMetrics, warningSigns } from '../../eval/text.ts';
import { getKnowledge } from '../../knowledge/index.ts';
import { parseStory } from '../../parse/index.ts';
import { failWith } from '../io.ts';

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function formatTextMetrics(file: string, m: TextMetrics): string {
  return [
    `text: ${file} (${m.cases} cases)`,
    `  present findings       precision ${pct(m.precision)}, recall ${pct(m.recall)}`,
    `  warning-sign recall    ${pct(m.warningRecall)}`,
    `  wrong absents          ${m.wrongAbsents}`,
    `  values close           ${m.valuesClose} of ${m.valuesTotal} (pain score within 0.5, duration within a day or 20%)`,
    `  seeded interview       triage ${pct(m.seeded.triageAccuracy)}, under-triage ${m.seeded.underTriage}, over-triage ${m.seeded.overTriage}, top-3 cause ${pct(m.seeded.top3)}`,
    `  questions asked        median ${m.seeded.questionsMedian} (from nothing: ${m.plain.questionsMedian})`,
    `  words read             median ${m.seeded.wordsMedian}, max ${m.seeded.wordsMax} (from nothing: median ${m.plain.wordsMedian}); more than from nothing in ${m.seeded.moreWordsThanPlain} cases`,
  ].join('\n');
}

export function formatStoryMetrics(file: string, m: StoryMetrics): string {
  return [
    `text: ${file} (${m.stories} stories)`,
    `  present findings       precision ${pct(m.precision)}, recall ${pct(m.recall)}`,
    `  warning-sign recall    ${pct(m.warningRecall)}`,
    `  wrong absents          ${m.wrongAbsents}`,
    `  denials read as absent ${pct(m.denialRecall)}`,
    `  open read as absent    ${m.openReadAsAbsent}`,
    `  values wrong           ${m.valuesWrong}`,
  ].join('\n');
}

function describeCase(r: TextCaseResult): string | undefined {
  const parts = [
    r.wrongAbsents.length > 0 ? `WRONG ABSENT ${r.wrongAbsents.join(' ')}` : '',
    r.seeded.underTriage ? 'UNDER-TRIAGE' : '',
    r.warningMissed.length > 0 ? `missed warning signs ${r.warningMissed.join(' ')}` : '',
    r.falsePositives.length > 0 ? `extra ${r.falsePositives.join(' ')}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `  ${r.id}: ${parts.join('; ')}` : undefined;
}

export function evalText(files: readonly string[], json: boolean): void {
  const issues: Issue[] = [];
  const loaded: { file: string; raw: unknown }[] = [];
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
    if (raw.ok) loaded.push({ file, raw: raw.value });
    else issues.push(...raw.issues.map((i) => ({ ...i, path: file })));
  }
  if (issues.length > 0) failWith(issues);
  const kb = getKnowledge();
  const parse = (input: Parameters<typeof parseStory>[0]) => parseStory(input);
  const out: unknown[] = [];
  const lines: string[] = [];
  for (const { file, raw } of loaded) {
    if (isStoryFile(raw)) {
      const stories = parseStories(raw, file);
      if (!stories.ok) failWith(stories.issues);
      const r = scoreStories(stories.value, parse, warningSigns(kb));
      out.push({ file, kind: 'stories', ...r });
      lines.push(formatStoryMetrics(file, r.metrics));
      continue;
    }
    const cases = parseCases(raw, file);
    if (!cases.ok) failWith(cases.issues);
    const r = evaluateText(kb, cases.value, parse);
    out.push({ file, kind: 'cases', ...r });
    lines.push(formatTextMetrics(file, r.metrics));
    for (const c of r.results) {
      const line = describeCase(c);
      if (line) lines.push(line);
    }
  }
  process.stdout.write(json ? `${JSON.stringify(out, null, 2)}\n` : `${lines.join('\n')}\n`);
}
