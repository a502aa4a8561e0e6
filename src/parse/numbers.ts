/**
 * Numbers written as digits or words ("7", "seven", "twenty-one", "two and a half"), and, where a count
 * is expected, counts that are not numbers ("a week", "a couple of days", "a few days").
 */
import type { CompiledLexicon, CPattern, Elem } from './compile.ts';
import type { Token } from './tokenise.ts';

/** Matches a fixed phrase (no gaps, classes of single words only) at `pos`; returns the end or -1. */
function phraseEnd(tokens: readonly Token[], limit: number, p: CPattern, pos: number): number {
  let i = pos;
  for (const e of p.parts[0] as readonly Elem[]) {
    if (e.kind !== 'alt') return -1;
    const t = tokens[i];
    if (i < limit && t && e.set.has(t.norm)) {
      i++;
      continue;
    }
    if (e.opt) continue;
    return -1;
  }
  return i;
}

function halfAfter(tokens: readonly Token[], limit: number, lex: CompiledLexicon, pos: number): number {
  for (const h of lex.half) {
    const end = phraseEnd(tokens, limit, h, pos);
    if (end > pos) return end;
  }
  return -1;
}

/** Reads number words from `pos`: "twenty one" 21, "one hundred" 100, "a hundred" is not read here. */
function words(tokens: readonly Token[], limit: number, lex: CompiledLexicon, pos: number) {
  let total = 0;
  let current = 0;
  let i = pos;
  let any = false;
  while (i < limit) {
    const t = tokens[i] as Token;
    const v = lex.numberWords.get(t.norm);
    if (v === undefined) break;
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (any && current % 10 === 0 && current >= 20 && v < 10) current += v;
    else if (any) break;
    else current = v;
    any = true;
    i++;
  }
  return any ? { value: total + current, end: i } : undefined;
}

export function readNumber(
  tokens: readonly Token[],
  pos: number,
  limit: number,
  lex: CompiledLexicon,
  counts: boolean,
): { value: number; end: number } | undefined {
  const t = tokens[pos];
  if (!t || pos >= limit) return undefined;
  let read: { value: number; end: number } | undefined;
  if (t.kind === 'num' && t.value !== undefined) read = { value: t.value, end: pos + 1 };
  else read = words(tokens, limit, lex, pos);
  if (!read && counts) {
    let best: { value: number; end: number } | undefined;
    for (const c of lex.counts) {
      const end = phraseEnd(tokens, limit, c.pattern, pos);
      if (end > pos && (!best || end > best.end)) best = { value: c.value, end };
    }
    read = best;
  }
  if (!read) return undefined;
  const h = halfAfter(tokens, limit, lex, read.end);
  return h > 0 ? { value: read.value + 0.5, end: h } : read;
}
