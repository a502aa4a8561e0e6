/**
 * Which remedies were followed by the largest drop in pain for this person: the mean of painBefore
 * minus painAfter over the sessions where both were rated. Fewer than 3 rated sessions is called too
 * few to tell (our choice: with 1 or 2 sessions one good or bad day decides the answer). The wording
 * says "followed by", never "caused": back pain often eases on its own (research/clinical.md §5.1).
 */
import type { RemedySession } from '../diary/model.ts';
import { inPeriod, type Period } from './period.ts';
import { plural, points } from './words.ts';

export const MIN_REMEDY_SESSIONS = 3;

export interface RemedyEffect {
  readonly remedy: string;
  readonly name: string;
  /** Sessions in the period, rated or not. */
  readonly sessions: number;
  /** Sessions with pain rated before and after: the ones the mean is over. */
  readonly rated: number;
  readonly totalMinutes: number;
  /** Mean of painBefore - painAfter (positive: pain went down); null when no session was rated after. */
  readonly meanDrop: number | null;
  readonly enough: boolean;
  readonly note: string;
}

export interface RemedyEffects {
  /** Remedies with enough sessions first, largest mean drop first. */
  readonly effects: readonly RemedyEffect[];
  /** The remedy with enough sessions and the largest positive mean drop, if any. */
  readonly best: RemedyEffect | null;
  readonly text: string;
}

/** "heat_wrap" → "Heat wrap", for remedies the knowledge base does not name. */
export function humanise(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function remedyEffects(
  sessions: readonly RemedySession[],
  period: Period,
  nameOf: (remedyId: string) => string = humanise,
): RemedyEffects {
  const byRemedy = new Map<string, RemedySession[]>();
  for (const s of sessions.filter((x) => inPeriod(x.startedAt, period))) {
    const list = byRemedy.get(s.remedy);
    if (list) list.push(s);
    else byRemedy.set(s.remedy, [s]);
  }
  const effects = [...byRemedy.entries()].map(([remedy, list]) => effectOf(remedy, nameOf(remedy), list));
  effects.sort(
    (a, b) =>
      Number(b.enough) - Number(a.enough) ||
      (b.meanDrop ?? Number.NEGATIVE_INFINITY) - (a.meanDrop ?? Number.NEGATIVE_INFINITY) ||
      a.name.localeCompare(b.name),
  );
  const top = effects[0];
  const best = top?.enough && top.meanDrop !== null && top.meanDrop > 0 ? top : null;
  return { effects, best, text: overallText(effects, best) };
}

function effectOf(remedy: string, name: string, list: readonly RemedySession[]): RemedyEffect {
  const rated = list.filter((s) => s.painAfter !== null);
  const meanDrop = rated.length
    ? rated.reduce((sum, s) => sum + (s.painBefore - (s.painAfter as number)), 0) / rated.length
    : null;
  const enough = rated.length >= MIN_REMEDY_SESSIONS;
  const totalMinutes = list.reduce((sum, s) => sum + s.minutes, 0);
  return {
    remedy,
    name,
    sessions: list.length,
    rated: rated.length,
    totalMinutes,
    meanDrop,
    enough,
    note: noteFor(meanDrop, rated.length, enough),
  };
}

function dropWords(meanDrop: number): string {
  if (meanDrop > 0) return `pain went down by ${points(meanDrop)} on average`;
  if (meanDrop < 0) return `pain went up by ${points(-meanDrop)} on average`;
  return 'pain did not change on average';
}

function noteFor(meanDrop: number | null, rated: number, enough: boolean): string {
  if (meanDrop === null) return 'Pain was not rated after any session, so the effect is unknown.';
  const basis = `over ${plural(rated, 'rated session')}`;
  if (!enough)
    return `${capital(dropWords(meanDrop))} ${basis}: too few to tell (it takes ${MIN_REMEDY_SESSIONS}).`;
  return `${capital(dropWords(meanDrop))} ${basis}.`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function overallText(effects: readonly RemedyEffect[], best: RemedyEffect | null): string {
  if (effects.length === 0) return 'No remedy sessions in this period.';
  if (best)
    return `${best.name} was followed by the largest drop in pain: ${points(best.meanDrop as number)} on average over ${plural(best.rated, 'rated session')}. Back pain often eases on its own too, so this shows what went with relief, not proof that it caused it.`;
  if (effects.some((e) => e.enough))
    return 'No remedy was followed by a drop in pain on average over enough sessions to tell.';
  return `Too few sessions to tell which remedy helps most: each needs at least ${MIN_REMEDY_SESSIONS} sessions with pain rated before and after.`;
}
