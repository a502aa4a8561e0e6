// The export on the real knowledge base and engine, as the CLI and server will run it.

import type { QuestionnaireItem, QuestionnaireResponseItem as ResponseItem } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FINDINGS } from '../contract/ids.ts';
import { assessRaw } from '../engine/api.ts';
import { renderer } from '../i18n/catalogs.ts';
import { diaryOf } from '../insights/fixtures.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { buildFhirBundle } from './bundle.ts';
import { answerPaths, buildQuestionnaire, OTHER_FINDINGS } from './questionnaire.ts';
import { compiled, fhirSchemaErrors } from './testing/official-schema.ts';

// Compiling the official schema takes seconds; do it once, outside any test's time limit.
beforeAll(() => {
  compiled();
}, 120_000);

function linkIds(items: readonly (QuestionnaireItem | ResponseItem)[]): string[] {
  return items.flatMap((i) => [i.linkId, ...linkIds(i.item ?? [])]);
}

describe('FHIR export on the real knowledge base', () => {
  const kb = getKnowledge();
  const q = buildQuestionnaire(kb);

  it('makes a valid Questionnaire with unique linkIds that asks every contract finding', () => {
    expect(fhirSchemaErrors(q)).toEqual([]);
    const ids = linkIds(q.item);
    expect(new Set(ids).size).toBe(ids.length);
    const paths = answerPaths(q);
    expect(CONTRACT_FINDINGS.filter((f) => !paths.has(f.id)).map((f) => f.id)).toEqual([]);
    expect(q.item.some((i) => i.linkId === OTHER_FINDINGS)).toBe(false);
    expect(q.version).toBe(kb.version);
  });

  it('exports a real engine assessment as a valid Bundle with every answer placed', () => {
    const input = {
      age: 46,
      sex: 'female',
      evidence: [
        { id: 'pain_lower_back', state: 'present' },
        { id: 'leg_pain_below_knee', state: 'present' },
        { id: 'saddle_numbness', state: 'absent' },
        { id: 'fever', state: 'unknown' },
        { id: 'pain_severity', state: 'present', value: 6 },
        { id: 'duration_days', state: 'present', value: 22 },
      ],
    };
    const output = assessRaw(input, kb);
    if (!output.ok) throw new Error(JSON.stringify(output.issues));
    const diary = diaryOf({
      assessments: [
        {
          id: '00000000-0000-4000-8000-00000000a001',
          at: '2026-11-20T10:00:00Z',
          input,
          output: output.value,
        },
      ],
    });
    const bundle = buildFhirBundle(diary, kb, undefined, { words: renderer('en') });
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const response = bundle.entry.find((e) => e.resource.resourceType === 'QuestionnaireResponse')
      ?.resource as unknown as {
      item: ResponseItem[];
    };
    const answered = linkIds(response.item).filter((id) => id !== 'about-you');
    // age, sex and the five findings that are not unknown; group linkIds are counted apart.
    const leaves = answered.filter((id) => !q.item.some((i) => i.linkId === id && i.type === 'group'));
    expect(leaves).toHaveLength(7);
    expect(bundle.entry.some((e) => e.resource.resourceType === 'RiskAssessment')).toBe(true);
  });
});
