/**
 * Finds where compiled patterns occur in a sentence. A match records the words its elements took
 * (`consumed`; the words a gap skipped are not consumed) and the numbers it captured.
 */
import type { CompiledLexicon, CPattern, Elem, PatternSet, Ref } from './compile.ts';
import { readNumber } from './numbers.ts';
import type { Sentence, Token } from './tokenise.ts';

export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly consumed: readonly number[];
  readonly nums: readonly number[];
}

interface Ctx {
  readonly tokens: readonly Token[];
  readonly limit: number;
  readonly lex: CompiledLexicon;
}

function wordFits(
  e: { set: ReadonlySet<string>; prefixes: readonly string[]; suffixes: readonly string[] },
  t: Token,
): boolean {
  if (e.set.has(t.norm)) return true;
  if (t.kind !== 'word') return false;
  for (const p of e.prefixes) if (t.norm.startsWith(p)) return true;
  for (const s of e.suffixes) if (t.norm.endsWith(s) && t.norm.length > s.length) return true;
  return false;
}

interface State {
  readonly end: number;
  readonly consumed: number[];
  readonly nums: number[];
}

/** Every way one element can match at `pos`: end positions with what they consumed. */
function elemEnds(ctx: Ctx, e: Elem, pos: number): State[] {
  const { tokens, limit } = ctx;
  const out: State[] = [];
  switch (e.kind) {
    case 'alt': {
      const t = tokens[pos];
      if (pos < limit && t && wordFits(e, t)) out.push({ end: pos + 1, consumed: [pos], nums: [] });
      for (const seq of e.seqs) {
        for (const s of seqEnds(ctx, seq, 0, pos)) out.push(s);
      }
      break;
    }
    case 'num': {
      const n = readNumber(tokens, pos, limit, ctx.lex, e.counts);
      if (n) {
        const consumed: number[] = [];
        for (let i = pos; i < n.end; i++) consumed.push(i);
        out.push({ end: n.end, consumed, nums: [n.value] });
      }
      break;
    }
    case 'end': {
      const t = tokens[pos];
      if (pos >= limit || !t || t.kind === 'punct' || t.boundary)
        out.push({ end: pos, consumed: [], nums: [] });
      break;
    }
    case 'gap':
      break;
  }
  if ('opt' in e && e.opt) out.push({ end: pos, consumed: [], nums: [] });
  return out;
}

/** All complete matches of `elems[from..]` starting at `pos` (used for class phrases). */
function seqEnds(ctx: Ctx, elems: readonly Elem[], from: number, pos: number): State[] {
  if (from === elems.length) return [{ end: pos, consumed: [], nums: [] }];
  const e = elems[from] as Elem;
  const out: State[] = [];
  if (e.kind === 'gap') {
    let p = pos;
    let words = 0;
    for (;;) {
      for (const rest of seqEnds(ctx, elems, from + 1, p)) out.push(rest);
      const t = ctx.tokens[p];
      if (p >= ctx.limit || !t || t.boundary) break;
      if (t.kind !== 'punct') words++;
      if (words > e.max) break;
      p++;
    }
    return out;
  }
  for (const s of elemEnds(ctx, e, pos)) {
    for (const rest of seqEnds(ctx, elems, from + 1, s.end)) {
      out.push({
        end: rest.end,
        consumed: [...s.consumed, ...rest.consumed],
        nums: [...s.nums, ...rest.nums],
      });
    }
  }
  return out;
}

/** The longest match of a pattern part at `pos`, if any. */
export function matchAt(
  tokens: readonly Token[],
  limit: number,
  lex: CompiledLexicon,
  elems: readonly Elem[],
  pos: number,
): Span | undefined {
  let best: State | undefined;
  for (const s of seqEnds({ tokens, limit, lex }, elems, 0, pos)) {
    if (s.consumed.length === 0) continue;
    if (!best || s.end > best.end || (s.end === best.end && s.consumed.length > best.consumed.length))
      best = s;
  }
  if (!best) return undefined;
  const first = best.consumed[0] as number;
  const last = best.consumed[best.consumed.length - 1] as number;
  return { start: first, end: last + 1, consumed: best.consumed, nums: best.nums };
}

export interface PartHit<P> {
  readonly item: number;
  readonly part: number;
  readonly payload: P;
  readonly pattern: CPattern;
  readonly span: Span;
}

/** Every match of every pattern part of a set in one sentence. */
export function findAll<P>(
  set: PatternSet<P>,
  tokens: readonly Token[],
  sentence: Sentence,
  lex: CompiledLexicon,
): PartHit<P>[] {
  const hits: PartHit<P>[] = [];
  for (let pos = sentence.from; pos < sentence.to; pos++) {
    const t = tokens[pos] as Token;
    const refs: Ref[] = [...(set.byWord.get(t.norm) ?? [])];
    if (t.kind === 'num') refs.push(...set.numeric);
    if (t.kind === 'word') refs.push(...set.wild);
    const seen = new Set<string>();
    for (const ref of refs) {
      const key = `${ref.item}:${ref.part}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const item = set.items[ref.item];
      if (!item) continue;
      const elems = item.pattern.parts[ref.part] as readonly Elem[];
      const span = matchAt(tokens, sentence.to, lex, elems, pos);
      if (span && span.start === pos)
        hits.push({ item: ref.item, part: ref.part, payload: item.payload, pattern: item.pattern, span });
    }
  }
  return hits;
}

/** Whole-pattern matches: a pattern with `&&` parts matches when every part matches in the sentence. */
export interface Hit<P> {
  readonly item: number;
  readonly payload: P;
  readonly pattern: CPattern;
  /** One span per part. */
  readonly parts: readonly Span[];
}

export function findPatterns<P>(
  set: PatternSet<P>,
  tokens: readonly Token[],
  sentence: Sentence,
  lex: CompiledLexicon,
): Hit<P>[] {
  const partHits = findAll(set, tokens, sentence, lex);
  const out: Hit<P>[] = [];
  const multi = new Map<number, Map<number, Span>>();
  for (const h of partHits) {
    if (h.pattern.parts.length === 1) {
      out.push({ item: h.item, payload: h.payload, pattern: h.pattern, parts: [h.span] });
      continue;
    }
    // For a pattern of several parts, the first occurrence of each part stands for it.
    const byPart = multi.get(h.item) ?? new Map<number, Span>();
    if (!byPart.has(h.part)) byPart.set(h.part, h.span);
    multi.set(h.item, byPart);
  }
  for (const [item, byPart] of multi) {
    const it = set.items[item];
    if (!it || byPart.size !== it.pattern.parts.length) continue;
    const parts = it.pattern.parts.map((_, i) => byPart.get(i) as Span);
    out.push({ item, payload: it.payload, pattern: it.pattern, parts });
  }
  return out;
}
