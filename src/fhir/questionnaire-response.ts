/**
 * A saved assessment as a QuestionnaireResponse: the answers the person gave, placed under the
 * questions that asked them. A finding the person left unknown gets no answer (FHIR has no "unknown"
 * answer for a yes/no item, and leaving it out is what "not answered" means in a response).
 */
import type {
  QuestionnaireResponseItemAnswer as Answer,
  QuestionnaireItem,
  QuestionnaireResponse,
  Reference,
  QuestionnaireResponseItem as ResponseItem,
} from 'fhir/r4.js';
import type { ReadAssessment, ReadEvidence } from '../insights/saved-assessment.ts';
import { SYSTEM } from './codes.ts';
import type { Exported } from './ids.ts';
import { narrative } from './narrative.ts';
import { ABOUT_YOU, answerPaths, type InterviewQuestionnaire, QUESTIONNAIRE_URL } from './questionnaire.ts';

function answerFor(e: ReadEvidence, item: QuestionnaireItem): Answer | null {
  if (item.type === 'boolean') return e.state === 'unknown' ? null : { valueBoolean: e.state === 'present' };
  if (e.state !== 'present' || e.value === undefined) return null;
  if (item.type === 'integer') return Number.isInteger(e.value) ? { valueInteger: e.value } : null;
  return { valueDecimal: e.value };
}

function itemAt(q: InterviewQuestionnaire, path: readonly string[]): QuestionnaireItem | undefined {
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

function answerText(a: Answer): string {
  if (a.valueBoolean !== undefined) return a.valueBoolean ? 'yes' : 'no';
  if (a.valueCoding) return a.valueCoding.display ?? a.valueCoding.code ?? '';
  return String(a.valueInteger ?? a.valueDecimal ?? '');
}

/** Each answer in words, "question: answer", in the questionnaire's order. */
function answerLines(items: readonly ResponseItem[]): string[] {
  return items.flatMap((i) => [
    ...(i.answer ?? []).map((a) => `${i.text ?? i.linkId}: ${answerText(a)}`),
    ...answerLines(i.item ?? []),
  ]);
}

export function buildQuestionnaireResponse(
  a: ReadAssessment,
  q: InterviewQuestionnaire,
  patient: Reference,
): Exported<QuestionnaireResponse> & { item: ResponseItem[] } {
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
  const item = prune(q.item, answers);
  const lines = answerLines(item);
  return {
    resourceType: 'QuestionnaireResponse',
    id: a.id,
    text: narrative([
      {
        lead: 'Answers to the BackEase interview',
        p: `given on ${a.at}: ${lines.length ? `${lines.length} answers.` : 'no answers that can be shown.'}`,
      },
      { list: lines },
    ]),
    questionnaire: QUESTIONNAIRE_URL,
    status: 'completed',
    subject: patient,
    authored: a.at,
    author: patient,
    source: patient,
    item,
  };
}
