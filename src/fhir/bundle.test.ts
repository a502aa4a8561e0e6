import type {
  CodeSystem,
  Coding,
  Condition,
  RiskAssessment,
  StructureDefinition,
  ValueSet,
} from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { checkIn, diaryOf } from '../insights/fixtures.ts';
import { parsePeriod } from '../insights/period.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../report/sample-diary.ts';
import { buildFhirBundle, type ExportBundle, type ExportResource } from './bundle.ts';
import { VERIFICATION_SYSTEM, VERIFICATION_VALUE_SET } from './code-verification.ts';
import { BASE, EXTENSION, SYSTEM, VERIFICATIONS } from './codes.ts';
import { fixtureKnowledge } from './fixture-knowledge.ts';
import { compiled, fhirSchemaErrors } from './testing/official-schema.ts';
import { xhtmlProblems } from './testing/xhtml.ts';

// Compiling the official schema takes seconds; do it once, outside any test's time limit.
beforeAll(() => {
  compiled();
}, 120_000);

const en = renderer('en');
const diary = sampleDiary();
const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const bundle = buildFhirBundle(diary, fixtureKnowledge, period.value, { now: SAMPLE_NOW, words: en });

type Resource = ExportResource;

function ofType<T>(b: ExportBundle, type: string): T[] {
  return b.entry.map((e) => e.resource).filter((r) => r.resourceType === type) as T[];
}

/** Every Coding anywhere in a value. */
function codings(x: unknown, out: Coding[] = []): Coding[] {
  if (Array.isArray(x)) for (const v of x) codings(v, out);
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.system === 'string' && typeof o.code === 'string') out.push(o as unknown as Coding);
    for (const v of Object.values(o)) codings(v, out);
  }
  return out;
}

describe('buildFhirBundle', () => {
  it('validates against the official FHIR R4 JSON schema', () => {
    expect(fhirSchemaErrors(bundle)).toEqual([]);
  });

  it('validates for an empty diary and for a one-entry diary', () => {
    const empty = buildFhirBundle(diaryOf(), fixtureKnowledge, undefined, { words: en });
    expect(fhirSchemaErrors(empty)).toEqual([]);
    expect(empty.entry.map((e) => e.resource.resourceType)).toEqual([
      'Patient',
      'Questionnaire',
      'CodeSystem',
      'CodeSystem',
      'CodeSystem',
      'CodeSystem',
      'StructureDefinition',
      'CodeSystem',
      'ValueSet',
    ]);
    const one = buildFhirBundle(
      diaryOf({ checkIns: [checkIn('2026-11-02T08:00:00Z', 4)] }),
      fixtureKnowledge,
      undefined,
      { words: en },
    );
    expect(fhirSchemaErrors(one)).toEqual([]);
    expect(ofType(one, 'Observation')).toHaveLength(1);
  });

  it('validates for a saved assessment with empty texts and ids outside the contract', () => {
    const saved = {
      id: '00000000-0000-4000-8000-0000000000ac',
      at: '2026-11-02T10:00:00Z',
      input: {
        age: 40,
        sex: 'male',
        evidence: [
          { id: '', state: 'present' },
          { id: 'made_up_finding', state: 'absent' },
          { id: 'pain_lower_back', state: 'present' },
        ],
      },
      output: {
        triage: {
          level: 'urgent',
          reasons: [{ text: '', findings: ['made_up_finding'] }, { text: ' ' }],
          action: '',
        },
        causes: [
          { id: 'sciatica', name: '', probability: 0.6, for: ['', 'made_up_finding'], against: [''] },
          { id: 'made_up_cause', name: '', probability: 0.3, for: [] },
          { id: '', name: 'Nameless', probability: 0.1 },
        ],
      },
    };
    const b = buildFhirBundle(diaryOf({ assessments: [saved] }), fixtureKnowledge, undefined, { words: en });
    expect(fhirSchemaErrors(b)).toEqual([]);
    const conditions = ofType<Condition>(b, 'Condition');
    expect(conditions.map((c) => c.code?.text)).toEqual(['Sciatica (irritated nerve root, often a disc)']);
    const risk = ofType<RiskAssessment>(b, 'RiskAssessment')[0];
    expect(risk?.prediction).toHaveLength(2);
    expect(JSON.stringify(b)).not.toMatch(/made_up|""/);
  });

  it('is caught by the schema check when a resource is broken (the check can fail)', () => {
    const broken = structuredClone(bundle) as unknown as { entry: { resource: Record<string, unknown> }[] };
    const obs = broken.entry.find((e) => e.resource.resourceType === 'Observation');
    if (!obs) throw new Error('no observation');
    obs.resource.status = 'done';
    obs.resource.valueInteger = '6';
    const errors = fhirSchemaErrors(broken);
    expect(errors.some((e) => e.includes('Observation/status'))).toBe(true);
    expect(errors.some((e) => e.includes('Observation/valueInteger'))).toBe(true);
  });

  it('is a collection with the pseudonymous patient and no name', () => {
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-28T09:00:00.000Z',
    });
    const [patient] = ofType<Resource & Record<string, unknown>>(bundle, 'Patient');
    expect(patient).toEqual({
      resourceType: 'Patient',
      id: patient?.id,
      text: patient?.text,
      gender: 'female',
    });
    expect(JSON.stringify(patient?.text)).toContain('pseudonymous');
  });

  it('has one pain Observation per check-in in the period, coded LOINC 72514-3', () => {
    const pain = ofType<Resource & { code: { coding: Coding[] }; valueInteger: number }>(
      bundle,
      'Observation',
    ).filter((o) => o.code.coding[0]?.code === '72514-3');
    expect(pain).toHaveLength(13);
    expect(pain[0]).toMatchObject({
      status: 'final',
      category: [{ coding: [{ system: SYSTEM.observationCategory, code: 'survey' }] }],
      effectiveDateTime: '2026-10-03T08:00:00Z',
      valueInteger: 6,
    });
    expect(pain[0]?.code.coding[0]?.system).toBe(SYSTEM.loinc);
  });

  it('turns each assessment into a response, a risk assessment and conditions for the causes considered', () => {
    expect(ofType(bundle, 'QuestionnaireResponse')).toHaveLength(3);
    const risks = ofType<{
      prediction: { outcome: { coding: Coding[] }; probabilityDecimal?: number }[];
      mitigation?: string;
    }>(bundle, 'RiskAssessment');
    const last = risks[2];
    expect(last?.prediction[0]?.outcome.coding[0]).toMatchObject({ system: SYSTEM.triageLevel, code: 'gp' });
    expect(last?.prediction.slice(1).map((p) => [p.outcome.coding[0]?.code, p.probabilityDecimal])).toEqual([
      ['sciatica', 0.5],
      ['muscle_strain', 0.41],
      ['medication_side_effect', 0.04],
      ['spinal_stenosis', 0.03],
    ]);
    expect(last?.mitigation).toContain('Book an appointment');
    type Cond = Resource & {
      verificationStatus: { coding: Coding[] };
      code: { coding: Coding[]; text: string };
      note: { text: string }[];
    };
    const conditions = ofType<Cond>(bundle, 'Condition').filter(
      (c) => c.code.coding[0]?.system === SYSTEM.cause,
    );
    // 3 + 2 + 4 causes considered (cauda equina at 0.4% is below the 2% cut).
    expect(conditions).toHaveLength(9);
    const sciatica = conditions.find(
      (c) => c.code.coding[0]?.code === 'sciatica' && c.verificationStatus.coding[0]?.code === 'provisional',
    );
    expect(sciatica?.code.coding.map((c) => [c.system, c.code])).toEqual([
      [SYSTEM.cause, 'sciatica'],
      [SYSTEM.snomed, '23056005'],
      [SYSTEM.icd10, 'M54.3'],
    ]);
    expect(sciatica?.note[0]?.text).toContain('not a diagnosis');
    expect(sciatica?.note[0]?.text).toContain('Estimated probability: 52%');
    const dehydrationLike = conditions.find((c) => c.code.coding[0]?.code === 'exercise_cramp');
    expect(dehydrationLike?.code.coding).toHaveLength(1);
    expect(dehydrationLike?.verificationStatus.coding[0]?.code).toBe('differential');
  });

  it('marks every standard code as unverified, and uses no standard code outside the research list', () => {
    const ours = [SYSTEM.finding, SYSTEM.cause, SYSTEM.triageLevel, SYSTEM.assessmentKind];
    const hl7 = [
      SYSTEM.gender,
      SYSTEM.observationCategory,
      SYSTEM.conditionVerification,
      SYSTEM.conditionClinical,
      SYSTEM.conditionCategory,
      SYSTEM.ucum,
    ];
    const clinical = codings(bundle).filter(
      (c) => !ours.includes(c.system as never) && !hl7.includes(c.system as never),
    );
    expect(new Set(clinical.map((c) => c.system))).toEqual(
      new Set([SYSTEM.loinc, SYSTEM.snomed, SYSTEM.icd10, SYSTEM.icd10cm]),
    );
    for (const c of clinical)
      expect(c.extension?.[0]?.url, `${c.system}|${c.code}`).toBe(EXTENSION.codeVerification);
  });

  it('exports medicines and conditions from the profile, present ones only', () => {
    const meds = ofType<Resource & { medicationCodeableConcept: { coding: Coding[] } }>(
      bundle,
      'MedicationStatement',
    );
    expect(meds.map((m) => m.medicationCodeableConcept.coding[0]?.code)).toEqual(['med_statin', 'med_nsaid']);
    const background = ofType<
      Resource & { code: { coding: Coding[] }; verificationStatus: { coding: Coding[] } }
    >(bundle, 'Condition').filter((c) => c.code.coding[0]?.system === SYSTEM.finding);
    expect(background.map((c) => [c.code.coding[0]?.code, c.verificationStatus.coding[0]?.code])).toEqual([
      ['high_blood_pressure', 'unconfirmed'],
    ]);
  });

  it('keeps to the period', () => {
    const nov = parsePeriod('2026-11-01', '2026-11-30');
    if (!nov.ok) throw new Error('bad period');
    const b = buildFhirBundle(diary, fixtureKnowledge, nov.value, { words: en });
    expect(ofType(b, 'QuestionnaireResponse')).toHaveLength(2);
    expect(ofType(b, 'Observation')).toHaveLength(7);
  });

  it('gives the same ids on every export of the same diary, and unique ones within it', () => {
    const again = buildFhirBundle(diary, fixtureKnowledge, period.value, { now: SAMPLE_NOW, words: en });
    expect(again).toEqual(bundle);
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const u of urls.filter((x) => x.startsWith('urn:uuid:')))
      expect(u).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[48][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('resolves every reference inside the bundle', () => {
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(urls.has(r.slice(13, -1)), r).toBe(true);
  });

  it('gives every resource a generated XHTML narrative (dom-6), escaping what the person wrote', () => {
    const note = '</p><script>alert(1)</script> & ok';
    const b = buildFhirBundle(
      { ...diary, checkIns: [{ ...checkIn('2026-11-02T08:00:00Z', 4), notes: note }, ...diary.checkIns] },
      fixtureKnowledge,
      undefined,
      { words: en },
    );
    expect(fhirSchemaErrors(b)).toEqual([]);
    for (const { resource } of [...b.entry, ...bundle.entry]) {
      const where = `${resource.resourceType}/${resource.id}`;
      expect(resource.text?.status, where).toBe('generated');
      expect(xhtmlProblems(resource.text?.div ?? ''), where).toEqual([]);
    }
    const noted = ofType<Resource>(b, 'Observation').find((o) => JSON.stringify(o).includes('alert(1)'));
    expect(noted?.text?.div).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; ok');
    const risk = ofType<Resource>(bundle, 'RiskAssessment')[2];
    expect(risk?.text.div).toContain('<b>Triage:</b> Book a doctor or physiotherapist appointment');
    expect(risk?.text?.div).toContain('<li>Sciatica (irritated nerve root, often a disc): 50%</li>');
  });

  it('names every definition by a fullUrl that agrees with its type and id', () => {
    const definitions = bundle.entry.filter((e) => !e.fullUrl.startsWith('urn:uuid:'));
    expect(definitions.map((e) => e.resource.resourceType).sort()).toEqual([
      'CodeSystem',
      'CodeSystem',
      'CodeSystem',
      'CodeSystem',
      'CodeSystem',
      'Questionnaire',
      'StructureDefinition',
      'ValueSet',
    ]);
    for (const { fullUrl, resource } of definitions) {
      expect(fullUrl).toBe(`${BASE}/${resource.resourceType}/${resource.id}`);
      expect(fullUrl).toBe((resource as { url?: string }).url);
    }
    for (const { fullUrl, resource } of bundle.entry.filter((e) => e.fullUrl.startsWith('urn:uuid:')))
      expect(fullUrl).toBe(`urn:uuid:${resource.id}`);
  });

  it('ships the definition of the code-verification extension, and every use of it resolves', () => {
    const [definition] = ofType<StructureDefinition>(bundle, 'StructureDefinition');
    expect(definition).toMatchObject({
      url: EXTENSION.codeVerification,
      kind: 'complex-type',
      type: 'Extension',
      baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
      derivation: 'constraint',
      context: [{ type: 'element', expression: 'Coding' }],
    });
    const value = definition?.differential?.element.find((e) => e.path === 'Extension.value[x]');
    expect(value?.type).toEqual([{ code: 'code' }]);
    expect(value?.binding).toEqual({ strength: 'required', valueSet: VERIFICATION_VALUE_SET });
    const valueSet = ofType<ValueSet>(bundle, 'ValueSet').find((v) => v.url === value?.binding?.valueSet);
    expect(valueSet?.compose?.include).toEqual([{ system: VERIFICATION_SYSTEM }]);
    const codes = ofType<CodeSystem>(bundle, 'CodeSystem').find((c) => c.url === VERIFICATION_SYSTEM);
    const allowed = (codes?.concept ?? []).map((c) => c.code);
    expect(allowed).toEqual(Object.keys(VERIFICATIONS));
    const uses = codings(bundle).flatMap((c) =>
      (c.extension ?? []).filter((x) => x.url === EXTENSION.codeVerification),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(allowed).toContain(use.valueCode);
  });
});
