/**
 * The FHIR R4 export of a diary: one collection Bundle with the person (pseudonymous), the interview
 * Questionnaire, our code systems, the definition of our one extension (code-verification.ts), and for
 * the chosen period each saved assessment (as a
 * QuestionnaireResponse, a RiskAssessment and Conditions for the causes considered) and each pain
 * check-in (as an Observation), plus the profile's medicines and conditions. Pure: the same diary,
 * knowledge and period give the same Bundle, ids included. Every resource carries a generated narrative.
 */
import type { Binary, Bundle, BundleEntry, FhirResource, Parameters } from 'fhir/r4.js';
import type { Diary } from '../diary/model.ts';
import type { Renderer } from '../i18n/render.ts';
import { inPeriod, ms, type Period } from '../insights/period.ts';
import { readSavedAssessment } from '../insights/saved-assessment.ts';
import { assessmentResources } from './assessment-resources.ts';
import { ownCodeSystems } from './code-systems.ts';
import { codeVerificationResources } from './code-verification.ts';
import { derivedUuid, type Exported, urn } from './ids.ts';
import { painObservation } from './pain-observations.ts';
import { patientResource, profileResources } from './profile-resources.ts';
import { buildQuestionnaire, type InterviewKnowledge } from './questionnaire.ts';
import { buildQuestionnaireResponse } from './questionnaire-response.ts';

/** A resource of the export: a domain resource (not a Binary, Bundle or Parameters), with its id and narrative. */
export type ExportResource = Exported<Exclude<FhirResource, Binary | Bundle | Parameters>>;

/** The export Bundle: always with its id, and every entry with its fullUrl and resource. */
export type ExportBundle = Omit<Bundle<ExportResource>, 'id' | 'type' | 'entry'> & {
  id: string;
  type: 'collection';
  entry: ExportEntry[];
};

export type ExportEntry = Omit<BundleEntry<ExportResource>, 'fullUrl' | 'resource'> & {
  fullUrl: string;
  resource: ExportResource;
};

export interface FhirExportOptions {
  /** When the export is made: the Bundle's timestamp and the date of the profile's observations. */
  readonly now?: number;
  /**
   * The Patient id. The server can pass a stable pseudonym per account; by default it is derived from
   * the diary's record ids, so it carries nothing about the person.
   */
  readonly patientId?: string;
  /** The words of displays and notes made from messages, in the reader's language. */
  readonly words: Renderer;
  /**
   * The languages whose words our code systems' concepts carry as designations (besides the English
   * display). By default the reader's language, when it is not English; the CLI and the server give
   * every shipped language.
   */
  readonly designations?: readonly Renderer[];
}

function defaultPatientId(diary: Diary): string {
  const ids = [
    ...diary.episodes,
    ...diary.checkIns,
    ...diary.remedySessions,
    ...diary.assessments,
    ...diary.doctorQuestions,
  ].map((r) => r.id);
  return derivedUuid(`patient/${ids.sort().join(',')}`);
}

/**
 * Definitions (Questionnaire, CodeSystem, ValueSet, StructureDefinition) are known by their canonical
 * URL, `<base>/<type>/<id>`, which agrees with their id; records by urn:uuid.
 */
function entry(resource: ExportResource): ExportEntry {
  const url = 'url' in resource && typeof resource.url === 'string' ? resource.url : undefined;
  return { fullUrl: url ?? urn(resource.id), resource };
}

/** The whole diary when no period is given. */
export function buildFhirBundle(
  diary: Diary,
  kb: InterviewKnowledge,
  range: Period | undefined,
  options: FhirExportOptions,
): ExportBundle {
  const within = (iso: string) => (range ? inPeriod(iso, range) : true);
  const patientId = options.patientId ?? defaultPatientId(diary);
  const patient = { reference: urn(patientId) };
  const questionnaire = buildQuestionnaire(kb);
  const resources: ExportResource[] = [
    patientResource(patientId, diary.profile),
    questionnaire,
    ...ownCodeSystems(kb.version, options.designations ?? [options.words]),
    ...codeVerificationResources(kb.version),
  ];

  const assessments = diary.assessments
    .filter((a) => within(a.at))
    .map(readSavedAssessment)
    .sort((a, b) => ms(a.at) - ms(b.at));
  for (const a of assessments) {
    const response = buildQuestionnaireResponse(a, questionnaire, patient);
    const { riskAssessment, conditions } = assessmentResources(
      a,
      patient,
      response.id,
      kb.version,
      options.words,
    );
    resources.push(response, ...(riskAssessment ? [riskAssessment] : []), ...conditions);
  }
  const checkIns = diary.checkIns.filter((c) => within(c.at)).sort((a, b) => ms(a.at) - ms(b.at));
  resources.push(...checkIns.map((c) => painObservation(c, patient)));
  const asOf = options.now === undefined ? undefined : new Date(options.now).toISOString();
  resources.push(...profileResources(diary.profile, patient, patientId, asOf));

  return {
    resourceType: 'Bundle',
    id: derivedUuid(`bundle/${patientId}/${range ? `${range.start}-${range.end}` : 'all'}`),
    type: 'collection',
    ...(options.now === undefined ? {} : { timestamp: new Date(options.now).toISOString() }),
    entry: resources.map(entry),
  };
}
