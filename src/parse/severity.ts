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

export function findScores(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): ScoreHit[] {
  const found: ScoreHit[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.severity, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      const rule = h.payload;
      let value: number;
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
      found.push({ value, start: span.start, end: span.end, fixed: rule.value !== undefined });
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
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}
