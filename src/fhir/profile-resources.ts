/**
 * The person and what their profile says: a pseudonymous Patient (no name, no birth date: the diary
 * holds neither, and the export should not invent them), medicines as MedicationStatements, health
 * background as self-reported Conditions (verificationStatus "unconfirmed": the person said so, no
 * clinician checked), and the other substance items (alcohol, injecting drugs, medicine events) as
 * social-history Observations. Only findings the person marked present are exported.
 */
import type { Condition, MedicationStatement, Observation, Patient, Reference } from 'fhir/r4.js';
import { FINDING_BY_ID } from '../contract/ids.ts';
import type { Profile } from '../diary/model.ts';
import { SYSTEM } from './codes.ts';
import { derivedUuid, type Exported } from './ids.ts';
import { narrative } from './narrative.ts';
import { findingCoding } from './questionnaire.ts';

/** Items of the medicines group that describe an event or a habit, not a medicine being taken. */
const NOT_A_MEDICINE = new Set([
  'med_new_in_last_months',
  'med_paracetamol_over_max',
  'alcohol_regular',
  'iv_drug_use',
]);

export function patientResource(id: string, profile: Profile): Exported<Patient> {
  return {
    resourceType: 'Patient',
    id,
    text: narrative([
      { p: 'A person using BackEase, pseudonymous: no name or birth date is recorded.' },
      ...(profile.sex ? [{ lead: 'Sex:', p: profile.sex }] : []),
    ]),
    ...(profile.sex ? { gender: profile.sex } : {}),
  };
}

function meaning(findingId: string): string {
  return FINDING_BY_ID.get(findingId)?.meaning ?? findingId;
}

function concept(findingId: string) {
  return { coding: [findingCoding(findingId)], text: meaning(findingId) };
}

const SELF_REPORTED = [{ text: 'Self-reported in the BackEase profile.' }];

/** `asOf`: when the profile was read (the export time), if known; the observations carry it. */
export function profileResources(
  profile: Profile,
  patient: Reference,
  patientId: string,
  asOf?: string,
): Exported<Condition | Observation | MedicationStatement>[] {
  const out: Exported<Condition | Observation | MedicationStatement>[] = [];
  for (const e of profile.evidence.filter((x) => x.state === 'present')) {
    const group = FINDING_BY_ID.get(e.id)?.group;
    const id = derivedUuid(`${patientId}/profile/${e.id}`);
    if (group === 'health background') {
      const condition: Exported<Condition> = {
        resourceType: 'Condition',
        id,
        text: narrative([
          {
            lead: `${meaning(e.id)}:`,
            p: 'self-reported in the BackEase profile; not confirmed by a clinician.',
          },
        ]),
        clinicalStatus: { coding: [{ system: SYSTEM.conditionClinical, code: 'active' }] },
        verificationStatus: { coding: [{ system: SYSTEM.conditionVerification, code: 'unconfirmed' }] },
        category: [{ coding: [{ system: SYSTEM.conditionCategory, code: 'problem-list-item' }] }],
        code: concept(e.id),
        subject: patient,
        note: SELF_REPORTED,
      };
      out.push(condition);
    } else if (NOT_A_MEDICINE.has(e.id)) {
      const observation: Exported<Observation> = {
        resourceType: 'Observation',
        id,
        text: narrative([
          {
            lead: `${meaning(e.id)}:`,
            p: `yes, self-reported in the BackEase profile${asOf ? ` (${asOf})` : ''}.`,
          },
        ]),
        status: 'final',
        category: [
          {
            coding: [
              { system: SYSTEM.observationCategory, code: 'social-history', display: 'Social History' },
            ],
          },
        ],
        code: concept(e.id),
        subject: patient,
        ...(asOf ? { effectiveDateTime: asOf } : {}),
        valueBoolean: true,
        note: SELF_REPORTED,
      };
      out.push(observation);
    } else {
      const statement: Exported<MedicationStatement> = {
        resourceType: 'MedicationStatement',
        id,
        text: narrative([
          { lead: `${meaning(e.id)}:`, p: 'taking it, self-reported in the BackEase profile.' },
        ]),
        status: 'active',
        medicationCodeableConcept: concept(e.id),
        subject: patient,
        informationSource: patient,
        note: SELF_REPORTED,
      };
      out.push(statement);
    }
  }
  return out;
}
