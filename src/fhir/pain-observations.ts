/**
 * Pain check-ins as Observations: category survey, LOINC 72514-3 (0-10 numeric rating, reported),
 * valueInteger, as peers.md §4.1 maps a diary pain score.
 */
import type { CheckIn } from '../diary/model.ts';
import { PAIN_SEVERITY_LOINC, SYSTEM, standardCoding } from './codes.ts';
import type { Observation, Reference } from './types.ts';

export const SURVEY_CATEGORY = {
  coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }],
} as const;

export function painObservation(c: CheckIn, patient: Reference): Observation {
  return {
    resourceType: 'Observation',
    id: c.id,
    status: 'final',
    category: [SURVEY_CATEGORY],
    code: { coding: [standardCoding(PAIN_SEVERITY_LOINC)], text: 'Pain, 0 (none) to 10 (worst imaginable)' },
    subject: patient,
    effectiveDateTime: c.at,
    valueInteger: c.pain,
    ...(c.notes.trim() ? { note: [{ text: c.notes }] } : {}),
  };
}
