/**
 * Code systems and codes used by the FHIR export. Our own vocabulary (findings, causes, triage
 * levels) lives under our own code system URIs. Standard codes come only from research/peers.md §4.3,
 * and none of them has been checked in an official terminology browser yet (that section says to), so
 * every standard Coding carries the code-verification extension saying where it came from:
 * - `seen-unverified`: the research saw the code in public material (an IG, a value set, public code);
 * - `memory-unverified`: the research marks it "from memory, unverified" (✔ᵐ).
 * A cause without a standard code gets only our code and its name. Never add a code here that §4.3
 * does not list.
 */
import type { Coding, Extension } from 'fhir/r4.js';

/** Placeholder base for our URIs (.example is reserved); change it in one place when a domain exists. */
export const BASE = 'https://backease.example/fhir';

export const SYSTEM = {
  finding: `${BASE}/CodeSystem/finding`,
  cause: `${BASE}/CodeSystem/cause`,
  triageLevel: `${BASE}/CodeSystem/triage-level`,
  assessmentKind: `${BASE}/CodeSystem/assessment-kind`,
  snomed: 'http://snomed.info/sct',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  gender: 'http://hl7.org/fhir/administrative-gender',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
} as const;

export const EXTENSION = {
  /** Ours: how far a standard code was checked (code-verification.ts defines it). */
  codeVerification: `${BASE}/StructureDefinition/code-verification`,
  /** Core R4 extensions for number limits and units on Questionnaire items. */
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  unit: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
} as const;

/** The values of the code-verification extension, with what each means. */
export const VERIFICATIONS = {
  'seen-unverified':
    'Seen in public material (an implementation guide, a value set, public code); not yet checked in an official terminology browser',
  'memory-unverified':
    'Recorded from memory in the product research; not yet checked in an official terminology browser',
} as const;

export type Verification = keyof typeof VERIFICATIONS;

export interface StandardCode {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly verification: Verification;
  /** Where research/peers.md §4.3 saw it, for docs/report.md and reviewers. */
  readonly seen: string;
}

function verification(v: Verification): Extension {
  return { url: EXTENSION.codeVerification, valueCode: v };
}

export function standardCoding(c: StandardCode): Coding {
  return { system: c.system, code: c.code, display: c.display, extension: [verification(c.verification)] };
}

/** LOINC 72514-3, the 0-10 numeric pain rating (peers.md §4.1 and §4.3: HL7 Belgium IG value set, a French profile). */
export const PAIN_SEVERITY_LOINC: StandardCode = {
  system: SYSTEM.loinc,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
  verification: 'seen-unverified',
  seen: 'peers.md §4.1/§4.3: HL7 Belgium IG value set; a French profile pins it',
};

/**
 * Standard codes for contract causes, from peers.md §4.3. Where a cell of that table ends in ✔ᵐ and
 * its "where seen" column does not name the code, the code is taken as from memory.
 */
export const CAUSE_CODES: Readonly<Record<string, readonly StandardCode[]>> = {
  muscle_strain: [
    {
      system: SYSTEM.icd10cm,
      code: 'M62.830',
      display: 'Muscle spasm of back',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: ICD-10-CM code tables (pabau.com and others)',
    },
  ],
  sciatica: [
    {
      system: SYSTEM.snomed,
      code: '23056005',
      display: 'Sciatica (disorder)',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: SNOMED display seen in public code',
    },
    {
      system: SYSTEM.icd10,
      code: 'M54.3',
      display: 'Sciatica',
      verification: 'memory-unverified',
      seen: 'peers.md §4.3: WHO ICD-10 cell marked ✔ᵐ',
    },
  ],
  spinal_stenosis: [
    {
      system: SYSTEM.snomed,
      code: '18347007',
      // The research saw this code used with the label "Lumbar Stenosis", not its official display.
      display: 'Lumbar Stenosis',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: public code, used as "Lumbar Stenosis"',
    },
    {
      system: SYSTEM.icd10,
      code: 'M48.06',
      display: 'Spinal stenosis, lumbar region',
      verification: 'memory-unverified',
      seen: 'peers.md §4.3: cell marked ✔ᵐ',
    },
  ],
  peripheral_artery_disease: [
    {
      system: SYSTEM.snomed,
      code: '399957001',
      display: 'Peripheral arterial occlusive disease (disorder)',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: public FSH/IG code',
    },
    {
      system: SYSTEM.icd10,
      code: 'I73.9',
      display: 'Peripheral vascular disease, unspecified',
      verification: 'memory-unverified',
      seen: 'peers.md §4.3: marked ✔ᵐ',
    },
  ],
  cauda_equina: [
    {
      system: SYSTEM.snomed,
      code: '192970008',
      display: 'Cauda equina syndrome',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: public code',
    },
    {
      system: SYSTEM.icd10,
      code: 'G83.4',
      display: 'Cauda equina syndrome',
      verification: 'seen-unverified',
      seen: 'peers.md §4.3: public code',
    },
  ],
};

export function ownCoding(system: string, code: string, display: string): Coding {
  return { system, code, display };
}
