/**
 * The definition of our one extension, code-verification (codes.ts explains why every standard code
 * carries it): a StructureDefinition of an Extension on Coding whose value is a code bound (required)
 * to a ValueSet of our verification CodeSystem. The three are shipped in every export Bundle, so a
 * receiving system or validator can resolve the extension's URL without knowing BackEase. fhirVersion
 * is left out: the definition fits R4 as first published (4.0.0) and as corrected (4.0.1).
 */
import type { CodeSystem, StructureDefinition, ValueSet } from 'fhir/r4.js';
import { BASE, EXTENSION, VERIFICATIONS } from './codes.ts';
import type { Exported } from './ids.ts';
import { narrative } from './narrative.ts';

const VERIFICATION_ID = 'code-verification';
export const VERIFICATION_SYSTEM = `${BASE}/CodeSystem/${VERIFICATION_ID}`;
export const VERIFICATION_VALUE_SET = `${BASE}/ValueSet/${VERIFICATION_ID}`;

const PURPOSE =
  'Says how far a standard code (SNOMED CT, ICD-10, LOINC) on this Coding has been checked: it comes from ' +
  'the product research and has not yet been confirmed in an official terminology browser.';

function extensionDefinition(version: string): Exported<StructureDefinition> {
  return {
    resourceType: 'StructureDefinition',
    id: VERIFICATION_ID,
    text: narrative([{ lead: 'Extension code-verification.', p: PURPOSE }]),
    url: EXTENSION.codeVerification,
    version,
    name: 'CodeVerification',
    title: 'BackEase code verification',
    status: 'active',
    description: PURPOSE,
    kind: 'complex-type',
    abstract: false,
    context: [{ type: 'element', expression: 'Coding' }],
    type: 'Extension',
    baseDefinition: 'http://hl7.org/fhir/StructureDefinition/Extension',
    derivation: 'constraint',
    differential: {
      element: [
        {
          id: 'Extension',
          path: 'Extension',
          short: 'How far this standard code has been checked',
          definition: PURPOSE,
          min: 0,
          max: '1',
        },
        { id: 'Extension.extension', path: 'Extension.extension', max: '0' },
        { id: 'Extension.url', path: 'Extension.url', fixedUri: EXTENSION.codeVerification },
        {
          id: 'Extension.value[x]',
          path: 'Extension.value[x]',
          min: 1,
          type: [{ code: 'code' }],
          binding: { strength: 'required', valueSet: VERIFICATION_VALUE_SET },
        },
      ],
    },
  };
}

function verificationCodes(version: string): Exported<CodeSystem> {
  const concept = Object.entries(VERIFICATIONS).map(([code, definition]) => ({
    code,
    display: code === 'seen-unverified' ? 'Seen, not verified' : 'From memory, not verified',
    definition,
  }));
  return {
    resourceType: 'CodeSystem',
    id: VERIFICATION_ID,
    text: narrative([
      { lead: 'BackEase code verification.', p: `${concept.length} codes, version ${version}:` },
      { list: concept.map((c) => `${c.code}: ${c.definition}`) },
    ]),
    url: VERIFICATION_SYSTEM,
    version,
    name: 'BackEaseCodeVerification',
    title: 'BackEase code verification',
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    valueSet: VERIFICATION_VALUE_SET,
    concept,
  };
}

function verificationValueSet(version: string): Exported<ValueSet> {
  return {
    resourceType: 'ValueSet',
    id: VERIFICATION_ID,
    text: narrative([{ lead: 'BackEase code verification.', p: `Every code of ${VERIFICATION_SYSTEM}.` }]),
    url: VERIFICATION_VALUE_SET,
    version,
    name: 'BackEaseCodeVerification',
    title: 'BackEase code verification',
    status: 'active',
    compose: { include: [{ system: VERIFICATION_SYSTEM }] },
  };
}

/** The extension's definition, and the code system and value set its value is bound to. */
export function codeVerificationResources(
  version: string,
): [Exported<StructureDefinition>, Exported<CodeSystem>, Exported<ValueSet>] {
  return [extensionDefinition(version), verificationCodes(version), verificationValueSet(version)];
}
