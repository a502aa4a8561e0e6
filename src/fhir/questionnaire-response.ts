/**
 * A saved assessment as a QuestionnaireResponse: the answers the person gave, placed under the
 * questions that asked them. A finding the person left unknown gets no answer (FHIR has no "unknown"
 * answer for a yes/no item, and leaving it out is what "not answered" means in a response).
 */
import type { ReadAssessment, ReadEvidence } from '../insights/saved-assessment.ts';
import { SYSTEM } from './codes.ts';
import { ABOUT_YOU, answerPaths, QUESTIONNAIRE_URL } from './questionnaire.ts';
import type {
  Answer,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  Reference,
  ResponseItem,
} from './types.ts';

function answerFor(e: ReadEvidence, item: QuestionnaireItem): Answer | null {
  if (item.type === 'boolean') return e.state === 'unknown' ? null : { valueBoolean: e.state === 'present' };
  if (e.state !== 'present' || e.value === undefined) return null;
  if (item.type === 'integer') return Number.isInteger(e.value) ? { valueInteger: e.value } : null;
  return { valueDecimal: e.value };
}

function itemAt(q: Questionnaire, path: readonly string[]): QuestionnaireItem | undefined {
  let items: readonly QuestionnaireItem[] | undefined = q.item;
  let found: QuestionnaireItem | undefined;
  for (const linkId of path) {
    found = items?.find((i) => i.linkId === linkId);
    items = found?.item;
  }
  return found;
}

/** Keeps the questionnaire's shape, with only the items that were answered (and their groups). */
function prune(items: readonly QuestionnaireItem[], answers: ReadonlyMap<string, Answer>): ResponseItem[] {
  const out: ResponseItem[] = [];
  for (const item of items) {
    const answer = answers.get(item.linkId);
    const children = item.item ? prune(item.item, answers) : [];
    if (answer)
      out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), answer: [answer] });
    else if (children.length)
      out.push({ linkId: item.linkId, ...(item.text ? { text: item.text } : {}), item: children });
  }
  return out;
}

export function buildQuestionnaireResponse(
  a: ReadAssessment,
  q: Questionnaire,
  patient: Reference,
): QuestionnaireResponse {
  const paths = answerPaths(q);
  const answers = new Map<string, Answer>();
  if (a.age !== null && Number.isInteger(a.age)) answers.set('age', { valueInteger: a.age });
  if (a.sex !== null)
    answers.set('sex', {
      valueCoding: { system: SYSTEM.gender, code: a.sex, display: a.sex === 'female' ? 'Female' : 'Male' },
    });
  for (const e of a.evidence) {
    const path = paths.get(e.id);
    const item = path && itemAt(q, path);
    const linkId = path?.[path.length - 1];
    if (!item || !linkId || linkId === ABOUT_YOU) continue;
    const answer = answerFor(e, item);
    if (answer) answers.set(linkId, answer);
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: a.id,
    questionnaire: QUESTIONNAIRE_URL,
    status: 'completed',
    subject: patient,
    authored: a.at,
    author: patient,
    source: patient,
    item: prune(q.item, answers),
  };
}
