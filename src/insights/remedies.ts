/**
 * Which remedies were followed by the largest drop in pain for this person: the mean of painBefore
 * minus painAfter over the sessions where both were rated. Fewer than 3 rated sessions is called too
 * few to tell (our choice: with 1 or 2 sessions one good or bad day decides the answer). The wording
 * says "followed by", never "caused": back pain often eases on its own (research/clinical.md §5.1).
 */
import type { RemedySession } from '../diary/model.ts';
import { type Message, msg } from '../i18n/message.ts';
import { advice } from '../knowledge/advice.ts';
import { inPeriod, type Period } from './period.ts';
import { round1 } from './round.ts';

export const MIN_REMEDY_SESSIONS = 3;

export interface RemedyEffect {
  readonly remedy: string;
  /** The remedy's name: the advice item's title, or the id in plain words. */
  readonly name: Message;
  /** Sessions in the period, rated or not. */
  readonly sessions: number;
  /** Sessions with pain rated before and after: the ones the mean is over. */
  readonly rated: number;
  readonly totalMinutes: number;
  /** Mean of painBefore - painAfter (positive: pain went down); null when no session was rated after. */
  readonly meanDrop: number | null;
  readonly enough: boolean;
  readonly note: Message;
}

export interface RemedyEffects {
  /** Remedies with enough sessions first, largest mean drop first. */
  readonly effects: readonly RemedyEffect[];
  /** The remedy with enough sessions and the largest positive mean drop, if any. */
  readonly best: RemedyEffect | null;
  readonly message: Message;
}

/** "heat_wrap" → "Heat wrap", for remedies the knowledge base does not name. */
export function humanise(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ADVICE_IDS: ReadonlySet<string> = new Set(advice.map((a) => a.id));

/** A remedy's name: the knowledge base's title for an advice item, else the id in plain words. */
export function remedyName(id: string): Message {
  return ADVICE_IDS.has(id) ? msg(`advice.${id}.title`) : msg('remedy.other', { name: humanise(id) });
}

export function remedyEffects(
  sessions: readonly RemedySession[],
  period: Period,
  nameOf: (remedyId: string) => Message = remedyName,
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
      a.remedy.localeCompare(b.remedy),
  );
  const top = effects[0];
  const best = top?.enough && top.meanDrop !== null && top.meanDrop > 0 ? top : null;
  return { effects, best, message: overallText(effects, best) };
}

function effectOf(remedy: string, name: Message, list: readonly RemedySession[]): RemedyEffect {
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

function noteFor(meanDrop: number | null, rated: number, enough: boolean): Message {
  if (meanDrop === null) return msg('insight.remedy.notRated');
  const direction = meanDrop > 0 ? 'down' : meanDrop < 0 ? 'up' : 'same';
  return msg('insight.remedy.note', {
    direction,
    size: round1(Math.abs(meanDrop)),
    rated,
    enough: enough ? 'yes' : 'no',
    min: MIN_REMEDY_SESSIONS,
  });
}

function overallText(effects: readonly RemedyEffect[], best: RemedyEffect | null): Message {
  if (effects.length === 0) return msg('insight.remedies.none');
  if (best)
    return msg('insight.remedies.best', {
      name: best.name,
      size: round1(best.meanDrop as number),
      rated: best.rated,
    });
  if (effects.some((e) => e.enough)) return msg('insight.remedies.noneHelped');
  return msg('insight.remedies.tooFew', { min: MIN_REMEDY_SESSIONS });
}
