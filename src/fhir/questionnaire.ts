/**
 * The interview as a FHIR Questionnaire. The interview is adaptive (the engine picks the next
 * question), so the Questionnaire lists every question the knowledge base can ask, in the order the
 * engine would reach them (safety first), without enableWhen: our askIf conditions are richer than
 * enableWhen, and a response holds only the questions that were asked (SDC's adaptive pattern,
 * peers.md §4.2).
 *
 * Each answerable item carries our finding code so answers can be extracted. A tick-box question is a
 * group of yes/no items rather than one repeating choice: that keeps "no" apart from "not answered",
 * which the engine treats differently.
 */
import type { Coding, Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4.js';
import { FINDING_BY_ID } from '../contract/ids.ts';
import type { Knowledge, QuestionSpec } from '../knowledge/types.ts';
import { BASE, EXTENSION, ownCoding, PAIN_SEVERITY_LOINC, SYSTEM, standardCoding } from './codes.ts';
import type { Exported } from './ids.ts';
import { narrative } from './narrative.ts';

/** What the mapping needs from the knowledge base: a fixture can stand in for the real one. */
export type InterviewKnowledge = Pick<Knowledge, 'version' | 'questions' | 'findings'>;

/** The interview Questionnaire: always with its canonical URL and its items. */
export type InterviewQuestionnaire = Exported<Questionnaire> & { url: string; item: QuestionnaireItem[] };

export const QUESTIONNAIRE_ID = 'backease-interview';
export const QUESTIONNAIRE_URL = `${BASE}/Questionnaire/${QUESTIONNAIRE_ID}`;
export const ABOUT_YOU = 'about-you';
export const OTHER_FINDINGS = 'other-findings';

export function findingCoding(id: string): Coding {
  return ownCoding(SYSTEM.finding, id, FINDING_BY_ID.get(id)?.meaning ?? id);
}

function limits(findingId: string): Extension[] {
  if (findingId === 'pain_severity')
    return [
      { url: EXTENSION.minValue, valueInteger: 0 },
      { url: EXTENSION.maxValue, valueInteger: 10 },
    ];
  if (findingId === 'duration_days')
    return [
      { url: EXTENSION.minValue, valueDecimal: 0 },
      { url: EXTENSION.unit, valueCoding: { system: SYSTEM.ucum, code: 'd', display: 'days' } },
    ];
  return [];
}

/** One answerable item for one finding: yes/no, or a number of the finding's kind. */
export function findingItem(linkId: string, findingId: string, text: string): QuestionnaireItem {
  const finding = FINDING_BY_ID.get(findingId);
  if (finding?.kind !== 'number') return { linkId, text, type: 'boolean', code: [findingCoding(findingId)] };
  const codes = [findingCoding(findingId)];
  // The pain rating also carries its LOINC code, so an SDC extractor can make the pain Observation.
  if (findingId === 'pain_severity') codes.push(standardCoding(PAIN_SEVERITY_LOINC));
  return {
    linkId,
    text,
    type: findingId === 'pain_severity' ? 'integer' : 'decimal',
    code: codes,
    extension: limits(findingId),
  };
}

function questionItem(q: QuestionSpec, findingText: (id: string) => string): QuestionnaireItem {
  const [only] = q.items;
  if (q.type !== 'multiple' && q.items.length === 1 && only !== undefined)
    return findingItem(q.id, only, q.text);
  return {
    linkId: q.id,
    text: q.text,
    type: 'group',
    item: q.items.map((id) => findingItem(`${q.id}.${id}`, id, findingText(id))),
  };
}

const aboutYou: QuestionnaireItem = {
  linkId: ABOUT_YOU,
  text: 'About you',
  type: 'group',
  item: [
    {
      linkId: 'age',
      text: 'Age in years',
      type: 'integer',
      extension: [
        { url: EXTENSION.minValue, valueInteger: 0 },
        { url: EXTENSION.maxValue, valueInteger: 120 },
      ],
    },
    {
      linkId: 'sex',
      text: 'Sex',
      type: 'choice',
      answerOption: [
        { valueCoding: { system: SYSTEM.gender, code: 'female', display: 'Female' } },
        { valueCoding: { system: SYSTEM.gender, code: 'male', display: 'Male' } },
      ],
    },
  ],
};

const TITLE = 'BackEase back pain and spasm interview';
const DESCRIPTION =
  'Self-report interview of the BackEase self-care and triage assistant. Adaptive: a response holds only the questions that were asked.';

export function buildQuestionnaire(kb: InterviewKnowledge): InterviewQuestionnaire {
  const texts = new Map<string, string>(kb.findings.map((f) => [f.id, f.text]));
  const findingText = (id: string) => texts.get(id) ?? FINDING_BY_ID.get(id)?.meaning ?? id;
  const phaseRank = (q: QuestionSpec) => (q.phase === 'safety' ? 0 : 1);
  const ordered = [...kb.questions].sort((a, b) => phaseRank(a) - phaseRank(b) || a.order - b.order);
  const asked = new Set<string>(ordered.flatMap((q) => q.items));
  // Findings no question asks (none, once the knowledge base is complete) still need a place for answers.
  const unasked = [...FINDING_BY_ID.keys()].filter((id) => !asked.has(id));
  const items: QuestionnaireItem[] = [aboutYou, ...ordered.map((q) => questionItem(q, findingText))];
  if (unasked.length)
    items.push({
      linkId: OTHER_FINDINGS,
      text: 'Other findings',
      type: 'group',
      item: unasked.map((id) => findingItem(`${OTHER_FINDINGS}.${id}`, id, findingText(id))),
    });
  return {
    resourceType: 'Questionnaire',
    id: QUESTIONNAIRE_ID,
    text: narrative([
      { lead: `${TITLE}.`, p: DESCRIPTION },
      { p: `${ordered.length} questions, safety first; knowledge base version ${kb.version}.` },
    ]),
    url: QUESTIONNAIRE_URL,
    version: kb.version,
    name: 'BackEaseInterview',
    title: TITLE,
    status: 'active',
    subjectType: ['Patient'],
    description: DESCRIPTION,
    item: items,
  };
}

/** Where each finding's answer goes: the path of linkIds from the top item to the answerable item. */
export function answerPaths(q: InterviewQuestionnaire): Map<string, readonly string[]> {
  const paths = new Map<string, readonly string[]>();
  const walk = (items: readonly QuestionnaireItem[], parents: readonly string[]) => {
    for (const item of items) {
      const path = [...parents, item.linkId];
      const finding = item.code?.find((c) => c.system === SYSTEM.finding);
      if (finding?.code && !paths.has(finding.code)) paths.set(finding.code, path);
      if (item.item) walk(item.item, path);
    }
  };
  walk(q.item, []);
  return paths;
}
