/**
 * The context of a mention, after NegEx and ConText (Chapman et al. 2001, J Biomed Inform 34:301;
 * Harkema et al. 2009, J Biomed Inform 42:839; see docs/parse.md): is it denied, hedged, hypothetical,
 * over, or about someone else? Cues are phrases of the lexicon; their scope runs forward (or, for "is fine", back)
 * within the clause, never across a terminator such as "but".
 *
 * A cue word that belongs to a lexicon phrase is not a cue: "can't pee" is a warning sign stated
 * positively, and "no pain when sitting" is a finding of its own, so they are matched as phrases first.
 */
import type { CompiledLexicon, CueKind } from './compile.ts';
import { findPatterns } from './match.ts';
import type { Sentence, Token } from './tokenise.ts';

/** Words between a "before" cue and the mention it denies or hedges. */
export const BEFORE_WINDOW = 12;
/** Words between a note's "denies" and an item of the list it heads, past commas. */
export const LIST_DENIAL_WINDOW = 30;
/** Words between a mention and an "after" cue ("my legs feel about normal"). */
export const AFTER_WINDOW = 4;
/** Words between a mention and a cue that puts it in the past ("used to", "years ago"). */
export const HISTORY_WINDOW = 6;

export interface Cue {
  readonly kind: CueKind;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Context {
  readonly cues: readonly Cue[];
  /** Per token: the words are about someone other than the person. */
  readonly other: readonly boolean[];
  /** The lexicon's conjunctions ("and", "or"), which join the items of a list. */
  readonly conjunctions: ReadonlySet<string>;
  /** The lexicon's words of a list of alternatives ("or", "nor"). */
  readonly disjunctions: ReadonlySet<string>;
  /** The lexicon's words that say where ("en", "في"): see `correction`. */
  readonly placeWords: ReadonlySet<string>;
  /** The lexicon's words that open a clause said of a denial ("like", "if", "que"): see clauseStartsBetween. */
  readonly complementizers: ReadonlySet<string>;
  /** The lexicon's verbs that take what follows as true ("know", "realise"): see clauseStartsBetween. */
  readonly factives: ReadonlySet<string>;
  /** The lexicon's words of one side or limb ("left", "one"): a denial of one keeps to it (parse.ts). */
  readonly sideWords: ReadonlySet<string>;
  /** The lexicon's complementizers that ask ("if", "whether"): a factive's clause after one is the denial's. */
  readonly questionWords: ReadonlySet<string>;
  /** The lexicon's words of a note's denial that heads a list ("denies"). */
  readonly listDenials: ReadonlySet<string>;
  /** Historical cues that head a condition ("history of", "previous"). */
  readonly historyHeads: ReadonlySet<string>;
  /** The lexicon's verbs that make a clause ("is", "are", "feel"). */
  readonly clauseVerbs: ReadonlySet<string>;
  /** The lexicon's adjectives of a body part's state ("numb", "weak"): a verbless statement past a comma. */
  readonly stateWords: ReadonlySet<string>;
  /** The lexicon's words that mark a sign as new ("new", "new onset"): see scopeOf. */
  readonly newSignWords: ReadonlySet<string>;
  /** Per token: the word belongs to a phrase that a denial turns round ("not sleeping well"). */
  readonly turned: readonly boolean[];
  /** Per token: the word belongs only to phrases that deny ("walking normally"), none that states. */
  readonly denyingOnly: readonly boolean[];
  /** Per token: a negation word that belongs to a lexicon phrase ("can't" in "can't feel it when I wipe"). */
  readonly innerNegation: readonly boolean[];
  /** Per token: the word belongs to a phrase that names a finding. */
  readonly mentioned: readonly boolean[];
  /**
   * Per token: the kind of finding its phrase names, 0 for none: 1 a symptom of now, 2 a medicine, 3 a
   * condition or other background, 4 an injury. A list joined by commas holds one kind.
   */
  readonly kind: readonly number[];
  /** Per token: the word belongs to a time expression ("since yesterday"). */
  readonly timed: readonly boolean[];
  /** Per token: a new clause plainly starts here, comma or not ("no fever my back hurts"). */
  readonly clauseStart: readonly boolean[];
  /** The words of each phrase that names a finding. */
  readonly namedPhrases: readonly (readonly number[])[];
}

/** The most words one item of a list may hold for a denial to run on to it past a comma. */
export const LIST_ITEM_WORDS = 4;

const isComma = (t: Token) => t.kind === 'punct' && (t.text === ',' || t.text === '،');

/**
 * Whether a denial that ends at `from` runs on past the commas before a mention at `start`. A denial
 * runs through a list of short items ("denies fever, chills, night sweats or weight loss"), not into
 * a new statement after a comma: in "no injury, sudden pain in my back with chills" the part that
 * holds the mention is no list item, so what it says is said. Nor does a denial that turns round a
 * statement of normality before the first comma start a list: "not sleeping well, fever and chills"
 * complains of poor sleep, fever and chills. An item with a time of its own is a statement too: "no
 * fever, urinary incontinence since yesterday". With no comma between, the window alone decides
 * (scopeOf).
 */
function runsOnPastCommas(tokens: readonly Token[], ctx: Context, from: number, start: number): boolean {
  const commas: number[] = [];
  for (let i = from; i < start; i++) if (isComma(tokens[i] as Token)) commas.push(i);
  if (commas.length === 0) return true;
  for (let i = from; i < (commas[0] as number); i++) if (ctx.turned[i]) return false;
  // Every item after a comma, up to the one that holds the mention, is short.
  let end = start;
  while (end < tokens.length) {
    const t = tokens[end] as Token;
    if (isComma(t) || t.sentence !== (tokens[start] as Token).sentence) break;
    end++;
    if (t.boundary) break;
  }
  let words = 0;
  // An item with a time of its own is a statement ("no fever, urinary incontinence since yesterday"),
  // unless the list is one of alternatives, whose denial holds to its end ("no fever, numbness or
  // incontinence today").
  let alternatives = false;
  const lastComma = commas[commas.length - 1] as number;
  for (let i = lastComma + 1; i < end; i++)
    if (ctx.disjunctions.has((tokens[i] as Token).norm)) alternatives = true;
  // A list of two items, not one of alternatives, holds only findings of one kind: "no trauma, urinary
  // retention", "not on anticoagulants, haematuria", "not on steroids, diabetic" and "no fever, IVDU" are
  // two statements; and a first item of several words that names nothing ("not been himself, confused")
  // starts no list. Alternatives anywhere ("radiation, numbness, fever, or weight loss") make one list.
  let anyAlternative = alternatives;
  for (let i = (commas[0] as number) + 1; i < tokens.length && !anyAlternative; i++) {
    const t = tokens[i] as Token;
    if (t.sentence !== (tokens[start] as Token).sentence || (t.boundary && i >= end)) break;
    if (ctx.disjunctions.has(t.norm)) anyAlternative = true;
  }
  if (!anyAlternative && commas.length === 1 && correction(tokens, ctx, from, commas[0] as number))
    return false;
  if (!anyAlternative && commas.length === 1) {
    const kinds = new Set<number>();
    let firstWords = 0;
    for (let i = from; i < (commas[0] as number); i++) {
      if ((tokens[i] as Token).kind !== 'punct') firstWords++;
      const k = ctx.kind[i] ?? 0;
      if (k > 0) kinds.add(k);
    }
    if (kinds.size === 0 && firstWords >= 2) return false;
    const here = ctx.kind[start] ?? 0;
    if (kinds.size === 1 && here > 0 && !kinds.has(here)) return false;
  }
  // An item that describes a state with no verb ("no fever, numb bum", "no fever, legs weak", "no fever
  // chills or sweats, left leg numb") is a statement of its own, where a noun ("no fever, numbness") is one
  // more denial; unless the item is one of a list of alternatives, denied to its end: its own "or" ("no
  // fever, numb or weak legs") or one later in the list ("no fever, stiff neck, photophobia or rash").
  // Read as denied it would be a wrong absent, the worst error; read as said, the person unticks it.
  const listEnd = endOfList(tokens, end, start);
  let lastOr = -1;
  for (let j = (commas[0] as number) + 1; j < listEnd; j++)
    if (ctx.disjunctions.has((tokens[j] as Token).norm)) lastOr = j;
  let item = (commas[0] as number) + 1;
  for (let i = item; i <= end; i++) {
    if (i < end && !isComma(tokens[i] as Token)) continue;
    // A list that goes on past the state with a bare noun is a note's list ("no fever, weak legs,
    // urinary retention"): stateInList decides it.
    if (hasStateWord(tokens, ctx, item, i) && lastOr < item && !nounItemAfter(tokens, ctx, i, listEnd))
      return false;
    item = i + 1;
  }
  for (let i = (commas[0] as number) + 1; i < end; i++) {
    const t = tokens[i] as Token;
    if (ctx.timed[i] && !alternatives) return false;
    // So is an item with a verb of its own: "not feverish, legs are weak".
    if (ctx.clauseVerbs.has(t.norm)) return false;
    if (isComma(t) || ctx.conjunctions.has(t.norm)) words = 0;
    // The time closing a list of alternatives is no part of its last item.
    else if (t.kind !== 'punct' && !ctx.timed[i] && ++words > LIST_ITEM_WORDS) return false;
  }
  return true;
}

/**
 * Whether every item from `from` up to the end of the item that holds a mention ending at `end` is a bare
 * noun: short, with no number, state, verb, time or negation of its own. Only such a list carries a
 * note's "denies" past its lay reach; an item that says something ("2 episodes of incontinence", "pain
 * 7/10, constant", "retention since Monday") is a statement the denial must not swallow.
 */
function bareNounsTo(tokens: readonly Token[], ctx: Context, from: number, end: number): boolean {
  const sentence = (tokens[from] as Token).sentence;
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || (k >= end && (isComma(t) || t.boundary))) break;
    if (isComma(t) || ctx.conjunctions.has(t.norm) || ctx.disjunctions.has(t.norm)) {
      words = 0;
      continue;
    }
    if (t.kind === 'punct') continue;
    if (
      t.kind === 'num' ||
      ctx.stateWords.has(t.norm) ||
      ctx.clauseVerbs.has(t.norm) ||
      ctx.timed[k] ||
      ctx.innerNegation[k] ||
      ++words > LIST_ITEM_WORDS
    )
      return false;
  }
  return true;
}

/** Whether a word of [from, to) describes a state (the lexicon's `stateWords`: "numb", "weak"). */
function hasStateWord(tokens: readonly Token[], ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.stateWords.has((tokens[i] as Token).norm)) return true;
  return false;
}

/**
 * Where the list that holds the mention at `start` ends, searching on from `from`: at the end of its
 * sentence or at a clause boundary other than a comma.
 */
function endOfList(tokens: readonly Token[], from: number, start: number): number {
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.sentence !== (tokens[start] as Token).sentence || (t.boundary && !isComma(t))) break;
    i++;
  }
  return i;
}

/**
 * Whether a comma item after `from` (a comma, or the end of an item) and before `listEnd` is a bare noun
 * of a list: short, with no state, verb, time, number, negation or other cue of its own ("urinary
 * retention", "weight loss"; not "legs weak", "can't pee", "no weight loss", "rigors (+)", "since
 * Monday"). A new clause ends the list: what follows it is no item.
 */
function nounItemAfter(tokens: readonly Token[], ctx: Context, from: number, listEnd: number): boolean {
  let i = from;
  while (i < listEnd && !isComma(tokens[i] as Token)) if ((tokens[i++] as Token).boundary) return false;
  let words = 0;
  let plain = true;
  for (let k = i + 1; k <= listEnd; k++) {
    const t = tokens[k];
    if (k === listEnd || t === undefined || isComma(t)) {
      // The list ends at a bracket or a "?" that is the last item's own sign: "fever (-)", "fever?".
      if (k === listEnd && (t?.norm === '(' || ctx.cues.some((c) => c.start === k))) plain = false;
      if (plain && words > 0 && words <= LIST_ITEM_WORDS) return true;
      if (t?.boundary) return false;
      words = 0;
      plain = true;
      continue;
    }
    // A cue may open at a bracket or a "?": "rigors (+)", "fever?".
    if (ctx.cues.some((c) => c.start === k)) plain = false;
    if (t.kind === 'punct') continue;
    if (t.boundary) return false;
    words++;
    if (
      t.kind === 'num' ||
      ctx.stateWords.has(t.norm) ||
      ctx.clauseVerbs.has(t.norm) ||
      ctx.timed[k] ||
      ctx.innerNegation[k]
    )
      plain = false;
  }
  return false;
}

/**
 * Whether the mention at `start` is, or follows, a state item in the middle of a list that goes on with
 * a bare noun past it: "no fever, weak legs, urinary retention", "No fever, reduced appetite, weight
 * loss". A note lists its denials so; a person may list what they have so. Under a note's "denies" it is
 * denied with the list; otherwise it is left open (asked), neither a wrong absent nor a wrong present.
 */
function stateInList(tokens: readonly Token[], ctx: Context, from: number, start: number): boolean {
  let first = -1;
  for (let i = from; i < start; i++)
    if (isComma(tokens[i] as Token)) {
      first = i;
      break;
    }
  if (first < 0) return false;
  const listEnd = endOfList(tokens, first, start);
  for (let j = first + 1; j < listEnd; j++) if (ctx.disjunctions.has((tokens[j] as Token).norm)) return false;
  let item = first + 1;
  for (let i = item; i <= listEnd && item <= start; i++) {
    if (i < listEnd && !isComma(tokens[i] as Token)) continue;
    if (hasStateWord(tokens, ctx, item, i) && nounItemAfter(tokens, ctx, i, listEnd)) return true;
    item = i + 1;
  }
  return false;
}

/**
 * Whether two items around one comma are a place denied and the place meant: "no en el pecho, en la
 * espalda", "الوجع مش بصدري، بضهري". The item after the comma opens with a word that says where and the
 * denied item holds the same word; nothing joins them as a list ("y", "ni", "or": "no en el pecho, en
 * la espalda ni en el brazo" denies all three). A list of denied places repeats the denial or joins its
 * last item ("sin dolor en el pecho, sin dolor en la espalda", "ni en la espalda"), so a bare second
 * place is the correction.
 */
function correction(tokens: readonly Token[], ctx: Context, from: number, comma: number): boolean {
  if (comma < 0) return false;
  const opener = tokens[comma + 1];
  if (opener === undefined || !ctx.placeWords.has(opener.norm)) return false;
  for (let i = comma + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sentence !== opener.sentence || (i > comma + 1 && t.boundary)) break;
    if (ctx.conjunctions.has(t.norm) || ctx.disjunctions.has(t.norm)) return false;
  }
  for (let i = from; i < comma; i++) if ((tokens[i] as Token).norm === opener.norm) return true;
  return false;
}

/**
 * Whether the item that holds a mention at `start` comes after a list of denials that "or"/"nor" has
 * already closed before its comma: "no fever or chills, numbness in my legs", "no fever chills or
 * sweats, urinary retention". A list ends at its "or", so the item may as well be a new statement as one
 * more denial: it is left open (asked), never taken as absent. An item with its own "or"/"and" goes on
 * with the list ("no fever or chills, night sweats or weight loss"), and an "or" inside one phrase is no
 * close ("denies bowel or bladder dysfunction, saddle anaesthesia").
 */
function afterClosedList(tokens: readonly Token[], ctx: Context, from: number, start: number): boolean {
  let lastComma = -1;
  for (let i = from; i < start; i++) if (isComma(tokens[i] as Token)) lastComma = i;
  if (lastComma < 0) return false;
  for (let i = lastComma + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sentence !== (tokens[start] as Token).sentence || t.boundary || (i > start && isComma(t))) break;
    if (ctx.conjunctions.has(t.norm) || ctx.disjunctions.has(t.norm)) return false;
  }
  const inOnePhrase = (d: number) =>
    ctx.namedPhrases.some((p) => p.some((i) => i < d) && p.some((i) => i > d));
  for (let d = from; d < lastComma; d++)
    if (ctx.disjunctions.has((tokens[d] as Token).norm) && !inOnePhrase(d)) return true;
  return false;
}

/**
 * Whether the mention at [start, end) is a state said after "and" once a denial ending at `from` has
 * named a finding: "no fever and legs weak", "no fever and numb bum". It may be one more denial ("no
 * fever and [no] weak legs") or a statement ("no fever, and my legs are weak"), so it is left open
 * (asked), never taken as absent; a list of alternatives ("no fever and numb or weak legs") is still
 * denied. With a comma, runsOnPastCommas reads such an item as said.
 */
function stateAfterAnd(
  tokens: readonly Token[],
  ctx: Context,
  from: number,
  start: number,
  end: number,
): boolean {
  let and = -1;
  for (let i = from; i < start; i++) {
    const t = tokens[i] as Token;
    if (isComma(t)) return false;
    if (ctx.conjunctions.has(t.norm) && !ctx.disjunctions.has(t.norm)) and = i;
  }
  if (and < 0 || !mentionBetween(ctx, from, and)) return false;
  if (!hasStateWord(tokens, ctx, and + 1, end)) return false;
  for (let i = and + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.sentence !== (tokens[start] as Token).sentence || t.boundary) break;
    if (ctx.disjunctions.has(t.norm)) return false;
  }
  return true;
}

/**
 * Cue matches, without those inside lexicon phrases, keeping the longest where cues overlap. The
 * negation words left out for being inside a phrase are marked in `innerNegation` when it is given.
 */
export function findCues(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
  consumed: ReadonlySet<number>,
  innerNegation?: boolean[],
  /** Per token: the word belongs to a phrase that names a finding (all of `consumed` when not given). */
  named?: readonly boolean[],
): Cue[] {
  const all: Cue[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.cues, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      // A cue word inside a lexicon phrase is part of that phrase ("can't pee"), except for markers of
      // the clause ("had", "now"), of something feared ("scared it's …", where "scared" is a finding),
      // and of the past ("had sciatica five years ago" dates the sciatica, whose phrase holds "ago"), and
      // of the reason that owns a date ("on rivaroxaban for a clot last year": the medicine's phrase holds
      // "for").
      const marker =
        h.payload === 'hypothetical' ||
        h.payload === 'now' ||
        h.payload === 'past' ||
        h.payload === 'historical' ||
        h.payload === 'givenUp' ||
        h.payload === 'reasonNow';
      // A pseudo-negation stands over a phrase that names no finding ("no he dormido" over the blocker
      // "he dormido"), never over one that does ("won't go away with rest" is still no easing).
      const inPhrase =
        h.payload === 'pseudo'
          ? span.consumed.some((i) => named?.[i] ?? consumed.has(i))
          : span.consumed.some((i) => consumed.has(i));
      if (!marker && inPhrase) {
        // Only a cue whose negation word is inside the phrase makes it a statement of its own: in
        // "ما عندي حرارة" (no fever) the phrase "عندي حرارة" takes the cue's second word, not its "ما".
        if (
          innerNegation &&
          (h.payload === 'negBefore' ||
            h.payload === 'negAfter' ||
            h.payload === 'negAfterNear' ||
            h.payload === 'negAfterList') &&
          consumed.has(span.start)
        )
          for (const i of span.consumed) if (consumed.has(i)) innerNegation[i] = true;
        continue;
      }
      all.push({ kind: h.payload, start: span.start, end: span.end, sentence: s.index });
    }
  }
  // A statement of normality said after a thing ("peeing is normal", "bladder working normally") is
  // turned round by a negation inside it or right before it: "peeing is not normal", "my bladder isn't
  // working normally", "I am not peeing normally" say something is wrong, so they deny nothing (a
  // warning sign stays to be asked). A cue that is itself a negation ("not present") keeps its own
  // word: only a negation past its first word counts.
  // Right before: at most two words between, no comma, and only the one thing said to be normal ("I
  // am not peeing normally"); "no fever bladder fine" is a denial of the fever and a bladder said fine.
  const closeBefore = (from: number, to: number) => {
    const words = wordsBetween(tokens, from, to);
    let things = 0;
    for (let i = from; i < to; i++) if (named?.[i] ?? consumed.has(i)) things++;
    return words >= 0 && words <= 2 && things <= 1 && !commaBetween(tokens, from, to);
  };
  // The negation goes with the normality it turns round ("not peeing normally" denies no peeing).
  const turnedRound = new Set<Cue>();
  // Only a cue that ends in a word of normality: "fever is not there", "Fever: no" are denials.
  const endsNormal = (c: Cue) => {
    for (let i = c.end - 1; i >= c.start; i--) {
      const t = tokens[i] as Token;
      if (t.kind !== 'punct') return lex.normalWords.has(t.norm);
    }
    return false;
  };
  for (const c of all) {
    if (c.kind !== 'negAfter' && c.kind !== 'negAfterNear' && c.kind !== 'negAfterList') continue;
    if (!endsNormal(c)) continue;
    const n = all.find(
      (x) =>
        x.kind === 'negBefore' &&
        x.sentence === c.sentence &&
        ((x.start > c.start && x.end <= c.end) || (x.end <= c.start && closeBefore(x.end, c.start))),
    );
    if (n) turnedRound.add(c).add(n);
  }
  for (let i = all.length - 1; i >= 0; i--) if (turnedRound.has(all[i] as Cue)) all.splice(i, 1);
  // Where cues overlap, the longest wins ("not sure" over "not"); cues on the very same words all stand
  // ("maybe" before and after), and markers of the clause (now, past) and terminators overlap anything
  // (the word that follows "because" may start a hedge: "because I think …").
  const isMarker = (c: Cue) => c.kind === 'now' || c.kind === 'past' || c.kind === 'terminator';
  const spans = [...new Map(all.filter((c) => !isMarker(c)).map((c) => [`${c.start}:${c.end}`, c])).values()];
  spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const used = new Set<number>();
  const accepted = new Set<string>();
  for (const c of spans) {
    let overlaps = false;
    for (let i = c.start; i < c.end; i++) if (used.has(i)) overlaps = true;
    if (overlaps) continue;
    for (let i = c.start; i < c.end; i++) used.add(i);
    accepted.add(`${c.start}:${c.end}`);
  }
  const taken = all.filter((c) => isMarker(c) || accepted.has(`${c.start}:${c.end}`));
  // Pseudo-negations are no cues of their own: they block a shorter cue on their words, and one that
  // holds a negation ("haven't stopped", not "I've had") ends a denial before it (scopeOf).
  const blocksNegation = (p: Cue) =>
    all.some((c) => c.kind === 'negBefore' && c.start < p.end && p.start < c.end);
  return taken.filter((c) => c.kind !== 'pseudo' || blocksNegation(c)).sort((a, b) => a.start - b.start);
}

/** Whether a cue opens its sentence: at most two words ("well", "actually") before it. */
function opensSentence(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence;
  let words = 0;
  for (let i = at - 1; i >= 0 && (tokens[i] as Token).sentence === sentence; i--)
    if ((tokens[i] as Token).kind === 'word') words++;
  return words <= 2;
}

/** Whether every word of a phrase lies in [from, to). */
function wholeBetween(phrase: readonly number[], from: number, to: number): boolean {
  return phrase.every((i) => i >= from && i < to);
}

/**
 * Whether, after the cue that ends at `cueEnd` has named something of its own, a new clause starts at
 * or before `start` (the mention): "no fever my back hurts". A cue that has named nothing yet reaches
 * on: "not sure if I have a fever".
 */
function clauseStartsBetween(
  tokens: readonly Token[],
  ctx: Context,
  cueEnd: number,
  start: number,
  denialFrom = -1,
): boolean {
  const denial = denialFrom >= 0;
  let named = false;
  // The denial's own words past its negation count ("ما عندي أمراض آخذ وارفارين": "عندي" and "أمراض").
  let words = 0;
  // A denied verb that takes what follows as true ("doesn't know", "didn't realise") governs no clause
  // after it but one of "if" or "whether": "my mum doesn't know I have cancer" says the cancer.
  let factive = false;
  for (let i = denialFrom + 1; denial && i < cueEnd; i++) {
    if ((tokens[i] as Token).kind === 'word') words++;
    if (ctx.factives.has((tokens[i] as Token).norm)) factive = true;
  }
  let complement = false;
  for (let i = cueEnd; i <= start; i++) {
    // Named: a whole phrase lies between the cue and the clause start. A phrase that runs on past it is
    // another reading of the mention's own words ("ما صار عندي حرارة": "صار عندي حرارة" beside "عندي
    // حرارة"), no earlier statement.
    if (named && ctx.clauseStart[i] && ctx.namedPhrases.some((p) => wholeBetween(p, cueEnd, i))) return true;
    // A denial whose own words the lexicon does not know has still said what it denies once two words
    // follow it: "no he ido al médico tengo fiebre", "no he levantado nada se me durmió la pierna". A
    // hedge may run on ("not sure if I have a fever"), and so may a denial right before its verb ("no
    // tengo fiebre": "tengo" starts no clause of its own) or into a clause it governs ("doesn't seem
    // like I have a fever", "no me he dado cuenta si tengo fiebre").
    if (denial && (words >= 2 || factive) && !complement && ctx.clauseStart[i]) return true;
    if (ctx.mentioned[i] && i < start) named = true;
    const t = tokens[i] as Token;
    if (t.kind === 'word') words++;
    if (denial && ctx.factives.has(t.norm)) factive = true;
    else if (ctx.complementizers.has(t.norm) && (!factive || ctx.questionWords.has(t.norm)))
      complement = true;
  }
  return false;
}

/**
 * Where the words a denial ending at `cueEnd` has named before the mention at `start` end (-1 if it has
 * named none). A phrase counts when it ends before the mention does: one that shares its first words
 * names a finding of its own ("no tingling legs weak": "tingling legs" is denied, "legs weak" is said).
 * A phrase that reaches the mention's last word and runs into it is another reading of the same words,
 * no earlier statement: "no pain going down my legs" ("pain … legs" beside "going down my legs"), "no
 * me baja dolor a las piernas" ("baja … piernas" beside "dolor a las piernas"), so "no pain numb bum"
 * ("pain … bum" beside "numb bum") is denied too; with a comma between, its words before the comma were
 * said first ("no numbness, weak left leg though").
 */
function namedBefore(
  tokens: readonly Token[],
  ctx: Context,
  cueEnd: number,
  start: number,
  consumed: readonly number[],
): number {
  const last = Math.max(...consumed);
  let namedEnd = -1;
  for (const p of ctx.namedPhrases) {
    let before = -1;
    for (const i of p) if (i >= cueEnd && i < start) before = Math.max(before, i + 1);
    if (before < 0) continue;
    // Unless the mention opens with a state said of its own ("no pain numb bum": "numb bum" is a new
    // statement, whatever "pain … bum" may also read).
    if (
      Math.max(...p) >= last &&
      !tokens.slice(before, start).some((t) => t.kind === 'punct') &&
      !ctx.stateWords.has((tokens[start] as Token).norm)
    )
      continue;
    namedEnd = Math.max(namedEnd, before);
  }
  return namedEnd;
}

/** Whether an "and", an "or" (or, with `punctuation`, a comma or other mark) stands in [from, to). */
function joinedBetween(
  tokens: readonly Token[],
  ctx: Context,
  from: number,
  to: number,
  punctuation: boolean,
): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if ((punctuation && t.kind === 'punct') || ctx.conjunctions.has(t.norm) || ctx.disjunctions.has(t.norm))
      return true;
  }
  return false;
}

/**
 * Whether a denial that ends at `cueEnd` has named a finding and then meets the mention at [start, end)
 * with nothing that joins a list between them: no comma, no "and" or "or". Dictated stories run their
 * statements together ("no fever both legs numb since this morning", "not had a fever been shivering
 * all night"), and a list of denials is joined ("no fever, chills or sweats"); a list of alternatives
 * closed later by "or" is one too ("no fever chills or sweats"). What counts as named: namedBefore.
 */
function unjoinedAfterNamed(
  tokens: readonly Token[],
  ctx: Context,
  cueEnd: number,
  start: number,
  end: number,
  consumed: readonly number[],
): boolean {
  const namedEnd = namedBefore(tokens, ctx, cueEnd, start, consumed);
  if (namedEnd < 0 || joinedBetween(tokens, ctx, namedEnd, start, true)) return false;
  for (let i = end; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.boundary || t.sentence !== (tokens[start] as Token).sentence) break;
    if (ctx.disjunctions.has(t.norm)) return false;
  }
  // A bare word right after the named one, with nothing said of it, is a list written without commas,
  // as notes write them ("denies fever chills", "no nausea vomiting."): "no temperature shaking like a
  // leaf" says something of the shaking.
  const next = tokens[end];
  if (
    namedEnd === start &&
    end - start === 1 &&
    (next === undefined ||
      next.kind === 'punct' ||
      next.sentence !== (tokens[start] as Token).sentence ||
      ctx.mentioned[end] ||
      ctx.conjunctions.has(next.norm))
  )
    return false;
  return true;
}

/**
 * Whether the item that holds the mention at [start, end) ends with a word that sets it against what was
 * denied before it, after a denial ending at `cueEnd` has named a finding: "no numbness, weak left leg
 * though". The contrast is one of the lexicon's terminators (a clause boundary) with nothing after it but
 * a stop; "no fever though" names nothing before the fever and is still denied.
 */
function contrastClosesItem(
  tokens: readonly Token[],
  ctx: Context,
  cueEnd: number,
  start: number,
  end: number,
  consumed: readonly number[],
): boolean {
  // Named, and not joined to the mention as one more item of the list ("no fever or chills though").
  const namedEnd = namedBefore(tokens, ctx, cueEnd, start, consumed);
  if (namedEnd < 0 || joinedBetween(tokens, ctx, namedEnd, start, false)) return false;
  const sentence = (tokens[start] as Token).sentence;
  for (let j = end; j < tokens.length && j - end <= AFTER_WINDOW; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.sentence !== sentence) return false;
    if (!t.boundary) continue;
    const next = tokens[j + 1];
    return next === undefined || next.kind === 'punct' || next.sentence !== sentence;
  }
  return false;
}

/**
 * Whether a cue of history that comes after `from` is said of the finding right after it, not of what
 * lies before it past an "and": "back pain for 2 weeks and history of prostate cancer" dates only the
 * cancer, while "sciatica for a month and it settled" still puts the sciatica in the past.
 */
export function historyOfWhatFollows(
  tokens: readonly Token[],
  ctx: Context,
  cue: Cue,
  from: number,
): boolean {
  let joined = false;
  for (let i = from; i < cue.start; i++) if (ctx.conjunctions.has((tokens[i] as Token).norm)) joined = true;
  if (!joined) return false;
  for (let i = cue.end; i < tokens.length && i < cue.end + 3; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' || t.sentence !== cue.sentence) return false;
    if (ctx.mentioned[i]) return true;
  }
  return false;
}

/** The first comma in [from, to), or -1. */
function firstComma(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isComma(tokens[i] as Token)) return i;
  return -1;
}

function commaBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isComma(tokens[i] as Token)) return true;
  return false;
}

/**
 * Whether [from, to) holds only the glue of a list of findings: other findings' words, conjunctions
 * and, when `commas`, commas ("fever, chills and rigors: absent"), and nothing said of one of them
 * alone ("saddle numbness present, leg weakness: absent").
 */
function onlyListBetween(
  tokens: readonly Token[],
  ctx: Context,
  from: number,
  to: number,
  commas: boolean,
): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!ctx.mentioned[i] && !(commas && isComma(t)) && !ctx.conjunctions.has(t.norm)) return false;
  }
  return true;
}

/** Whether a word of another finding's phrase lies in [from, to). */
function mentionBetween(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.mentioned[i]) return true;
  return false;
}

/**
 * Whether the clause ends at a question mark soon after `from`, the end of a cue: "is my bladder
 * normal?", "my legs are ok?" ask, and say nothing is wrong no more than that something is, so a
 * "normal" or "fine" there is left open (asked), never a denial. A question of its own after a comma or
 * a "but" ("bladder fine, is that good?") leaves the statement before it as said, and so does a "yes"
 * that answers it.
 */
function asked(tokens: readonly Token[], ctx: Context, from: number): boolean {
  for (let i = from; i < tokens.length && i <= from + AFTER_WINDOW; i++) {
    const t = tokens[i] as Token;
    // Answered "yes" right after, as a note's checklist does ("Bladder normal? Yes."), it is said.
    if (t.norm === '?') return !ctx.cues.some((c) => c.kind === 'affirmAfter' && c.start === i + 1);
    if (t.kind === 'punct' || t.boundary || t.sentence !== tokens[from - 1]?.sentence) return false;
  }
  return false;
}

/** Counts words (not punctuation) in [from, to), or -1 when a clause boundary lies between. */
function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.boundary) return -1;
    if (t.kind !== 'punct') n++;
  }
  return n;
}

export interface Scope {
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly hypothetical: boolean;
  readonly historical: boolean;
  readonly other: boolean;
  /** The clause speaks of the present ("now", "any more"). */
  readonly now: boolean;
  /** The clause is in the past tense ("had", "was"). */
  readonly past: boolean;
  /** The denial is a bare "no" answering a checklist's question ("Fever? No."). */
  readonly answered?: boolean;
  /** Said only up to a time now past ("no trouble peeing until yesterday"): an absent is asked again. */
  readonly denialHedged?: boolean;
}

/** The scope of one mention occupying tokens [start, end) with these consumed words. */
export function scopeOf(
  tokens: readonly Token[],
  ctx: Context,
  start: number,
  end: number,
  consumed: readonly number[],
): Scope {
  const first = tokens[start] as Token;
  const own = new Set(consumed);
  let negated = false;
  let hedged = false;
  let answered = false;
  let denialHedged = false;
  let hypothetical = false;
  let historical = false;
  let now = false;
  let past = false;
  // Terminators of several words ("apart from", "because of") are cues rather than clause ends: they
  // end the scopes that would cross them.
  const stops = ctx.cues.filter((c) => c.kind === 'terminator' && c.sentence === first.sentence);
  const stopBetween = (from: number, to: number) => stops.some((s) => s.start >= from && s.end <= to);
  const affirmedAfter = (from: number) =>
    ctx.cues.some((a) => {
      if (a.kind !== 'affirmAfter' || a.sentence !== first.sentence) return false;
      // Or inside the finding's own words, which go on to where: "no numbness, weakness noted left leg".
      const within = a.start > start && a.end <= end;
      if (a.start < end && !within) return false;
      // Or in a bracket right after them, a note's sign: "no fever, rigors (+)".
      const bracketed = tokens[end]?.norm === '(' && a.start === end + 1;
      if (
        !within &&
        !bracketed &&
        (wordsBetween(tokens, end, a.start) !== 0 || commaBetween(tokens, end, a.start))
      )
        return false;
      for (let i = from; i < a.start; i++) if (ctx.disjunctions.has((tokens[i] as Token).norm)) return false;
      return true;
    });
  for (const c of ctx.cues) {
    // A correction that opens the next sentence takes back this one's denials: "Wee is fine. Well, it
    // was until today, now nothing comes out".
    if (c.kind === 'denialHedgeNext' && c.sentence === first.sentence + 1 && opensSentence(tokens, c.start))
      denialHedged = true;
    if (c.sentence !== first.sentence) continue;
    const sameClause = (tokens[c.start] as Token).clause === first.clause;
    const before = c.end <= start;
    const after = c.start >= end;
    const inside = !before && !after && !own.has(c.start);
    switch (c.kind) {
      case 'negBefore': {
        // A phrase that holds its own negation is a statement of its own: "not had a poo for days and
        // can't feel it when I wipe" says the numbness. A second negation inside it is the emphatic
        // double negative of everyday speech: "I can't feel nothing when I wipe" is numbness too.
        // Not so a phrase that only denies, by its inner "normally" or "without problems": a "not" right
        // before it in its clause turns it round ("I'm not walking normally", "no camino normal", "مش ماشي
        // كويس" are no denials), and it is left open. A denial further off, or past a comma, does not.
        const turnedRound =
          before &&
          consumed.every((i) => ctx.denyingOnly[i]) &&
          wordsBetween(tokens, c.end, start) <= 1 &&
          !commaBetween(tokens, c.end, start);
        if ((before || inside) && consumed.some((i) => ctx.innerNegation[i]) && !turnedRound) break;
        // Nor does a denial reach into a new clause said without a comma: "no fever my back hurts".
        if (before && clauseStartsBetween(tokens, ctx, c.end, start, c.start)) break;
        // A field that says itself right after ("fever: no numb bum: yes") is no item of the field before.
        if (
          before &&
          tokens[end]?.norm === ':' &&
          ctx.cues.some((a) => a.kind === 'affirmAfter' && a.start === end)
        )
          break;
        // A bare "no" answering a checklist's question answers only it: "Fever? No, chills." says them.
        if (before && tokens[c.start - 1]?.norm === '?' && tokens[c.end]?.kind === 'punct') break;
        if (
          before &&
          !ctx.listDenials.has((tokens[c.start] as Token).norm) &&
          unjoinedAfterNamed(tokens, ctx, c.end, start, end, consumed)
        )
          break;
        // Nor past a comma to an item the note affirms ("no fever, rigors present"), unless the list is
        // one of alternatives, denied to its end ("no fever, chills or rigors present").
        if (before && commaBetween(tokens, c.end, start) && affirmedAfter(c.end)) break;
        if (before && contrastClosesItem(tokens, ctx, c.end, start, end, consumed)) break;
        // A negation that is no denial stands between: "no fever, haven't stopped throwing up" says
        // the vomiting goes on.
        if (before && ctx.cues.some((p) => p.kind === 'pseudo' && p.start >= c.end && p.end <= start)) break;
        const gap = before ? wordsBetween(tokens, c.end, start) : -1;
        // A list item past a comma that ends in its own "yes" (a stop that closes the clause) is affirmed:
        // "no me duele en el pecho, en la espalda sí", "ما في حرارة، رعشة أيوه".
        const closesClause = (t: Cue) => {
          const next = tokens[t.end];
          return next === undefined || next.sentence !== first.sentence || next.kind === 'punct';
        };
        const affirmedItem =
          before &&
          commaBetween(tokens, c.end, start) &&
          stops.some((t) => t.start >= end && closesClause(t) && !commaBetween(tokens, end, t.start));
        const runs =
          !stopBetween(c.end, start) && !affirmedItem && runsOnPastCommas(tokens, ctx, c.end, start);
        // A phrase may run from the denied place through the comma to the place meant ("الألم ليس في
        // الصدر، في الظهر": pain … back): the correction holds inside it too.
        const corrected = inside && correction(tokens, ctx, c.end, firstComma(tokens, c.end, end));
        // A note's "Denies …" heads a list that may run long ("denies fever, chills, night sweats, weight
        // loss, bladder or bowel dysfunction, saddle numbness or leg weakness"): past commas, its reach is
        // the list's, not the window of a lay "no".
        const window =
          ctx.listDenials.has((tokens[c.start] as Token).norm) &&
          commaBetween(tokens, c.end, start) &&
          bareNounsTo(tokens, ctx, c.end, end)
            ? LIST_DENIAL_WINDOW
            : BEFORE_WINDOW;
        if (
          gap >= 0 &&
          gap <= window &&
          runs &&
          (afterClosedList(tokens, ctx, c.end, start) ||
            stateAfterAnd(tokens, ctx, c.end, start, end) ||
            (!ctx.listDenials.has((tokens[c.start] as Token).norm) && stateInList(tokens, ctx, c.end, start)))
        )
          hedged = true;
        else if ((gap >= 0 && gap <= window && runs) || (inside && !corrected)) negated = true;
        break;
      }
      case 'negAfterNear':
        // Right after the finding only: "gait normal", never "back pain x-ray normal".
        if (
          after &&
          !consumed.some((i) => ctx.innerNegation[i]) &&
          wordsBetween(tokens, end, c.start) === 0
        ) {
          if (asked(tokens, ctx, c.end)) hedged = true;
          else negated = true;
        }
        break;
      case 'negAfter':
      case 'negAfterList': {
        // Nor is it turned round by a "fine" after it: "no consigo orinar bien" is "I can't pee well".
        if (after && consumed.some((i) => ctx.innerNegation[i])) break;
        const gap = after ? wordsBetween(tokens, end, c.start) : -1;
        // "Is normal" speaks of what stands right before it, never past another finding or a comma ("I
        // have diabetes, peeing is normal"; "my legs feel weak, sensation is normal"). A list cue ("were
        // ruled out", a note's ": absent") speaks of findings joined by and/or, and past commas only as
        // ": absent" ("fever, chills and rigors: absent"; "legs weak, fever ruled out" rules out the fever).
        const colon = (tokens[c.start] as Token).norm === ':';
        const reaches =
          c.kind === 'negAfterList'
            ? onlyListBetween(tokens, ctx, end, c.start, colon)
            : !mentionBetween(ctx, end, c.start) && !commaBetween(tokens, end, c.start);
        if (gap >= 0 && gap <= AFTER_WINDOW && !stopBetween(end, c.start) && reaches) {
          if (asked(tokens, ctx, c.end)) hedged = true;
          else negated = true;
        }
        break;
      }
      case 'hedgeBefore': {
        if (before && clauseStartsBetween(tokens, ctx, c.end, start)) break;
        const gap = before ? wordsBetween(tokens, c.end, start) : -1;
        if ((gap >= 0 && gap <= BEFORE_WINDOW && !stopBetween(c.end, start)) || inside) hedged = true;
        break;
      }
      case 'hedgeAfter': {
        const gap = after ? wordsBetween(tokens, end, c.start) : -1;
        // "Fever and chills maybe": a hedge after a list hedges each of it ("weak legs, fever maybe" only
        // the fever).
        if (
          gap >= 0 &&
          gap <= AFTER_WINDOW &&
          !stopBetween(end, c.start) &&
          onlyListBetween(tokens, ctx, end, c.start, false)
        ) {
          // A checklist's question answered at once: "Numb bum? Yes." says it, "Fever? No." denies it (a
          // bare "no" that ends its clause; "no idea", "not that I know of" stay open).
          const answer = (kind: CueKind) => ctx.cues.find((a) => a.kind === kind && a.start === c.end);
          const no = answer('negBefore');
          const bare = no !== undefined && (tokens[no.end]?.kind ?? 'punct') === 'punct';
          if (tokens[c.start]?.norm === '?' && answer('affirmAfter')) break;
          // A statement joined before the question is no part of what it asks: "legs numb and fever? No.",
          // "I can't pee and fever? No." (a state, or a phrase with its own negation).
          let stated = hasStateWord(tokens, ctx, start, end);
          // Alternatives are all asked: "numb bum or weak legs? No."
          for (let i = end; i < c.start; i++)
            if (ctx.disjunctions.has((tokens[i] as Token).norm)) stated = false;
          if (gap > 0 && bare && (stated || consumed.some((i) => ctx.innerNegation[i]))) break;
          if (tokens[c.start]?.norm === '?' && bare) {
            negated = true;
            answered = true;
          } else hedged = true;
        }
        break;
      }
      case 'denialHedgeAfter': {
        const gap = after ? wordsBetween(tokens, end, c.start) : -1;
        if (
          gap >= 0 &&
          gap <= AFTER_WINDOW &&
          !stopBetween(end, c.start) &&
          // Past its verb too ("peeing was normal until yesterday"), but not past another finding: it only
          // ever turns an absent into a question.
          (onlyListBetween(tokens, ctx, end, c.start, false) || !mentionBetween(ctx, end, c.start))
        )
          denialHedged = true;
        break;
      }
      case 'hypothetical': {
        // "Seek help if his leg weakness worsens": what may change is there already.
        const presupposed = ctx.cues.some(
          (p) =>
            p.kind === 'presupposed' &&
            p.sentence === c.sentence &&
            p.start >= end &&
            wordsBetween(tokens, end, p.start) <= 1 &&
            !stopBetween(end, p.start) &&
            !tokens
              .slice(end, p.start)
              .some((t) => ctx.disjunctions.has(t.norm) || ctx.conjunctions.has(t.norm)),
        );
        if (before && presupposed) break;
        // The finding's own phrase took the cue's words: "going to the toilet all the time", "going to be
        // sick" say how it is, not a plan ("I'm going to see the GP about it" keeps its plan). Two of
        // them: one shared word ("لو عندي حرارة", if I had a fever, whose phrase takes "عندي") still
        // imagines it. And its last ones: a phrase held in the cue's gap is what the cue speaks of ("red
        // flags saddle numbness discussed", "if my back started hurting"). Nor where a word that opens a
        // condition or a report stays outside the phrase: "لو صار عندي حرارة" (if I got a fever, the
        // phrase "صار عندي حرارة"), "if I'm going to be sick" imagine it still.
        let shared = 0;
        let opens = false;
        for (let i = c.start; i < c.end; i++) {
          if (own.has(i)) shared++;
          else if (ctx.complementizers.has((tokens[i] as Token).norm)) opens = true;
        }
        if (shared >= 2 && own.has(c.end - 1) && !opens) break;
        const gap = before ? wordsBetween(tokens, c.end, start) : -1;
        if ((gap >= 0 && !stopBetween(c.end, start)) || inside) hypothetical = true;
        break;
      }
      case 'historical': {
        // "I used to take warfarin", "a melanoma removed ten years ago": near the mention, in its clause,
        // and not past a comma ("history of breast cancer, lumbar pain for 2 weeks" dates only the cancer).
        const gap = before
          ? wordsBetween(tokens, c.end, start)
          : after
            ? wordsBetween(tokens, end, c.start)
            : 0;
        const comma = before
          ? commaBetween(tokens, c.end, start)
          : after && commaBetween(tokens, end, c.start);
        if (after && historyOfWhatFollows(tokens, ctx, c, end)) break;
        // Nor past a terminator: "with a history of breast cancer presents with back pain".
        const stopped = before ? stopBetween(c.end, start) : after && stopBetween(end, c.start);
        if (gap >= 0 && gap <= HISTORY_WINDOW && !comma && !stopped) historical = true;
        break;
      }
      case 'givenUp': {
        // "Stopped taking ibuprofen": the medicine it names or the one right after it, never one before.
        const gap = before ? wordsBetween(tokens, c.end, start) : after ? -1 : 0;
        if (gap >= 0 && gap <= HISTORY_WINDOW && !(before && commaBetween(tokens, c.end, start)))
          historical = true;
        break;
      }
      case 'now':
        if (sameClause) now = true;
        break;
      case 'past':
        if (sameClause) past = true;
        break;
      default:
        break;
    }
  }
  // "No fever, new urinary retention", "Ø fever, Ø trauma, new onset saddle anaesthesia": a sign marked
  // new after a comma in a list of denials may be the news itself ("denies fever, new weakness or
  // numbness" may as well deny it), so it is asked, never denied.
  if (negated && !denialHedged) {
    // The mark may stand a word before the sign's own words ("new urinary retention", read at "retention").
    for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
      const t = tokens[k] as Token;
      if (t.norm === ',' || t.boundary) break;
      if (!ctx.newSignWords.has(t.norm)) continue;
      let i = k - 1;
      while (i >= 0 && ctx.newSignWords.has((tokens[i] as Token).norm)) i--;
      if (tokens[i]?.norm === ',') denialHedged = true;
      break;
    }
  }
  let other = false;
  for (const i of consumed) if (ctx.other[i]) other = true;
  return {
    negated,
    hedged,
    hypothetical,
    historical,
    other,
    now,
    past,
    ...(answered ? { answered } : {}),
    ...(denialHedged ? { denialHedged } : {}),
  };
}

/** Whether the relative's words at `start` open with a third person's word ("his father", "her mum"). */
function thirdPersonOwner(tokens: readonly Token[], lex: CompiledLexicon, start: number): boolean {
  const third = (i: number) => lex.thirdPerson.has(tokens[i]?.norm ?? '');
  return third(start) || third(start - 1);
}

/**
 * Marks the words about someone else. A relative who is the subject of a clause ("my dad had a slipped
 * disc", "mum has osteoporosis") starts a scope that runs to the end of the clause or to the person's
 * own words ("I", "my"); a following sentence that starts with "he" or "she" continues it. A relative
 * who only reports ("my wife says I'm grey") starts nothing. When the story itself is about someone
 * else ("I'm writing for my dad", or a relative is the first subject and "he"/"she" outnumber "I"),
 * the relative is the person, and only other relatives start such scopes.
 */
export function experiencer(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
  cues: readonly Cue[],
): boolean[] {
  const other = new Array<boolean>(tokens.length).fill(false);
  const subjects: { start: number; end: number; word: string }[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.relatives, tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      const next = tokens[span.end];
      const then = tokens[span.end + 1];
      const verb = (t: Token | undefined) =>
        t !== undefined && t.sentence === s.index && lex.subjectVerbs.has(t.norm);
      // The verb first, opening its clause, as Arabic may say it: "ما عندي حرارة وعنده أبوي سرطان" (and my
      // father has cancer) gave the father's cancer to the teller once "وعنده" ended the denial.
      const prev = tokens[span.start - 1];
      const opener = tokens[span.start - 2];
      const verbFirst =
        verb(prev) &&
        (opener === undefined ||
          opener.sentence !== s.index ||
          opener.kind === 'punct' ||
          lex.conjunctions.has(opener.norm));
      if (
        verb(next) ||
        (next !== undefined && lex.subjectAuxiliaries.has(next.norm) && verb(then)) ||
        verbFirst
      )
        subjects.push({ start: span.start, end: span.end, word: (tokens[span.end - 1] as Token).norm });
    }
  }
  // Proxy: an opener in the first two sentences, or a relative as the first subject of the story
  // whose "he" and "she" outnumber the teller's "I".
  let proxyWord: string | undefined;
  const firstTwo = sentences.slice(0, 2).map((s) => s.index);
  // A relative's age opens their story only before the teller's own words ("I", "my age", "my back").
  // (The "my" right before the relative is the relative's: "mi madre tiene 80 años".)
  const tellerBefore = (start: number) =>
    tokens.slice(0, start).some((t, i) => lex.firstPerson.has(t.norm) && i !== start - 1);
  const opener = cues.find(
    (c) =>
      (c.kind === 'proxy' || (c.kind === 'proxyAge' && !tellerBefore(c.start))) &&
      firstTwo.includes(c.sentence),
  );
  const firstSubject = subjects[0];
  // "my" before a relative names who the story is about ("my mum", "mi madre"); elsewhere it is the
  // teller's own.
  const relativeStarts = new Set(subjects.map((s) => s.start));
  const count = (set: ReadonlySet<string>) =>
    tokens.filter((t, i) => set.has(t.norm) && !(lex.firstPerson.has(t.norm) && relativeStarts.has(i + 1)))
      .length;
  if (opener) {
    proxyWord = subjects.find((s) => s.start >= opener.start)?.word ?? '';
  } else if (
    firstSubject &&
    (tokens[firstSubject.start] as Token).sentence === (sentences[0]?.index ?? 0) &&
    // "His father died of bowel cancer": a note's relative of the patient ("his", "her"), not the patient;
    // nor is a family whose history is told ("family history of AAA in his father").
    !thirdPersonOwner(tokens, lex, firstSubject.start) &&
    !cues.some((c) => c.kind === 'historical' && c.start === firstSubject.end) &&
    count(lex.thirdPerson) > count(lex.firstPerson)
  ) {
    proxyWord = firstSubject.word;
  }
  const proxy = proxyWord !== undefined;

  const otherSentences = new Set<number>();
  for (const sub of subjects) {
    if (proxy && (sub.word === proxyWord || proxyWord === '')) continue;
    if (opener && sub.start < opener.end) continue;
    const sentence = (tokens[sub.start] as Token).sentence;
    // "His brother died of a AAA. He presents with …": the "he" of a relative named by "his" or "her" is
    // the one the relative belongs to, the patient.
    const owned = thirdPersonOwner(tokens, lex, sub.start);
    for (let i = sub.start; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.sentence !== sentence || (i > sub.end && lex.firstPerson.has(t.norm))) break;
      if (owned && i > sub.end && lex.thirdPerson.has(t.norm) && (tokens[i - 1] as Token).boundary) break;
      other[i] = true;
      // A clause that goes on with "he" or "she" is still theirs: "my sister has the same, she has sciatica".
      // So is one that goes on with two of their verbs, as Spanish and Arabic drop the subject: "y no
      // puede orinar", "وما تقدر تتبول" (the teller's "no puedo" is not one of them); and a note's list
      // after a colon right after the relative and its verb: "family history: father bowel cancer".
      if (t.boundary && i >= sub.end && !(t.norm === ':' && i === sub.end + 1)) {
        const next = tokens[i + 1];
        const then = tokens[i + 2];
        const theirVerbs =
          next !== undefined &&
          then?.sentence === sentence &&
          lex.subjectVerbs.has(next.norm) &&
          lex.subjectVerbs.has(then.norm);
        if (next?.sentence !== sentence || !(lex.thirdPerson.has(next.norm) || theirVerbs)) break;
      }
    }
    if (!owned) otherSentences.add(sentence);
  }
  if (!proxy) {
    // "My dad had a slipped disc. He needed an operation." — the second sentence is his too.
    for (const s of sentences) {
      const first = tokens[s.from];
      if (!first || !otherSentences.has(s.index - 1) || !lex.thirdPerson.has(first.norm)) continue;
      for (let i = s.from; i < s.to; i++) {
        if (lex.firstPerson.has((tokens[i] as Token).norm)) break;
        other[i] = true;
      }
      otherSentences.add(s.index);
    }
  }
  return other;
}
