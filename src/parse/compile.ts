/**
 * Turns a validated lexicon into what the parser runs: patterns as element lists indexed by the words
 * they can start with, the spelling rewrites, and the misspelling corrector. Done once per language.
 */

import { CURRENT_STATES, TIMELESS_FINDINGS } from '../knowledge/lexicon/roles.ts';
import { type Node, type ParsedPattern, parsePattern } from '../knowledge/lexicon/syntax.ts';
import type { LexEntry, Lexicon, Says, SeverityRule, TimeRule } from '../knowledge/lexicon/types.ts';
import { foldData } from './fold.ts';
import { Corrector } from './fuzzy.ts';
import { TOKEN } from './tokenise.ts';

export type Elem =
  | {
      /** One of some words, word starts, word ends, or longer phrases (from classes). */
      readonly kind: 'alt';
      readonly set: ReadonlySet<string>;
      readonly prefixes: readonly string[];
      readonly suffixes: readonly string[];
      /** Phrases of more than one element. */
      readonly seqs: readonly (readonly Elem[])[];
      /** The same phrases by their first word, so a word tries only the phrases it can start. */
      readonly seqsByWord: ReadonlyMap<string, readonly (readonly Elem[])[]>;
      /** Phrases whose first element is not a fixed word (a word start, a number, an option). */
      readonly seqsOther: readonly (readonly Elem[])[];
      readonly opt: boolean;
    }
  | { readonly kind: 'gap'; readonly max: number }
  | { readonly kind: 'num'; readonly counts: boolean; readonly opt: boolean }
  | { readonly kind: 'end' };

export interface CPattern {
  readonly source: string;
  readonly parts: readonly (readonly Elem[])[];
}

/** The words an element must start with, if they can be listed (no word starts, ends or numbers). */
function fixedWords(e: Elem): ReadonlySet<string> | undefined {
  if (e.kind !== 'alt' || e.opt || e.prefixes.length > 0 || e.suffixes.length > 0 || e.seqsOther.length > 0)
    return undefined;
  if (e.seqsByWord.size === 0) return e.set;
  return new Set([...e.set, ...e.seqsByWord.keys()]);
}

/**
 * Ref.needs: the words of the most selective required element, as a list: of the part's own elements
 * after the first, or of any element of the pattern's other parts (every part of "goes into my buttock
 * && back|pain" must match in the same sentence, so "back" alone need not be walked where nothing goes
 * anywhere).
 */
function needsOf(parts: readonly (readonly Elem[])[], part: number): Int32Array | undefined {
  let best: ReadonlySet<string> | undefined;
  parts.forEach((elems, p) => {
    for (const e of p === part ? elems.slice(1) : elems) {
      const words = fixedWords(e);
      if (words && (!best || words.size < best.size)) best = words;
    }
  });
  return best ? Int32Array.from(best, neededWordId) : undefined;
}

/**
 * Every word some pattern needs, numbered (in all lexicons: the numbers only mark words, so one table
 * serves them all). A sentence marks its words by these numbers once (match.ts), so a pattern's needs are
 * read from a typed array rather than looked up as strings.
 */
export const NEEDED_WORDS = new Map<string, number>();

function neededWordId(word: string): number {
  let id = NEEDED_WORDS.get(word);
  if (id === undefined) {
    id = NEEDED_WORDS.size;
    NEEDED_WORDS.set(word, id);
  }
  return id;
}

/** A compiled list of patterns, each with a payload, indexed by the words a pattern can start with. */
export interface PatternSet<P> {
  readonly items: readonly { readonly pattern: CPattern; readonly payload: P }[];
  /** First word → (item, part) references. */
  readonly byWord: ReadonlyMap<string, readonly Ref[]>;
  /** First word starts with a key ("spasm*") or ends with one ("*pril"). */
  readonly byPrefix: ReadonlyMap<string, readonly Ref[]>;
  readonly bySuffix: ReadonlyMap<string, readonly Ref[]>;
  /** References whose first element is a number. */
  readonly numeric: readonly Ref[];
  /** References that can start anywhere (an optional first word inside a phrase): tried at every word. */
  readonly wild: readonly Ref[];
}

export interface Ref {
  readonly item: number;
  readonly part: number;
  /**
   * The words the token right after the first can be, when the first element takes exactly one word
   * and the second is a fixed list of words ("no fever", "can't pee"): a pattern whose next word is
   * none of them cannot match there, so it is not tried (match.ts, candidates). Undefined: any.
   */
  readonly second: ReadonlySet<string> | undefined;
  /**
   * Words of which at least one must be in the sentence for the part to match (as their numbers in
   * NEEDED_WORDS), or undefined when no such list can be made: a cheap test that spares most patterns
   * the full search.
   */
  readonly needs: Int32Array | undefined;
  /** The part's elements. */
  readonly elems: readonly Elem[];
}

export interface CEntry extends LexEntry {
  readonly index: number;
  readonly says: Says;
  /** A past-tense mention still counts (background, onset). */
  readonly timeless: boolean;
  /** Every finding is a state of now (a medicine taken, a condition): only words that end it make it past. */
  readonly current: boolean;
}

export type CueKind =
  | 'negBefore'
  | 'negAfter'
  | 'negAfterNear'
  | 'negAfterList'
  | 'affirmAfter'
  | 'pseudo'
  | 'hedgeBefore'
  | 'hedgeAfter'
  | 'denialHedgeAfter'
  | 'denialHedgeNext'
  | 'hypothetical'
  | 'collectiveDenial'
  | 'historical'
  | 'ongoing'
  | 'presupposed'
  | 'takenNow'
  | 'reasonNow'
  | 'givenUp'
  | 'terminator'
  | 'now'
  | 'past'
  | 'proxy'
  | 'proxyAge';

export interface Rewrite {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly caseSensitive: boolean;
  /**
   * The key was written as one word of several tokens ("2day", "T2DM"): its tokens must touch in the
   * story too, so "a 2 day history" is not "a today history".
   */
  readonly joined: boolean;
  /**
   * The key was written after "^": it is read only as a heading, at the start of the text, a sentence or
   * a line ("ED:" heads a note from the emergency department; "new onset ED: since the fall" is erectile
   * dysfunction).
   */
  readonly headingOnly: boolean;
}

export interface CompiledLexicon {
  readonly language: string;
  readonly source: Lexicon;
  readonly entries: readonly CEntry[];
  readonly entryPatterns: PatternSet<number>;
  readonly cues: PatternSet<CueKind>;
  readonly time: PatternSet<TimeRule>;
  readonly severity: PatternSet<SeverityRule>;
  readonly symptomWords: PatternSet<true>;
  readonly episodeWords: PatternSet<true>;
  readonly relatives: PatternSet<true>;
  readonly rewrites: ReadonlyMap<string, readonly Rewrite[]>;
  readonly periodAbbreviations: ReadonlySet<string>;
  readonly terminators: ReadonlySet<string>;
  readonly conjunctions: ReadonlySet<string>;
  readonly clauseStarters: ReadonlySet<string>;
  readonly conjunctionStarters: ReadonlySet<string>;
  readonly subjectOpeners: ReadonlySet<string>;
  readonly commaSubjectOpeners: ReadonlySet<string>;
  readonly newSignWords: ReadonlySet<string>;
  readonly clauseVerbs: ReadonlySet<string>;
  readonly disjunctions: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly factives: ReadonlySet<string>;
  readonly sideWords: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly listDenials: ReadonlySet<string>;
  readonly historyHeads: ReadonlySet<string>;
  readonly gapNegations: ReadonlySet<string>;
  readonly stateWords: ReadonlySet<string>;
  readonly normalWords: ReadonlySet<string>;
  readonly subjectVerbs: ReadonlySet<string>;
  readonly subjectAuxiliaries: ReadonlySet<string>;
  readonly reportingVerbs: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly thirdPerson: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly half: readonly CPattern[];
  readonly counts: readonly { readonly pattern: CPattern; readonly value: number }[];
  readonly units: ReadonlyMap<string, number>;
  readonly unitMinutes: ReadonlyMap<string, number>;
  readonly relativeDays: PatternSet<number>;
  readonly weekdays: ReadonlyMap<string, number>;
  readonly months: ReadonlyMap<string, number>;
  /** Attached words to split off a word, shortest first, each with the words it stands for. */
  readonly proclitics: readonly { readonly form: string; readonly words: readonly string[] }[];
  /** Endings dropped from a word the lexicon does not know when what is left is one it does. */
  readonly caseEndings: readonly string[];
  /** Whether a comma between digits is a decimal point. */
  readonly decimalComma: boolean;
  /** Whether the lexicon uses this (folded, lower-case) word, as a word or a word start. */
  knows(word: string): boolean;
  correct(word: string): string;
}

/** Indexes phrases by the fixed words they can start with. */
function indexSeqs(seqs: readonly (readonly Elem[])[]): {
  seqsByWord: Map<string, (readonly Elem[])[]>;
  seqsOther: (readonly Elem[])[];
} {
  const seqsByWord = new Map<string, (readonly Elem[])[]>();
  const seqsOther: (readonly Elem[])[] = [];
  for (const seq of seqs) {
    const first = seq[0];
    const fixed =
      first?.kind === 'alt' &&
      !first.opt &&
      first.prefixes.length === 0 &&
      first.suffixes.length === 0 &&
      first.seqs.length === 0;
    if (!fixed || !first || first.kind !== 'alt') {
      seqsOther.push(seq);
      continue;
    }
    for (const w of first.set) {
      const list = seqsByWord.get(w);
      if (list) list.push(seq);
      else seqsByWord.set(w, [seq]);
    }
  }
  return { seqsByWord, seqsOther };
}

class Compiler {
  private readonly classes: Readonly<Record<string, readonly string[]>>;
  private readonly classCache = new Map<
    string,
    { set: Set<string>; prefixes: string[]; suffixes: string[]; seqs: (readonly Elem[])[] }
  >();
  readonly words = new Set<string>();
  readonly prefixes = new Set<string>();

  constructor(classes: Readonly<Record<string, readonly string[]>>) {
    this.classes = classes;
  }

  pattern(source: string, allowGaps = true): CPattern {
    const parsed: ParsedPattern | string = parsePattern(source, allowGaps);
    // The lexicon is validated before it is compiled, so a bad pattern here is a bug in the validator.
    if (typeof parsed === 'string') throw new Error(`pattern "${source}": ${parsed}`);
    const parts = parsed.parts.map((nodes) => nodes.map((n) => this.node(n)));
    return { source, parts };
  }

  private node(n: Node): Elem {
    switch (n.t) {
      case 'gap':
        return { kind: 'gap', max: n.max };
      case 'end':
        return { kind: 'end' };
      case 'num':
        return { kind: 'num', counts: n.counts, opt: n.opt };
      case 'words': {
        const set = new Set<string>();
        const prefixes: string[] = [];
        const suffixes: string[] = [];
        const seqs: (readonly Elem[])[] = [];
        for (const a of n.alts) {
          if (a.kind === 'exact') {
            set.add(a.text);
            this.words.add(a.text);
          } else if (a.kind === 'prefix') {
            prefixes.push(a.text);
            this.prefixes.add(a.text);
          } else if (a.kind === 'suffix') suffixes.push(a.text);
          else if (a.kind === 'phrase') seqs.push(this.pattern(a.text, false).parts[0] as readonly Elem[]);
          else {
            const c = this.cls(a.text);
            for (const w of c.set) set.add(w);
            prefixes.push(...c.prefixes);
            suffixes.push(...c.suffixes);
            seqs.push(...c.seqs);
          }
        }
        return { kind: 'alt', set, prefixes, suffixes, seqs, ...indexSeqs(seqs), opt: n.opt };
      }
    }
  }

  /** A class as one element: its one-word phrases in a set, longer phrases as sequences. */
  private cls(name: string): {
    set: Set<string>;
    prefixes: string[];
    suffixes: string[];
    seqs: (readonly Elem[])[];
  } {
    const cached = this.classCache.get(name);
    if (cached) return cached;
    const c = {
      set: new Set<string>(),
      prefixes: [] as string[],
      suffixes: [] as string[],
      seqs: [] as (readonly Elem[])[],
    };
    this.classCache.set(name, c);
    for (const phrase of this.classes[name] ?? []) {
      const p = this.pattern(phrase, false);
      const elems = p.parts[0] as readonly Elem[];
      const only = elems[0];
      if (elems.length === 1 && only?.kind === 'alt' && !only.opt && only.seqs.length === 0) {
        for (const w of only.set) c.set.add(w);
        c.prefixes.push(...only.prefixes);
        c.suffixes.push(...only.suffixes);
      } else if (elems.length === 1 && only?.kind === 'alt' && !only.opt) {
        for (const w of only.set) c.set.add(w);
        c.prefixes.push(...only.prefixes);
        c.suffixes.push(...only.suffixes);
        c.seqs.push(...only.seqs);
      } else {
        c.seqs.push(elems);
      }
    }
    return c;
  }
}

interface Firsts {
  readonly words: Set<string>;
  readonly prefixes: Set<string>;
  readonly suffixes: Set<string>;
  wild: boolean;
  num: boolean;
}

/** What an element can start with: exact words, word starts and ends, numbers, or anything. */
function firstWords(e: Elem, numberWords: ReadonlySet<string>, out: Firsts): void {
  switch (e.kind) {
    case 'alt': {
      for (const w of e.set) out.words.add(w);
      for (const p of e.prefixes) out.prefixes.add(p);
      for (const s of e.suffixes) out.suffixes.add(s);
      for (const s of e.seqs) {
        const first = s[0];
        if (!first) continue;
        firstWords(first, numberWords, out);
        // An optional first element means the next one can start the phrase too.
        if ('opt' in first && first.opt) out.wild = true;
      }
      return;
    }
    case 'num':
      for (const w of numberWords) out.words.add(w);
      out.num = true;
      return;
    default:
      out.wild = true;
  }
}

/** Ref.second: the fixed words of the second element, when the first takes exactly one word. */
function secondOf(elems: readonly Elem[]): ReadonlySet<string> | undefined {
  const first = elems[0];
  const next = elems[1];
  if (!first || !next || first.kind !== 'alt' || first.opt || first.seqs.length > 0) return undefined;
  return fixedWords(next);
}

export function patternSet<P>(
  items: readonly { pattern: CPattern; payload: P }[],
  numberWords: ReadonlySet<string>,
): PatternSet<P> {
  const byWord = new Map<string, Ref[]>();
  const byPrefix = new Map<string, Ref[]>();
  const bySuffix = new Map<string, Ref[]>();
  const numeric: Ref[] = [];
  const wild: Ref[] = [];
  const add = (map: Map<string, Ref[]>, key: string, ref: Ref) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  items.forEach((it, item) => {
    it.pattern.parts.forEach((elems, part) => {
      // Every reference has the same fields, so the loop over them in match.ts reads one shape.
      const ref: Ref = { item, part, second: secondOf(elems), needs: needsOf(it.pattern.parts, part), elems };
      const f: Firsts = {
        words: new Set(),
        prefixes: new Set(),
        suffixes: new Set(),
        wild: false,
        num: false,
      };
      firstWords(elems[0] as Elem, numberWords, f);
      for (const w of f.words) add(byWord, w, ref);
      for (const p of f.prefixes) add(byPrefix, p, ref);
      for (const x of f.suffixes) add(bySuffix, x, ref);
      if (f.num) numeric.push(ref);
      if (f.wild) wild.push(ref);
    });
  });
  return { items, byWord, byPrefix, bySuffix, numeric, wild };
}

function phrases(list: readonly string[]): string[] {
  return list.map((s) => s.trim()).filter(Boolean);
}

export function compileLexicon(written: Lexicon): CompiledLexicon {
  // Patterns and words are compared folded ("días" is "dias", "أ" is "ا"), like the story's words.
  const lex = foldData(written);
  const c = new Compiler(lex.classes);
  const numberWords = new Set<string>([
    ...Object.keys(lex.numbers.words),
    ...Object.keys(lex.numbers.counts).map((k) => k.split(/\s+/)[0] as string),
  ]);
  const set = <P>(items: { source: string; payload: P }[], allowGaps = true) =>
    patternSet(
      items.map((x) => ({ pattern: c.pattern(x.source, allowGaps), payload: x.payload })),
      numberWords,
    );

  const entries: CEntry[] = lex.entries.map((e, index) => ({
    ...e,
    index,
    says: e.says ?? 'present',
    timeless: e.timeless ?? (e.ids.length > 0 && e.ids.every((id) => TIMELESS_FINDINGS.has(id))),
    current: e.ids.length > 0 && e.ids.every((id) => CURRENT_STATES.has(id)),
  }));
  const entryPatterns = set(
    entries.flatMap((e) => e.patterns.map((source) => ({ source, payload: e.index }))),
  );

  const cueList: { source: string; payload: CueKind }[] = [];
  const addCues = (list: readonly string[], kind: CueKind) => {
    for (const source of phrases(list)) cueList.push({ source, payload: kind });
  };
  const k = lex.cues;
  addCues(k.negationBefore, 'negBefore');
  addCues(k.negationAfter, 'negAfter');
  addCues(k.negationAfterAdjacent ?? [], 'negAfterNear');
  addCues(k.negationAfterList ?? [], 'negAfterList');
  addCues(k.affirmationAfter ?? [], 'affirmAfter');
  addCues(k.pseudoNegation, 'pseudo');
  addCues(k.hedgeBefore, 'hedgeBefore');
  addCues(k.hedgeAfter, 'hedgeAfter');
  addCues(k.denialHedgeAfter ?? [], 'denialHedgeAfter');
  addCues(k.denialHedgeNext ?? [], 'denialHedgeNext');
  addCues(k.hypothetical, 'hypothetical');
  addCues(k.collectiveDenial ?? [], 'collectiveDenial');
  addCues(k.historical, 'historical');
  addCues(k.ongoing ?? [], 'ongoing');
  addCues(k.presupposed ?? [], 'presupposed');
  addCues(k.takenNow ?? [], 'takenNow');
  addCues(k.reasonNow ?? [], 'reasonNow');
  addCues(k.givenUp ?? [], 'givenUp');
  addCues(
    k.terminators.filter((t) => /\s/.test(t.trim())),
    'terminator',
  );
  addCues(k.now, 'now');
  addCues(k.past, 'past');
  addCues(k.proxyOpeners, 'proxy');
  addCues(k.ageOpeners ?? [], 'proxyAge');
  const cues = set(cueList);

  const time = set(lex.time.rules.flatMap((r) => r.patterns.map((source) => ({ source, payload: r }))));
  const severity = set(lex.severity.flatMap((r) => r.patterns.map((source) => ({ source, payload: r }))));
  const symptomWords = set(phrases(lex.symptomWords).map((source) => ({ source, payload: true as const })));
  const episodeWords = set(phrases(lex.episodeWords).map((source) => ({ source, payload: true as const })));
  const relatives = set(phrases(k.relatives).map((source) => ({ source, payload: true as const })));
  const relativeDays = set(
    Object.entries(lex.time.relativeDays).map(([source, payload]) => ({ source, payload })),
  );
  const half = phrases(lex.numbers.half).map((s) => c.pattern(s, false));
  const counts = Object.entries(lex.numbers.counts).map(([s, value]) => ({
    pattern: c.pattern(s, false),
    value,
  }));

  const rewrites = new Map<string, Rewrite[]>();
  const addRewrite = (written: string, to: string, caseSensitive: boolean) => {
    const headingOnly = written.trim().startsWith('^');
    const from = headingOnly ? written.trim().slice(1) : written;
    // Keys are cut into words the way stories are, so "T2DM" and "h/o" match their tokens.
    const f = [...from.trim().matchAll(TOKEN)].map((m) => m[0]);
    const key = (f[0] as string).toLowerCase();
    const list = rewrites.get(key) ?? [];
    list.push({
      from: caseSensitive ? f : f.map((w) => w.toLowerCase()),
      to: to.trim().split(/\s+/),
      caseSensitive,
      joined: f.length > 1 && !/\s/.test(from.trim()),
      headingOnly,
    });
    // Longer rewrites are tried first ("h / o" before "h").
    list.sort((a, b) => b.from.length - a.from.length);
    rewrites.set(key, list);
  };
  for (const [from, to] of Object.entries(lex.spellings)) addRewrite(from, to, false);
  for (const [from, to] of Object.entries(lex.abbreviations)) addRewrite(from, to, true);

  const known = new Set<string>([...c.words, ...lex.realWords, ...numberWords]);
  for (const list of rewrites.values()) for (const r of list) for (const w of r.to) known.add(w);
  for (const w of Object.keys(lex.time.units)) known.add(w);
  const corrector = new Corrector(known, [...c.prefixes]);
  const k2 = lex.cues;
  const vocabulary = new Set<string>([
    ...known,
    ...[
      k2.clauseStarters,
      k2.conjunctions,
      k2.conjunctionStarters,
      k2.subjectOpeners ?? [],
      k2.commaSubjectOpeners ?? [],
      k2.newSignWords ?? [],
      k2.clauseVerbs ?? [],
      k2.stateWords ?? [],
      k2.normalWords ?? [],
      k2.disjunctions ?? [],
      k2.subjectVerbs,
      k2.reportingVerbs,
      k2.firstPerson,
      k2.thirdPerson,
      k2.terminators,
    ].flat(),
  ]);
  for (const list of rewrites.values())
    for (const r of list) if (r.from.length === 1) vocabulary.add(r.from[0] as string);
  const starts = [...c.prefixes].filter((p) => p.length >= 2);
  const knows = (w: string) => vocabulary.has(w) || starts.some((p) => w.startsWith(p));
  const proclitics = Object.entries(lex.proclitics ?? {})
    .map(([form, words]) => ({ form, words: words.trim() === '' ? [] : words.trim().split(/\s+/) }))
    .sort((a, b) => a.form.length - b.form.length);

  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.trim().toLowerCase()));
  const months = new Map<string, number>();
  lex.time.months.forEach((m, i) => {
    for (const name of m.split('|')) months.set(name, i);
  });
  return {
    language: lex.language,
    source: lex,
    entries,
    entryPatterns,
    cues,
    time,
    severity,
    symptomWords,
    episodeWords,
    relatives,
    rewrites,
    periodAbbreviations: lower(lex.periodAbbreviations),
    terminators: lower(k.terminators.filter((t) => !/\s/.test(t.trim()))),
    conjunctions: lower(k.conjunctions),
    clauseStarters: lower(k.clauseStarters),
    conjunctionStarters: lower(k.conjunctionStarters),
    subjectOpeners: lower(k.subjectOpeners ?? []),
    commaSubjectOpeners: lower(k.commaSubjectOpeners ?? []),
    newSignWords: lower(k.newSignWords ?? []),
    clauseVerbs: lower(k.clauseVerbs ?? []),
    disjunctions: lower(k.disjunctions ?? []),
    placeWords: lower(k.placeWords ?? []),
    complementizers: lower(k.complementizers ?? []),
    factives: lower(k.factives ?? []),
    sideWords: lower(k.sideWords ?? []),
    questionWords: lower(k.questionWords ?? []),
    listDenials: lower(k.listDenials ?? []),
    historyHeads: lower(k.historyHeads ?? []),
    gapNegations: lower(k.gapNegations ?? []),
    stateWords: lower(k.stateWords ?? []),
    normalWords: lower(k.normalWords ?? []),
    subjectVerbs: lower(k.subjectVerbs),
    subjectAuxiliaries: lower(k.subjectAuxiliaries ?? []),
    reportingVerbs: lower(k.reportingVerbs),
    firstPerson: lower(k.firstPerson),
    thirdPerson: lower(k.thirdPerson),
    numberWords: new Map(Object.entries(lex.numbers.words)),
    half,
    counts,
    units: new Map(Object.entries(lex.time.units)),
    unitMinutes: new Map(Object.entries(lex.time.unitMinutes)),
    relativeDays,
    weekdays: new Map(lex.time.weekdays.map((d, i) => [d, i])),
    months,
    proclitics,
    caseEndings: lex.caseEndings ?? [],
    decimalComma: lex.decimalComma === true,
    knows,
    correct: lex.correctMisspellings === false ? (w) => w : (w) => corrector.correct(w),
  };
}
