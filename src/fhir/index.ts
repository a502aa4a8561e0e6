/** The FHIR R4 export: pure mapping from a diary and the knowledge base to a Bundle. */
export { buildFhirBundle, type FhirExportOptions } from './bundle.ts';
export { CAUSE_CODES, PAIN_SEVERITY_LOINC, SYSTEM } from './codes.ts';
export { buildQuestionnaire, type InterviewKnowledge } from './questionnaire.ts';
export type { Bundle } from './types.ts';
