/**
 * What one saved assessment becomes besides its QuestionnaireResponse:
 * - a RiskAssessment: prediction[0] is the triage disposition (our triage-level code, the reasons as
 *   rationale, the action as mitigation); the further predictions are the causes considered with the
 *   engine's probabilities;
 * - a Condition per cause considered, verificationStatus "provisional" for the most likely and
 *   "differential" for the others, coded with our cause code plus any standard code listed in codes.ts
 *   (each marked unverified), with the findings that pointed to it as evidence.
 * None of this is a diagnosis; the notes say so, since a receiving system may show a Condition bare.
 */
import type { CodeableConcept, Condition, Reference, RiskAssessment } from 'fhir/r4.js';
import { TRIAGE_LEVEL_MEANINGS } from '../contract/ids.ts';
import { serviceAction } from '../i18n/assessment-messages.ts';
import type { Renderer } from '../i18n/render.ts';
import { causesConsidered, type ReadAssessment, type ReadCause } from '../insights/saved-assessment.ts';
import { CAUSE_CODES, ownCoding, SYSTEM, standardCoding } from './codes.ts';
import { derivedUuid, type Exported, urn } from './ids.ts';
import { narrative } from './narrative.ts';
import { findingCoding } from './questionnaire.ts';

const NOT_A_DIAGNOSIS =
  'Suggested by the BackEase self-report questionnaire from what the person answered; not a diagnosis. For a clinician to confirm or rule out.';
const UNVERIFIED_NOTE =
  'Standard codes here carry the code-verification extension: they come from the product research and have not yet been checked in an official terminology browser.';

export function causeConcept(c: Pick<ReadCause, 'id' | 'name'>): CodeableConcept {
  const standard = (CAUSE_CODES[c.id] ?? []).map(standardCoding);
  return { coding: [ownCoding(SYSTEM.cause, c.id, c.name), ...standard], text: c.name };
}

function percent(p: number): string {
  return p < 0.01 ? 'under 1%' : `${Math.round(p * 100)}%`;
}

export function causeCondition(
  a: ReadAssessment,
  cause: ReadCause,
  rank: number,
  patient: Reference,
  response: Reference,
): Exported<Condition> {
  const coded = (CAUSE_CODES[cause.id] ?? []).length > 0;
  const likeliest = rank === 0;
  return {
    resourceType: 'Condition',
    id: derivedUuid(`${a.id}/condition/${cause.id}`),
    text: narrative([
      {
        lead: `${cause.name}:`,
        p: `${likeliest ? 'the most likely' : 'a possible'} cause on ${a.at}, estimated probability ${percent(cause.probability)}.`,
      },
      { p: NOT_A_DIAGNOSIS },
    ]),
    verificationStatus: {
      coding: [{ system: SYSTEM.conditionVerification, code: likeliest ? 'provisional' : 'differential' }],
    },
    code: causeConcept(cause),
    subject: patient,
    recordedDate: a.at,
    evidence: [
      {
        ...(cause.for.length ? { code: cause.for.map((f) => ({ coding: [findingCoding(f)] })) } : {}),
        detail: [response],
      },
    ],
    note: [
      { text: `${NOT_A_DIAGNOSIS} Estimated probability: ${percent(cause.probability)}.` },
      ...(coded ? [{ text: UNVERIFIED_NOTE }] : []),
    ],
  };
}

export function triageRiskAssessment(
  a: ReadAssessment,
  causes: readonly ReadCause[],
  patient: Reference,
  response: Reference,
  knowledgeVersion: string,
  words: Renderer,
): Exported<RiskAssessment> | null {
  if (!a.triage) return null;
  const { level, reasons, service } = a.triage;
  return {
    resourceType: 'RiskAssessment',
    id: derivedUuid(`${a.id}/risk-assessment`),
    text: narrative([
      { lead: 'Triage:', p: `${TRIAGE_LEVEL_MEANINGS[level]} (${a.at}).` },
      ...(reasons.length ? [{ lead: 'Why:', p: reasons.map((r) => words.render(r.message)).join(' ') }] : []),
      { lead: 'What to do:', p: words.render(serviceAction(service)) },
      {
        lead: 'Possible causes considered:',
        list: causes.map((c) => `${c.name}: ${percent(c.probability)}`),
      },
      { p: NOT_A_DIAGNOSIS },
    ]),
    status: 'final',
    code: { coding: [ownCoding(SYSTEM.assessmentKind, 'triage', 'BackEase triage and possible causes')] },
    method: { text: `BackEase engine (rules and Bayesian ranking), knowledge base ${knowledgeVersion}` },
    subject: patient,
    occurrenceDateTime: a.at,
    basis: [response],
    prediction: [
      {
        outcome: {
          coding: [ownCoding(SYSTEM.triageLevel, level, TRIAGE_LEVEL_MEANINGS[level])],
          text: TRIAGE_LEVEL_MEANINGS[level],
        },
        ...(reasons.length ? { rationale: reasons.map((r) => words.render(r.message)).join(' ') } : {}),
      },
      ...causes.map((c) => ({ outcome: causeConcept(c), probabilityDecimal: c.probability })),
    ],
    mitigation: words.render(serviceAction(service)),
    note: [{ text: NOT_A_DIAGNOSIS }],
  };
}

export interface AssessmentResources {
  readonly riskAssessment: Exported<RiskAssessment> | null;
  readonly conditions: readonly Exported<Condition>[];
}

export function assessmentResources(
  a: ReadAssessment,
  patient: Reference,
  responseId: string,
  knowledgeVersion: string,
  words: Renderer,
): AssessmentResources {
  const response = { reference: urn(responseId) };
  const causes = causesConsidered(a);
  return {
    riskAssessment: triageRiskAssessment(a, causes, patient, response, knowledgeVersion, words),
    conditions: causes.map((c, i) => causeCondition(a, c, i, patient, response)),
  };
}
