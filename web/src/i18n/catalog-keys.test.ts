import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../../../src/contract/ids.ts';
import type { EvidenceGrade } from '../../../src/contract/output.ts';
import { BODY_AREAS } from '../../../src/diary/model.ts';
import type { NudgeId } from '../../../src/insights/nudges.ts';
import en from './en.json' with { type: 'json' };

const catalog = en as Record<string, string>;
const has = (key: string) => key in catalog || `${key}.other` in catalog;
const srcRoot = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

// Typed as a record so that a new nudge id in src/insights fails the type check until it has a text here.
const NUDGES: Record<NudgeId, true> = {
  follow_assessment: true,
  not_better_6_weeks: true,
  no_improvement_3_weeks: true,
  getting_worse: true,
  severe_pain: true,
  daily_activities: true,
  leg_symptoms_1_week: true,
  recurrent_worse_or_more_frequent: true,
  medicine_review: true,
  muscle_relaxant_review: true,
  recurrence_prevention: true,
};
const GRADES: readonly EvidenceGrade[] = ['supported', 'weak', 'unsupported', 'contradicted'];

describe('interface catalog (en.json)', () => {
  it('has every key the code asks for by name', () => {
    const missing: string[] = [];
    for (const file of sources(srcRoot)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([^']+)'/g)) {
        if (!has(m[1] as string)) missing.push(`${m[1]} (${file.slice(srcRoot.length)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every key the code builds from ids', () => {
    const keys = [
      ...GRADES.map((g) => `grade.${g}`),
      ...TRIAGE_LEVELS.map((l) => `triage.headline.${l}`),
      ...TRIAGE_LEVELS.map((l) =>
        l === 'self_care' ? 'reviewAfter.self_care.notBetter' : `reviewAfter.${l}`,
      ),
      ...['emergency', 'urgent', 'gp'].map((l) => `net.level.${l}`),
      ...['emergency', 'urgent', 'gp'].map((l) => `nudge.follow_assessment.${l}`),
      ...Object.keys(NUDGES)
        .filter((id) => id !== 'follow_assessment')
        .map((id) => `nudge.${id}`),
      ...BODY_AREAS.map((a) => `area.${a}`),
      ...['hours', 'days', 'weeks', 'months'].map((u) => `unit.${u}`),
      ...['female', 'male'].map((s) => `about.sex.${s}`),
      ...['signup', 'signin'].flatMap((m) => [`account.${m}Title`, `account.${m}Button`]),
      'account.error.other',
      'reviewAfter.self_care.days',
      ...TRIAGE_LEVELS.map((l) => `visit.level.${l}`),
      ...['female', 'male', 'unknown'].map((s) => `visit.sex.${s}`),
      ...['from', 'to', 'order'].map((e) => `visit.error.${e}`),
      'visit.from',
      'visit.to',
    ];
    expect(keys.filter((k) => !has(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    expect(Object.entries(catalog).filter(([, v]) => v.trim() === '')).toEqual([]);
  });
});
