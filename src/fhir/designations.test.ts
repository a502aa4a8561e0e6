/**
 * Our code systems' concepts carry their words in Spanish and Arabic as designations with a language
 * (FHIR R4 CodeSystem.concept.designation), from the same catalogs as every other surface; the English
 * display stays the display.
 */
import type { CodeSystem, CodeSystemConcept } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderer, translationRenderers } from '../i18n/catalogs.ts';
import { parsePeriod } from '../insights/period.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../report/sample-diary.ts';
import { buildFhirBundle, type ExportBundle } from './bundle.ts';
import { SYSTEM } from './codes.ts';
import { compiled, fhirSchemaErrors } from './testing/official-schema.ts';

beforeAll(() => {
  compiled();
}, 120_000);

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const build = (options: Partial<Parameters<typeof buildFhirBundle>[3]>) =>
  buildFhirBundle(sampleDiary(), getKnowledge(), period.value, {
    now: SAMPLE_NOW,
    words: renderer('en'),
    ...options,
  });

function concept(b: ExportBundle, system: string, code: string): CodeSystemConcept {
  const cs = b.entry.map((e) => e.resource).find((r) => r.resourceType === 'CodeSystem' && r.url === system);
  const found = (cs as CodeSystem | undefined)?.concept?.find((c) => c.code === code);
  if (!found) throw new Error(`${system}#${code} not found`);
  return found;
}

describe('FHIR designations', () => {
  const all = build({ designations: translationRenderers() });

  it('give each finding, cause and triage level its Spanish and Arabic words, beside the English display', () => {
    const saddle = concept(all, SYSTEM.finding, 'saddle_numbness');
    expect(saddle.display).toMatch(/[A-Za-z]/);
    expect(saddle.designation).toEqual([
      { language: 'es', value: renderer('es').text('finding.saddle_numbness.label') },
      { language: 'ar', value: renderer('ar').text('finding.saddle_numbness.label') },
    ]);
    expect(concept(all, SYSTEM.cause, 'cauda_equina').designation).toEqual([
      { language: 'es', value: 'Síndrome de cola de caballo' },
      { language: 'ar', value: 'متلازمة ذيل الفرس' },
    ]);
    expect(concept(all, SYSTEM.triageLevel, 'emergency').designation?.map((d) => d.language)).toEqual([
      'es',
      'ar',
    ]);
  });

  it('pass the official FHIR R4 schema', () => {
    expect(fhirSchemaErrors(all)).toEqual([]);
  });

  it('default to the reader’s language when it is not English, and to none for English', () => {
    const es = build({ words: renderer('es') });
    expect(concept(es, SYSTEM.cause, 'sciatica').designation).toEqual([
      { language: 'es', value: renderer('es').text('cause.sciatica.name') },
    ]);
    expect(concept(build({}), SYSTEM.cause, 'sciatica').designation).toBeUndefined();
  });
});
