/**
 * Reading and writing the golden record (Node only: tests and scripts/golden-engine.ts). The file is
 * laid out one step per line, so a reviewed regeneration shows which states changed and how.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { developerText } from '../../contract/errors.ts';
import { type Case, parseCases } from '../../eval/case.ts';
import type { GoldenFile } from './golden-record.ts';

export const GOLDEN_URL = new URL('./golden.json', import.meta.url);

/** The case files the golden record covers, by name. */
export const CASE_FILES = ['dev', 'extra'] as const;

/** The cases of one case file (vignettes/<file>.json), for tests and benchmarks; a bad file throws. */
export function readCaseFile(file: (typeof CASE_FILES)[number]): Case[] {
  const path = `vignettes/${file}.json`;
  const raw = JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
  const parsed = parseCases(raw, path);
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  return parsed.value;
}

export function readCaseFiles(): { file: string; cases: Case[] }[] {
  return CASE_FILES.map((file) => ({ file, cases: readCaseFile(file) }));
}

export function readGolden(): GoldenFile {
  return JSON.parse(readFileSync(GOLDEN_URL, 'utf8')) as GoldenFile;
}

export function writeGolden(golden: GoldenFile): void {
  const j = JSON.stringify;
  const cases = golden.cases.map((c) =>
    [
      `{"file":${j(c.file)},"id":${j(c.id)},`,
      `"oneShot":${j(c.oneShot)},`,
      `"steps":[\n${c.steps.map((s) => j(s)).join(',\n')}\n]}`,
    ].join('\n'),
  );
  writeFileSync(
    GOLDEN_URL,
    `{"knowledgeVersion":${j(golden.knowledgeVersion)},"cases":[\n${cases.join(',\n')}\n]}\n`,
  );
}
