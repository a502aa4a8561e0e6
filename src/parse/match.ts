/**
 * Finds where compiled patterns occur in a sentence. A match records the words its elements took
 * (`consumed`; the words a gap skipped are not consumed) and the numbers it captured. The longest match
 * at a position wins. The search is a depth-first walk over the pattern's elements, without building
 * intermediate lists, because it runs for every candidate pattern at every word.
 */
import {
  type CompiledLexicon,
  type CPattern,
  type Elem,
  NEEDED_WORDS,
  type PatternSet,
  type Ref,
} from './compile.ts';
import { readNumber } from './numbers.ts';
import type { Sentence, Token } from './tokenise.ts';

export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly consumed: readonly number[];
  readonly nums: readonly number[];
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

class Walk {
  private readonly tokens: readonly Token[];
  private readonly limit: number;
  private readonly lex: CompiledLexicon;
  private readonly consumed: number[] = [];
  private readonly nums: number[] = [];
  private best: { end: number; consumed: number[]; nums: number[] } | undefined;

  constructor(tokens: readonly Token[], limit: number, lex: CompiledLexicon) {
    this.tokens = tokens;
    this.limit = limit;
    this.lex = lex;
  }

  /** The longest match of `elems` at `pos`; one walker serves every pattern of a sentence. */
  match(elems: readonly Elem[], pos: number): Span | undefined {
    this.best = undefined;
    this.run(elems, 0, pos, undefined);
    const best = this.best as { end: number; consumed: number[]; nums: number[] } | undefined;
    if (!best) return undefined;
    const first = best.consumed[0] as number;
    const last = best.consumed[best.consumed.length - 1] as number;
    return { start: first, end: last + 1, consumed: best.consumed, nums: best.nums };
  }

  private done(p: number): void {
    const b = this.best;
    if (this.consumed.length === 0) return;
    if (!b || p > b.end || (p === b.end && this.consumed.length > b.consumed.length))
      this.best = { end: p, consumed: [...this.consumed], nums: [...this.nums] };
  }

  private run(elems: readonly Elem[], ei: number, p: number, next: ((p: number) => void) | undefined): void {
    if (ei === elems.length) {
      if (next) next(p);
      else this.done(p);
      return;
    }
    const e = elems[ei] as Elem;
    const t = this.tokens[p];
    switch (e.kind) {
      case 'gap': {
        let q = p;
        let words = 0;
        // A gap before a number stops at the first number: "temperature 39 for two days" is 39.
        const beforeNumber = elems[ei + 1]?.kind === 'num';
        for (;;) {
          this.run(elems, ei + 1, q, next);
          const g = this.tokens[q];
          if (q >= this.limit || !g || g.boundary) break;
          if (beforeNumber && g.kind === 'num') break;
          if (g.kind !== 'punct') words++;
          if (words > e.max) break;
          q++;
        }
        return;
      }
      case 'alt': {
        if (p < this.limit && t && wordFits(e, t)) {
          this.consumed.push(p);
          this.run(elems, ei + 1, p + 1, next);
          this.consumed.pop();
        }
        if (e.seqs.length > 0) {
          // Only the phrases that can start with this word are tried.
          const byWord = t && p < this.limit ? e.seqsByWord.get(t.norm) : undefined;
          if (byWord || e.seqsOther.length > 0) {
            const then = (q: number) => this.run(elems, ei + 1, q, next);
            if (byWord) for (const seq of byWord) this.run(seq, 0, p, then);
            for (const seq of e.seqsOther) this.run(seq, 0, p, then);
          }
        }
        if (e.opt) this.run(elems, ei + 1, p, next);
        return;
      }
      case 'num': {
        const n = readNumber(this.tokens, p, this.limit, this.lex, e.counts);
        if (n) {
          const before = this.consumed.length;
          for (let i = p; i < n.end; i++) this.consumed.push(i);
          this.nums.push(n.value);
          this.run(elems, ei + 1, n.end, next);
          this.nums.pop();
          this.consumed.length = before;
        }
        if (e.opt) this.run(elems, ei + 1, p, next);
        return;
      }
      case 'end': {
        // A slash between two numbers, other than a score's "/10", is a fraction, not the end of the
        // clause: the "2" of "LBP 2/52" is two weeks, not a score.
        const over = t?.norm === '/' && p + 1 < this.limit ? this.tokens[p + 1] : undefined;
        const fraction = over?.kind === 'num' && over.value !== 10;
        if (p >= this.limit || !t || (t.kind === 'punct' && !fraction) || t.boundary)
          this.run(elems, ei + 1, p, next);
        return;
      }
    }
  }
}

interface Caches {
  readonly word: Map<string, readonly Ref[]>;
  readonly other: Map<string, readonly Ref[]>;
}

/** Words seen before → the patterns that may start at them; bounded, so memory stays flat. */
const candidateCache = new WeakMap<PatternSet<unknown>, Caches>();
const CACHE_LIMIT = 20_000;

function cachesOf<P>(set: PatternSet<P>): Caches {
  let caches = candidateCache.get(set as PatternSet<unknown>);
  if (!caches) {
    caches = { word: new Map(), other: new Map() };
    candidateCache.set(set as PatternSet<unknown>, caches);
  }
  return caches;
}

function candidates<P>(set: PatternSet<P>, caches: Caches, t: Token): readonly Ref[] {
  const cache = t.kind === 'word' ? caches.word : caches.other;
  const hit = cache.get(t.norm);
  if (hit) return hit;
  const out = new Set<Ref>(set.byWord.get(t.norm) ?? []);
  if (t.kind === 'num') for (const r of set.numeric) out.add(r);
  if (t.kind === 'word') {
    for (const r of set.wild) out.add(r);
    const w = t.norm;
    if (set.byPrefix.size > 0)
      for (let n = 1; n <= w.length; n++) for (const r of set.byPrefix.get(w.slice(0, n)) ?? []) out.add(r);
    if (set.bySuffix.size > 0)
      for (let n = 1; n < w.length; n++)
        for (const r of set.bySuffix.get(w.slice(w.length - n)) ?? []) out.add(r);
  }
  const list = [...out];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(t.norm, list);
  return list;
}

/**
 * The NEEDED_WORDS numbers of a sentence's words, worked out once for all the pattern sets run over it
 * (again if a lexicon compiled since has numbered more words).
 */
const sentenceWords = new WeakMap<Sentence, { readonly known: number; readonly ids: Int32Array }>();

function wordsOf(tokens: readonly Token[], sentence: Sentence): Int32Array {
  const cached = sentenceWords.get(sentence);
  if (cached && cached.known === NEEDED_WORDS.size) return cached.ids;
  const list: number[] = [];
  for (let i = sentence.from; i < sentence.to; i++) {
    const id = NEEDED_WORDS.get((tokens[i] as Token).norm);
    if (id !== undefined) list.push(id);
  }
  const ids = Int32Array.from(list);
  sentenceWords.set(sentence, { known: NEEDED_WORDS.size, ids });
  return ids;
}

/** Marks by NEEDED_WORDS number: the words of the sentence at hand (all 0 between sentences). */
let inSentence = new Uint8Array(0);

/** Whether any of a few words is in the sentence (the needs are two or three words as a rule). */
function anyIn(needs: Int32Array): boolean {
  for (let i = 0; i < needs.length; i++) if (inSentence[needs[i] as number] === 1) return true;
  return false;
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
  const walk = new Walk(tokens, sentence.to, lex);
  const words = wordsOf(tokens, sentence);
  // Looked up once per sentence and set, not once per word: the lookup cost as much as the cache it found.
  const caches = cachesOf(set);
  if (inSentence.length < NEEDED_WORDS.size) inSentence = new Uint8Array(NEEDED_WORDS.size);
  for (let i = 0; i < words.length; i++) inSentence[words[i] as number] = 1;
  try {
    for (let pos = sentence.from; pos < sentence.to; pos++) {
      // The sentence's next word, "" at its end: a pattern whose second word cannot be it is not walked.
      const next = pos + 1 < sentence.to ? (tokens[pos + 1] as Token).norm : '';
      for (const ref of candidates(set, caches, tokens[pos] as Token)) {
        if (ref.second !== undefined && !ref.second.has(next)) continue;
        const needs = ref.needs;
        if (needs !== undefined && !anyIn(needs)) continue;
        const item = set.items[ref.item];
        if (!item) continue;
        const span = walk.match(ref.elems, pos);
        if (span && span.start === pos)
          hits.push({ item: ref.item, part: ref.part, payload: item.payload, pattern: item.pattern, span });
      }
    }
  } finally {
    for (let i = 0; i < words.length; i++) inSentence[words[i] as number] = 0;
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
