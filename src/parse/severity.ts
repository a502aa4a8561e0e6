/**
 * Pain scores: "7/10", "seven out of ten", "about an 8", "6-7 out of 10" (6.5). A score said to be the
 * present one ("now", "at the moment") is taken over others; otherwise the highest, since the finding is
 * the worst pain now. A phrase without a number ("pain-free now") counts only when no number is given.
 */
import type { CompiledLexicon } from './compile.ts';
import { findPatterns } from './match.ts';
import type { Sentence, Token } from './tokenise.ts';

export interface ScoreHit {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** From a phrase without a number. */
  readonly fixed: boolean;
}

interface Found extends ScoreHit {
  /** Another scale's score: it takes its words from a pain score's reading, then is dropped. */
  readonly other: boolean;
}

export function findScores(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): ScoreHit[] {
  const found: Found[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.severity, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      const rule = h.payload;
      let value: number;
      if (rule.otherScale) {
        found.push({ value: 0, start: span.start, end: span.end, fixed: false, other: true });
        continue;
      }
      if (rule.value !== undefined) value = rule.value;
      else {
        if (span.nums.length === 0) continue;
        // Two numbers are a range ("6 or 7 out of 10"): its middle.
        const mean = span.nums.reduce((a, b) => a + b, 0) / span.nums.length;
        value = mean * (10 / (rule.outOf ?? 10));
      }
      // "12 out of 10", "11/10": off the scale it is said on, so its top.
      const onScale = tokens.slice(span.start + 1, span.end).some((t) => t.value === 10);
      if (value > 10 && value <= 20 && onScale && rule.value === undefined) value = 10;
      if (!Number.isFinite(value) || value < 0 || value > 10) continue;
      found.push({ value, start: span.start, end: span.end, fixed: rule.value !== undefined, other: false });
    }
  }
  // Overlapping readings of the same words: the longest ("about a 6 out of 10" over "a 6").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Set<number>();
  const out: ScoreHit[] = [];
  for (const f of found) {
    let clash = false;
    for (let i = f.start; i < f.end; i++) if (used.has(i)) clash = true;
    if (clash) continue;
    for (let i = f.start; i < f.end; i++) used.add(i);
    if (!f.other) out.push({ value: f.value, start: f.start, end: f.end, fixed: f.fixed });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Bare numbers said of now beside a score out of ten in the same sentence: "pain 8/10 now 3", "8/10 at
 * worst, 4 now", "was 8/10, now about 3". The scale is the one the sentence already gave, so the number
 * needs no "/10" of its own; it stands right after a "now" word (two words between at most: "now it's
 * about 3") at the end of its clause, or right before one ("4 now"). A number with a unit after it ("now 3
 * days", "now 2 tablets") is none: it must end its clause or be followed by the "now" word.
 */
export function scoresSaidNow(
  tokens: readonly Token[],
  scores: readonly ScoreHit[],
  nowCues: readonly { readonly start: number; readonly end: number }[],
  timed: readonly boolean[],
  joins: ReadonlySet<string>,
  units: ReadonlyMap<string, number>,
): ScoreHit[] {
  const taken = (i: number) => scores.some((s) => i >= s.start && i < s.end);
  const onScale = (i: number) =>
    scores.some((s) => !s.fixed && (tokens[s.start] as Token).sentence === (tokens[i] as Token).sentence);
  const bare = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      t.kind === 'num' &&
      t.value !== undefined &&
      t.value >= 0 &&
      t.value <= 10 &&
      !timed[i] &&
      !taken(i) &&
      // Nor the scale of a score before it ("8/10 now").
      tokens[i - 1]?.norm !== '/' &&
      onScale(i)
    );
  };
  const endsClause = (i: number) => {
    const next = tokens[i + 1];
    return (
      next === undefined ||
      next.sentence !== (tokens[i] as Token).sentence ||
      next.kind === 'punct' ||
      (tokens[i] as Token).boundary
    );
  };
  // The number, or the "now" before it, must open its clause or follow the score: in "son now 3", "the
  // kids are 3 now", "took 2 now" the number is said of something else.
  const opens = (i: number) => {
    const prev = tokens[i - 1];
    return (
      prev === undefined ||
      prev.sentence !== (tokens[i] as Token).sentence ||
      prev.kind === 'punct' ||
      prev.boundary ||
      joins.has(prev.norm) ||
      scores.some((s) => s.end === i)
    );
  };
  const out: ScoreHit[] = [];
  for (const c of nowCues) {
    // One word may stand between the score and its "now": "7/10 worse now 9".
    const tied = opens(c.start) || scores.some((s) => s.end === c.start - 1);
    const after = [c.end, c.end + 1, c.end + 2].find(
      (i) =>
        tied &&
        bare(i) &&
        endsClause(i) &&
        // "now on day 3" counts days.
        tokens.slice(c.end, i).every((t) => t.kind === 'word' && !units.has(t.norm)),
    );
    const before = c.start - 1;
    const at = after ?? (bare(before) && opens(before) ? before : undefined);
    const t = at === undefined ? undefined : tokens[at];
    if (at !== undefined && t?.value !== undefined && !out.some((o) => o.start === at))
      out.push({ value: t.value, start: at, end: at + 1, fixed: false });
  }
  return out;
}
