/**
 * Pain check-ins as Observations: category survey, LOINC 72514-3 (0-10 numeric rating, reported),
 * valueInteger, as peers.md §4.1 maps a diary pain score.
 */
import type { Observation, Reference } from 'fhir/r4.js';
import type { CheckIn } from '../diary/model.ts';
import { PAIN_SEVERITY_LOINC, SYSTEM, standardCoding } from './codes.ts';
import type { Exported } from './ids.ts';
import { narrative } from './narrative.ts';

export const SURVEY_CATEGORY = {
  coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }],
};

export function painObservation(c: CheckIn, patient: Reference): Exported<Observation> {
  const notes = c.notes.trim();
  return {
    resourceType: 'Observation',
    id: c.id,
    text: narrative([
      { lead: 'Pain:', p: `${c.pain} of 10 (0 none, 10 the worst imaginable), reported ${c.at}.` },
      ...(notes ? [{ lead: 'Note:', p: notes }] : []),
    ]),
    status: 'final',
    category: [SURVEY_CATEGORY],
    code: { coding: [standardCoding(PAIN_SEVERITY_LOINC)], text: 'Pain, 0 (none) to 10 (worst imaginable)' },
    subject: patient,
    effectiveDateTime: c.at,
    valueInteger: c.pain,
    ...(notes ? { note: [{ text: c.notes }] } : {}),
  };
}
