/**
 * The summary's parts in words, for every surface that shows it (the PDF, the web page and its print),
 * so each says the same thing the same way in any language. Pure: the caller passes the renderer.
 */
import { causeName, findingLabel } from '../i18n/assessment-messages.ts';
import type { Message } from '../i18n/message.ts';
import type { Renderer } from '../i18n/render.ts';
import type { Summary, SummaryCause, SummaryEpisode } from './summary.ts';

/** Sentences, each already a message, as one paragraph. */
export function sentences(r: Renderer, messages: readonly Message[]): string {
  return messages.map((m) => r.render(m)).join(' ');
}

export function personLine(r: Renderer, s: Pick<Summary, 'age' | 'sex'>): string {
  const who = r.text(`visit.sex.${s.sex ?? 'unknown'}`);
  return s.age === null ? r.text('visit.personNoAge', { who }) : r.text('visit.person', { who, age: s.age });
}

/** A cause's estimate: "40%", never "0%" ("under 1%" instead). */
export function percentText(r: Renderer, p: number): string {
  return p < 0.01 ? r.text('causes.underOne') : r.number(p, { style: 'percent', maximumFractionDigits: 0 });
}

export function causeWords(r: Renderer, c: SummaryCause): { name: string; for: string[]; against: string[] } {
  const label = (id: string) => r.render(findingLabel(id));
  return {
    name: r.render(causeName(c.id)),
    for: c.for.map(label),
    // Evidence against a cause is mostly an answer of "no": say so, or it reads as if present.
    against: c.against.map((a) =>
      a.saidYes ? label(a.id) : r.text('visit.saidNoTo', { label: label(a.id) }),
    ),
  };
}

export function painStats(r: Renderer, pain: Summary['pain']): string {
  return r.text('visit.painStats', {
    count: pain.count,
    min: pain.min ?? 0,
    max: pain.max ?? 0,
    mean: pain.mean ?? 0,
  });
}

export function episodePain(r: Renderer, e: SummaryEpisode): string {
  const worst = r.text('visit.episodeWorst', { pain: e.worstPain });
  return e.painFirst === null
    ? worst
    : `${worst}; ${r.text('visit.episodeCheckIns', { first: e.painFirst, last: e.painLast ?? e.painFirst })}`;
}

/** "-1.8" for a mean drop of 1.8 (pain went down), "+1" for a rise; the words for unknown otherwise. */
export function painChange(r: Renderer, meanDrop: number | null): string {
  if (meanDrop === null) return r.text('visit.notKnown');
  // Round the size first, so -1.75 reads -1.8 like the "went down by 1.8 points" beside it.
  const size = Math.round(Math.abs(meanDrop) * 10) / 10;
  return r.number(meanDrop > 0 ? -size : size, { signDisplay: 'exceptZero', maximumFractionDigits: 1 });
}
