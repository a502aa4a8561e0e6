/**
 * The messages of an assessment's parts, by id: what every surface renders (the CLI, the answers of the
 * API, the web app, the visit summary), so each says the same thing the same way.
 */
import type { CauseEvidence } from '../contract/output.ts';
import { type Message, msg } from './message.ts';
import { naturalFrequency, OUT_OF } from './plain-risk.ts';

export const findingLabel = (id: string): Message => msg(`finding.${id}.label`);
export const findingText = (id: string): Message => msg(`finding.${id}.text`);
export const causeName = (id: string): Message => msg(`cause.${id}.name`);
export const causeSummary = (id: string): Message => msg(`cause.${id}.summary`);
export const adviceTitle = (id: string): Message => msg(`advice.${id}.title`);
export const adviceText = (id: string): Message => msg(`advice.${id}.text`);
export const safetyWhy = (ruleId: string): Message => msg(`safety.${ruleId}.why`);
export const serviceAction = (service: string): Message => msg(`service.${service}.action`);
export const levelMeaning = (level: string): Message => msg(`level.${level}.meaning`);
export const questionText = (id: string): Message => msg(`question.${id}.text`);
export const questionWhy = (id: string): Message => msg(`question.${id}.why`);

/** One answer that moved a cause, in words: "Pain score: 7 out of 10", or "You said no to: fever". */
export function evidenceMessage(e: Pick<CauseEvidence, 'finding' | 'answer' | 'value'>): Message {
  const label = findingLabel(e.finding);
  if (e.answer === 'absent') return msg('evidence.absent', { label });
  if (e.value === undefined) return msg('evidence.present', { label });
  if (e.finding === 'pain_severity') return msg('evidence.pain', { label, value: e.value });
  if (e.finding === 'duration_days') return msg('evidence.days', { label, count: e.value });
  return msg('evidence.value', { label, value: e.value });
}

/** A cause's chance in words: "About 40 in 100 people with answers like yours". */
export function causeFrequency(probability: number): Message {
  const f = naturalFrequency(probability);
  const code = f.bound === 'more' ? 'risk.more' : f.bound === 'fewer' ? 'risk.fewer' : 'risk.about';
  return msg(code, { count: f.count, total: OUT_OF });
}
