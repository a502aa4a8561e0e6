/**
 * A story becomes contract evidence. The steps:
 * 1. words, sentences and clauses (tokenise.ts), with spellings and misspellings normalised;
 * 2. lexicon phrases found first, so a phrase that contains a negation ("can't pee", "no pain when
 *    sitting") is read as the phrase;
 * 3. the context of each phrase (context.ts): denied, hedged, hypothetical, over, someone else's;
 * 4. each finding's state from all its mentions: present beats unknown beats absent, so one denial
 *    never hides a mention elsewhere, and "absent" comes only from plain statements;
 * 5. the pain score and the episode's duration (severity.ts, time.ts).
 * Pure: the same text, age, sex and date always give the same output.
 */
import type { EvidenceState, FindingId } from '../contract/ids.ts';
import { BACKGROUND_FINDINGS, SELF_TIMED_FINDINGS } from '../knowledge/lexicon/roles.ts';
import type { Outcome, Range } from '../knowledge/lexicon/types.ts';
import type { CEntry, CompiledLexicon } from './compile.ts';
import {
  type Context,
  type Cue,
  experiencer,
  findCues,
  historyOfWhatFollows,
  type Scope,
  scopeOf,
} from './context.ts';
import { findPatterns, type Span } from './match.ts';
import { findScores, type ScoreHit, scoresSaidNow } from './severity.ts';
import { dayNumber, findTimes, type TimeHit } from './time.ts';
import { type Sentence, startsClause, type Token, tokenise } from './tokenise.ts';
import type { ParsedEvidence, ParseInput, ParseOutput, TextSpan, Unrecognised } from './types.ts';

interface EntryHit {
  readonly entry: CEntry;
  readonly parts: readonly Span[];
  readonly sentence: number;
  readonly consumed: ReadonlySet<number>;
}

interface Contribution {
  readonly id: FindingId;
  readonly state: EvidenceState;
  readonly spans: readonly TextSpan[];
  /** Said in the past tense ("I had shingles"). */
  readonly past: boolean;
  /** A denial about the present ("there's no rash now"). */
  readonly nowAbsent: boolean;
  readonly hit: EntryHit;
}

function inRange(v: number, r: Range | readonly Range[] | undefined): boolean {
  if (r === undefined) return false;
  if (Array.isArray(r)) return (r as readonly Range[]).some((x) => inRange(v, x));
  const x = r as Range;
  return (
    (x.gte === undefined || v >= x.gte) &&
    (x.gt === undefined || v > x.gt) &&
    (x.lte === undefined || v <= x.lte) &&
    (x.lt === undefined || v < x.lt)
  );
}

function overlaps(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function textSpan(tokens: readonly Token[], s: { start: number; end: number }): TextSpan {
  return [(tokens[s.start] as Token).start, (tokens[s.end - 1] as Token).end];
}

const isConditional = (e: CEntry): boolean => e.requires !== undefined || e.unless !== undefined;

/** The hits that none of the `by` hits overrides (shares a word with and names in `overrides`). */
function withoutOverridden<H extends { hit: EntryHit } | EntryHit>(
  items: readonly H[],
  by: readonly EntryHit[],
): H[] {
  const hitOf = (x: H): EntryHit => ('hit' in x ? x.hit : x);
  return items.filter((x) => {
    const b = hitOf(x);
    return !by.some((a) => {
      const ov = a.entry.overrides;
      if (!ov || a === b || a.entry === b.entry || !overlaps(a.consumed, b.consumed)) return false;
      return ov === 'all' || b.entry.ids.some((id) => ov.includes(id));
    });
  });
}

/** Phrases found in every sentence, with overrides and vague mentions resolved. */
function findEntries(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  lex: CompiledLexicon,
): EntryHit[] {
  const hits: EntryHit[] = [];
  for (const s of sentences) {
    for (const h of findPatterns(lex.entryPatterns, tokens, s, lex)) {
      const entry = lex.entries[h.payload] as CEntry;
      const consumed = new Set<number>();
      for (const p of h.parts) for (const i of p.consumed) consumed.add(i);
      hits.push({ entry, parts: h.parts, sentence: s.index, consumed });
    }
  }
  // Blockers (entries of no finding) act first, and what they remove overrides nothing: in "fall from
  // standing height" the blocked fall from a height no longer hides the minor fall.
  // A denying phrase whose gap holds a "not" is turned round, not a denial: "sensation not intact",
  // "power not normal", "saddle sensation isn't normal" (the "not" would be taken as the phrase's own).
  // It keeps its words (the "not" is its own, not a cue over what follows) but says only that it was named.
  const negatedGap = (h: EntryHit): boolean => {
    if (h.entry.says !== 'absent') return false;
    const at = [...h.consumed];
    for (let i = Math.min(...at) + 1; i < Math.max(...at); i++)
      if (!h.consumed.has(i) && lex.gapNegations.has((tokens[i] as Token).norm)) return true;
    return false;
  };
  const unblocked = withoutOverridden(
    hits.map((h) => (negatedGap(h) ? { ...h, entry: { ...h.entry, says: 'vague' as const } } : h)),
    hits.filter((h) => h.entry.ids.length === 0 && !isConditional(h.entry)),
  );
  // An entry that holds only under conditions on the rest of the story overrides only once they hold
  // (resolveFindings).
  const kept = withoutOverridden(
    unblocked,
    unblocked.filter((h) => !isConditional(h.entry)),
  );
  // A vague mention ("numbness", "my bladder") stands only where nothing more specific covers its words.
  return kept.filter(
    (h) =>
      h.entry.says !== 'vague' ||
      !kept.some(
        (o) => o.entry.says !== 'vague' && o.entry.ids.length > 0 && overlaps(o.consumed, h.consumed),
      ),
  );
}

function baseOutcome(entry: CEntry, scope: Scope): Outcome {
  const says = entry.says;
  if (scope.hedged) return entry.hedged ?? 'unknown';
  if (scope.negated) {
    // "Can you pee? No.", "Bladder? No.": a "no" to a question about a function or a part says it is
    // not well as much as that nothing is wrong, so it is asked.
    if (scope.answered && says === 'vague') return 'unknown';
    if (entry.negated) return entry.negated;
    return says === 'present' || says === 'vague' ? 'absent' : 'unknown';
  }
  if (entry.affirmed) return entry.affirmed;
  return says === 'vague' ? 'unknown' : says;
}

function numberOutcome(entry: CEntry, n: number | undefined): Outcome | undefined {
  if (!entry.number || n === undefined) return undefined;
  if (inRange(n, entry.number.present)) return 'present';
  if (inRange(n, entry.number.absent)) return 'absent';
  return inRange(n, entry.number.unknown) ? 'unknown' : 'none';
}

interface Story {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly ctx: Context;
  readonly times: readonly TimeHit[];
}

/** The times (in days) said in a sentence, or in one of its clauses, for "long-term" and "recent" checks. */
function sentenceDays(story: Story, sentence: number, clause?: number): number[] {
  return story.times
    .filter((t) => {
      const tok = story.tokens[t.start] as Token;
      return (
        tok.sentence === sentence && (clause === undefined || tok.clause === clause) && t.days !== undefined
      );
    })
    .map((t) => t.days as number);
}

/**
 * Whether a current medicine or condition is made past only by a date said after it of something else
 * ("I take apixaban for a clot I had last year": past-tense "had" owns the date) or of when it began ("on
 * warfarin since a clot last year": the lexicon's `ongoing` words). Words that end it ("used to",
 * "stopped") still do.
 */
function datedOnlyByOthers(story: Story, hit: EntryHit): boolean {
  const end = Math.max(...hit.parts.map((p) => p.end));
  const start = Math.min(...hit.parts.map((p) => p.start));
  const clause = (story.tokens[start] as Token).clause;
  // Said in the past itself ("I was on warfarin for a clot I had last year"), it stays past.
  const pastBefore = story.ctx.cues.some(
    (c) => c.kind === 'past' && c.end <= start && (story.tokens[c.start] as Token).clause === clause,
  );
  if (pastBefore) return false;
  // A reason named after a medicine taken now ("on", "take") owns a date after it.
  const takenRightBefore = story.ctx.cues.some(
    (c) => c.kind === 'takenNow' && c.sentence === hit.sentence && c.end <= start && start - c.end <= 1,
  );
  const owned = (c: { start: number; sentence: number }) =>
    c.sentence === hit.sentence &&
    c.start >= end &&
    story.ctx.cues.some(
      (p) =>
        (p.kind === 'past' || p.kind === 'ongoing' || (p.kind === 'reasonNow' && takenRightBefore)) &&
        p.sentence === hit.sentence &&
        p.start >= end &&
        p.end <= c.start,
    );
  // "PMH of HTN on lisinopril": a history that names a condition before the medicine's "on" dates the
  // condition; the medicine is taken now.
  // Or before a list of medicines it heads ("on lisinopril & HCTZ", "taking apixaban, bisoprolol and …").
  const listed = (from: number) => {
    for (let i = from; i < start; i++) {
      const t = story.tokens[i] as Token;
      if (!story.ctx.mentioned[i] && t.norm !== ',' && t.norm !== '&' && !story.ctx.conjunctions.has(t.norm))
        return false;
    }
    return true;
  };
  const takenNow = story.ctx.cues.find(
    (c) => c.kind === 'takenNow' && c.end <= start && c.sentence === hit.sentence && listed(c.end),
  );
  // The condition may be one the lexicon does not name ("History of RA on methotrexate", "previous PE on
  // rivaroxaban"): a few words with no date or number of their own ("history of lymphoma in 2016 on chemo"
  // dates the course, and the medicine with it).
  const condition = (c: { start: number; end: number }) => {
    if (!takenNow) return false;
    const head = story.ctx.historyHeads.has(
      story.tokens
        .slice(c.start, c.end)
        .map((t) => t.norm)
        .join(' '),
    );
    let words = 0;
    let dated = false;
    for (let i = c.end; i < takenNow.start; i++) {
      const t = story.tokens[i] as Token;
      if (story.ctx.mentioned[i]) return true;
      if (t.kind === 'num' || story.ctx.timed[i]) dated = true;
      if (t.kind !== 'punct') words++;
    }
    return head && !dated && words > 0 && words <= 3;
  };
  // Nor when the sentence goes on to end or date the course: "previous PE on rivaroxaban, stopped last year".
  const endedAfter = story.ctx.cues.some(
    (c) =>
      c.sentence === hit.sentence &&
      c.start >= end &&
      (c.kind === 'historical' || c.kind === 'givenUp' || c.kind === 'past'),
  );
  const historyOfCondition = (c: { start: number; end: number; sentence: number }) =>
    c.sentence === hit.sentence &&
    takenNow !== undefined &&
    !endedAfter &&
    c.end <= takenNow.start &&
    condition(c);
  const cues = story.ctx.cues.filter(
    (c) => !(c.kind === 'historical' && (owned(c) || historyOfCondition(c))),
  );
  const ctx = { ...story.ctx, cues };
  return hit.parts.every((p) => !scopeOf(story.tokens, ctx, p.start, p.end, p.consumed).historical);
}

/**
 * Whether a phrase read as imagined or quoted is then denied as a whole: "if you get numbness or can't
 * pee, go to A&E, but I don't have any of that", or the same denial opening the next sentence. Only
 * after the phrase, in its sentence or the next, and with no hedge between ("not sure I've had any of
 * those" stays open).
 */
function deniedAsAWhole(story: Story, hit: EntryHit): boolean {
  const end = Math.max(...hit.parts.map((p) => p.end));
  const cues = story.ctx.cues;
  // In the next sentence, only a denial that opens it ("But I don't have any of that"): one said after
  // a list of its own sentence denies that list ("Dad had cancer and arthritis, I don't have any of
  // those" leaves the wetting of the sentence before said).
  // Opening: a few words before it ("Thankfully I have had none of those"), none naming a finding and
  // no comma ("My wife says no, I don't have any of that" is hers).
  const opens = (c: Cue) => {
    const s = story.sentences[c.sentence];
    let words = 0;
    for (let i = s ? s.from : c.start; i < c.start; i++) {
      const t = story.tokens[i] as Token;
      if (story.ctx.mentioned[i] || t.norm === ',' || t.norm === ';') return false;
      if (t.kind === 'word') words++;
    }
    return words <= 4;
  };
  const denial = cues.find(
    (c) =>
      c.kind === 'collectiveDenial' &&
      ((c.sentence === hit.sentence && c.start >= end) || (c.sentence === hit.sentence + 1 && opens(c))),
  );
  if (!denial) return false;
  return !cues.some(
    (c) =>
      (c.kind === 'hedgeBefore' || c.kind === 'hedgeAfter') &&
      c.sentence === denial.sentence &&
      c.start >= (denial.sentence === hit.sentence ? end : 0) &&
      c.start <= denial.end + 2,
  );
}

/**
 * What a denial of the entry denies: its findings, and what it also denies unless it names a side (in
 * its words or the two before them): "denies leg numbness" denies numbness of both legs, but "the
 * numbness isn't in one leg, it's in both" and "no R leg numbness" keep to the one leg (a wrong absent
 * of both legs otherwise).
 */
function deniedIds(story: Story, hit: EntryHit): readonly FindingId[] {
  const { ids, alsoDenies } = hit.entry;
  if (!alsoDenies || alsoDenies.length === 0) return ids;
  const at = [...hit.consumed];
  for (let i = Math.max(0, Math.min(...at) - 2); i <= Math.max(...at); i++) {
    const t = story.tokens[i] as Token;
    if (t.sentence === hit.sentence && story.ctx.sideWords.has(t.norm)) return ids;
  }
  return [...ids, ...alsoDenies];
}

/**
 * Whether a phrase runs past an exception or another clause's end in its own gap ("no problems in my
 * legs apart from weakness" reads "legs … weakness"): what it names after the exception is not the
 * denial's, so the phrase is not denied.
 */
function exceptedInside(story: Story, hit: EntryHit): boolean {
  const at = [...hit.consumed];
  const from = Math.min(...at);
  const to = Math.max(...at);
  return story.ctx.cues.some(
    (c) =>
      c.kind === 'terminator' && c.start > from && c.end <= to && !at.some((i) => i >= c.start && i < c.end),
  );
}

function contributions(story: Story, hits: readonly EntryHit[], sex: string | undefined): Contribution[] {
  const out: Contribution[] = [];
  for (const hit of hits) {
    const e = hit.entry;
    if (e.ids.length === 0) continue;
    if (e.sex && sex && e.sex !== sex) continue;
    const scopes = hit.parts.map((p) => scopeOf(story.tokens, story.ctx, p.start, p.end, p.consumed));
    if (scopes.some((s) => s.other)) continue;
    if (scopes.some((s) => s.hypothetical)) {
      // Imagined, then denied as a whole: a plain denial of what the entry names.
      if (scopes.some((s) => s.negated || s.hedged) || !deniedAsAWhole(story, hit)) continue;
      const outcome = baseOutcome(e, { ...(scopes[0] as Scope), hypothetical: false, negated: true });
      if (outcome !== 'absent') continue;
      const spans = hit.parts.map((p) => textSpan(story.tokens, p));
      for (const id of deniedIds(story, hit))
        out.push({ id, state: 'absent', spans, past: false, nowAbsent: false, hit });
      continue;
    }
    // Several parts ("stiff neck && headache"): denied only if all are, hedged if any is.
    const first = scopes[0] as Scope;
    const scope: Scope = {
      ...first,
      negated: scopes.every((s) => s.negated) && !exceptedInside(story, hit),
      hedged: scopes.some((s) => s.hedged),
      historical: scopes.some((s) => s.historical),
      past: scopes.some((s) => s.past),
      now: scopes.some((s) => s.now),
      answered: scopes.some((s) => s.answered),
      denialHedged: scopes.some((s) => s.denialHedged),
    };
    if (scopes.length > 1 && !scope.negated && scopes.some((s) => s.negated)) continue;
    if (scope.historical && !e.timeless && !(e.current && datedOnlyByOthers(story, hit))) continue;
    const firstPart = hit.parts[0] as Span;
    const clause = (story.tokens[firstPart.start] as Token).clause;
    if (
      e.withinDays !== undefined &&
      sentenceDays(story, hit.sentence, clause).some((d) => d > (e.withinDays as number))
    )
      continue;
    const measured = numberOutcome(e, hit.parts.flatMap((p) => p.nums)[0]);
    let outcome = measured ?? baseOutcome(e, scope);
    if (e.number && (scope.hedged || scope.negated)) outcome = baseOutcome(e, scope);
    // A denial whose own reading says otherwise ("no temperature, 38.2 this morning", "no fever - 38.4
    // degrees"): the number may be the finding itself, so it is asked, never denied.
    if (outcome === 'absent' && scope.negated && measured === 'present') outcome = 'unknown';
    // Denied or normal only until a time now past: asked again. A symptom said until then stays said.
    if (outcome === 'absent' && scope.denialHedged) outcome = 'unknown';
    // A history denied only of today ("I don't have cancer now", "no longer diabetic") may still be a
    // history: "had cancer" is what the check needs, so it is asked.
    if (outcome === 'absent' && scope.negated && scope.now && e.timeless) outcome = 'unknown';
    if (outcome === 'present' && e.longTermDays !== undefined) {
      const days = sentenceDays(story, hit.sentence);
      if (!days.some((d) => d >= (e.longTermDays as number))) outcome = 'unknown';
    }
    if (outcome === 'none') continue;
    const spans = hit.parts.map((p) => textSpan(story.tokens, p));
    const ids = outcome === 'absent' && scope.negated ? deniedIds(story, hit) : e.ids;
    for (const id of ids)
      out.push({
        id,
        state: outcome,
        spans,
        past: scope.past && !scope.now,
        nowAbsent: outcome === 'absent' && scope.now,
        hit,
      });
  }
  return out;
}

/** One state per finding: present beats unknown beats absent; a past mention denied now is no evidence. */
function aggregate(cs: readonly Contribution[]): Map<FindingId, { state: EvidenceState; spans: TextSpan[] }> {
  const by = new Map<FindingId, Contribution[]>();
  for (const c of cs) {
    const list = by.get(c.id) ?? [];
    list.push(c);
    by.set(c.id, list);
  }
  const out = new Map<FindingId, { state: EvidenceState; spans: TextSpan[] }>();
  for (const [id, list] of by) {
    const presentNow = list.filter((c) => c.state === 'present' && !c.past);
    const presentPast = list.filter((c) => c.state === 'present' && c.past);
    const unknown = list.filter((c) => c.state === 'unknown');
    const absent = list.filter((c) => c.state === 'absent');
    let chosen: Contribution[];
    let state: EvidenceState;
    if (presentNow.length > 0) [chosen, state] = [presentNow, 'present'];
    else if (presentPast.length > 0) {
      // "I had shingles in the spring … there's no rash now": neither is said of today, so ask.
      if (absent.some((c) => c.nowAbsent)) continue;
      [chosen, state] = [presentPast, 'present'];
    } else if (unknown.length > 0) [chosen, state] = [unknown, 'unknown'];
    else [chosen, state] = [absent, 'absent'];
    out.set(id, { state, spans: chosen.flatMap((c) => c.spans) });
  }
  return out;
}

/** Background states of now, said like symptoms ("weight loss", "a wound"): not an aside. */
const SAID_AS_SYMPTOMS = new Set<string>([
  'weight_loss_unexplained',
  'fatigue_unusual',
  'heavy_sweating_heat',
  'low_fluid_intake',
  'thirst_dark_urine',
  'diarrhoea_or_vomiting_recent',
  'recent_wound',
]);

/** The kind of finding a phrase names (Context.kind): 1 a symptom, 2 a medicine, 3 background, 4 an injury. */
function kindOf(ids: readonly string[]): number {
  if (ids.length === 0) return 0;
  const one = (id: string): number => {
    if (id === 'onset_major_trauma' || id === 'onset_minor_fall') return 4;
    if (!BACKGROUND_FINDINGS.has(id as FindingId) || SAID_AS_SYMPTOMS.has(id)) return 1;
    return id.startsWith('med_') || id.startsWith('supplement_') ? 2 : 3;
  };
  const kinds = new Set(ids.map(one));
  return kinds.size === 1 ? (kinds.values().next().value as number) : 1;
}

function resolveFindings(story: Story, hits: readonly EntryHit[], sex: string | undefined) {
  const all = contributions(story, hits, sex);
  const first = aggregate(all.filter((c) => !isConditional(c.hit.entry)));
  const presentIds = new Set([...first].filter(([, v]) => v.state === 'present').map(([id]) => id));
  const holds = all.filter((c) => {
    const e = c.hit.entry;
    if (e.requires && !e.requires.some((id) => presentIds.has(id))) return false;
    if (e.unless?.some((id) => presentIds.has(id))) return false;
    return true;
  });
  // The conditional entries that hold now override what they cover.
  const kept = withoutOverridden(
    holds,
    holds.filter((c) => isConditional(c.hit.entry)).map((c) => c.hit),
  );
  const findings = aggregate(kept);
  // What a present finding implies, where the story says nothing else about it.
  for (const c of kept) {
    if (c.state !== 'present' || findings.get(c.id)?.state !== 'present') continue;
    for (const id of c.hit.entry.implies ?? [])
      if (!findings.has(id)) findings.set(id, { state: 'present', spans: [...c.spans] });
  }
  return { findings, contributions: kept };
}

/** Whether a sentence is about the episode: a symptom, a score, or a word such as "pain" or "started". */
function anchoredSentences(
  story: Story,
  lex: CompiledLexicon,
  cs: readonly Contribution[],
  scoreSentences: ReadonlySet<number>,
): Set<number> {
  const anchored = new Set<number>(scoreSentences);
  for (const c of cs)
    if (!BACKGROUND_FINDINGS.has(c.id) && c.state !== 'absent') anchored.add(c.hit.sentence);
  for (const s of story.sentences) {
    if (anchored.has(s.index)) continue;
    for (const h of findPatterns(lex.episodeWords, story.tokens, s, lex)) {
      const span = h.parts[0];
      if (span && !span.consumed.some((i) => story.ctx.other[i])) anchored.add(s.index);
    }
  }
  // A sentence that names nothing at all continues the one before ("… 7 out of 10. It's been three days.").
  const mentioned = new Set(cs.map((c) => c.hit.sentence));
  for (const s of story.sentences)
    if (!anchored.has(s.index) && !mentioned.has(s.index) && anchored.has(s.index - 1)) anchored.add(s.index);
  return anchored;
}

/** Words between a cue of history and a time it takes out of the episode's duration. */
const HISTORY_REACH = 20;

/**
 * The episode's duration: the longest time dated in a sentence about the episode, leaving out times that
 * date a medicine, a condition or an earlier event (the mention nearest the time, in its clause, is one:
 * "started on furosemide six weeks ago", "a hip replacement three weeks ago"), and times near a cue of
 * history ("two years ago, and it settled").
 */
function duration(
  story: Story,
  cs: readonly Contribution[],
  hits: readonly EntryHit[],
  anchored: ReadonlySet<number>,
): { days: number; spans: TextSpan[] } | undefined {
  const ownTime = (id: FindingId) => BACKGROUND_FINDINGS.has(id) || SELF_TIMED_FINDINGS.has(id);
  // The mentions a time may belong to: every finding read, and every mention of background, even one
  // its own date ruled out ("an operation on my back in 2015" is too long ago to be recent, and its
  // date is still the operation's). The one nearest the time in its clause owns it.
  const mentions = [
    ...cs.map((c) => ({ parts: c.hit.parts, background: ownTime(c.id) })),
    ...hits.filter((h) => h.entry.ids.some(ownTime)).map((h) => ({ parts: h.parts, background: true })),
  ];
  const datesBackground = (t: TimeHit): boolean => {
    const first = story.tokens[t.start] as Token;
    // A time in an aside in brackets that names nothing ("spironolactone (added two months ago)") dates
    // what the sentence named just before the bracket.
    let open = t.start;
    while (open > 0 && (story.tokens[open - 1] as Token).clause === first.clause) open--;
    const aside =
      ['(', '['].includes((story.tokens[open - 1] as Token | undefined)?.text ?? '') &&
      !mentions.some((m) => m.parts.some((p) => (story.tokens[p.start] as Token).clause === first.clause));
    // A time right before a verb that opens a statement ("ياخذ لازكس، من أسبوع صار عنده شد") dates
    // what that statement says, not the medicine before it. Only a time that itself begins the statement,
    // after a stop: in dictation the verb's subject is what the time closes ("had a hip replacement six
    // weeks ago was doing well until …", "started on furosemide six weeks ago has made me pee a lot").
    const next = story.tokens[t.end] as Token | undefined;
    const before = story.tokens[t.start - 1] as Token | undefined;
    const opens =
      next !== undefined &&
      story.ctx.clauseVerbs.has(next.norm) &&
      (before === undefined || before.kind === 'punct' || before.sentence !== first.sentence);
    const near = (p: Span) => {
      const at = story.tokens[p.start] as Token;
      if (opens && p.start < t.start) return false;
      return aside ? at.sentence === first.sentence && p.end <= t.start : at.clause === first.clause;
    };
    let nearest: { distance: number; background: boolean } | undefined;
    for (const m of mentions) {
      for (const p of m.parts) {
        if (!near(p)) continue;
        const distance = p.end <= t.start ? t.start - p.end : p.start >= t.end ? p.start - t.end : 0;
        // On a tie, the background mention wins: "a hip replacement three weeks ago". A finding that
        // times itself ("stiff for an hour") counts as one.
        if (!nearest || distance < nearest.distance || (distance === nearest.distance && m.background))
          nearest = { distance, background: m.background };
      }
    }
    return nearest?.background ?? false;
  };
  // A cue of history takes the times of its sentence ("two years ago I had the same, it settled"), but
  // only those near it: a dictated story is one long sentence, and "I had breast cancer 8 years ago"
  // at its end does not date "back pain for about 6 weeks" thirty words before. A terminator between
  // ("with a history of breast cancer presents with back pain for 3 weeks") or a semicolon ("long
  // history of LBP; acute exacerbation 3 days ago") ends the past too.
  // A cue of history that is itself the date of a condition named beside it ("had breast cancer 3 years
  // ago") is that condition's, not the sentence's: "back pain for 6 weeks, had cancer 3 years ago".
  const condition = story.times.filter((t) => datesBackground(t));
  const historical = story.ctx.cues.filter(
    (c) => c.kind === 'historical' && !condition.some((t) => t.start < c.end && c.start < t.end),
  );
  // A "now" between them ends the past as well: "I had breast cancer 3 years ago and now my back is
  // hurting, it's been about a month" (dictation runs it all into one sentence).
  const stops = story.ctx.cues.filter((c) => c.kind === 'terminator' || c.kind === 'now');
  const semicolonBetween = (from: number, to: number) => {
    for (let i = from; i < to; i++) if ((story.tokens[i] as Token).norm === ';') return true;
    return false;
  };
  const aboutPast = (t: { start: number; end: number }, sentence: number) =>
    historical.some(
      (c) =>
        c.sentence === sentence &&
        (c.start >= t.end ? c.start - t.end : t.start >= c.end ? t.start - c.end : 0) <= HISTORY_REACH &&
        !semicolonBetween(Math.min(c.end, t.end), Math.max(c.start, t.start)) &&
        !stops.some(
          (s) =>
            s.sentence === sentence &&
            ((s.start >= c.end && s.end <= t.start) || (s.start >= t.end && s.end <= c.start)),
        ) &&
        // "Back pain for 2 weeks and history of prostate cancer": the history is the cancer's.
        !(c.start >= t.end && historyOfWhatFollows(story.tokens, story.ctx, c, t.end)),
    );
  let best: { days: number; spans: TextSpan[] } | undefined;
  for (const t of story.times) {
    if (t.vague || t.days === undefined || t.kind === 'event') continue;
    const tok = story.tokens[t.start] as Token;
    if (!anchored.has(tok.sentence) || aboutPast(t, tok.sentence)) continue;
    if (datesBackground(t)) continue;
    if (t.consumed.some((i) => story.ctx.other[i])) continue;
    const scope = scopeOf(story.tokens, story.ctx, t.start, t.end, t.consumed);
    if (scope.hypothetical) continue;
    const days = Math.round(t.days * 10) / 10;
    if (!best || days > best.days) best = { days, spans: [textSpan(story.tokens, t)] };
  }
  return best;
}

function painScore(
  story: Story,
  lex: CompiledLexicon,
): { value: number; spans: TextSpan[]; sentences: Set<number>; all: readonly ScoreHit[] } | undefined {
  const found = findScores(story.tokens, story.sentences, lex);
  const nowCues = story.ctx.cues.filter((c) => c.kind === 'now');
  const saidNow = scoresSaidNow(
    story.tokens,
    found,
    nowCues,
    story.ctx.timed,
    story.ctx.conjunctions,
    lex.units,
  );
  const scoped = [...found, ...saidNow].flatMap((s) => {
    const sc = scopeOf(story.tokens, story.ctx, s.start, s.end, []);
    let other = false;
    for (let i = s.start; i < s.end; i++) if (story.ctx.other[i]) other = true;
    return other || sc.hypothetical ? [] : [{ s, negated: sc.negated }];
  });
  // A denied score says what the pain is not: "it isn't the worst pain ever" is no 10, and "not a 10,
  // more like a 7" is a 7. A denied number stands only when nothing else is said ("no pain, 0/10").
  const plain = scoped.filter((x) => !x.negated);
  const scores = (plain.length > 0 ? plain : scoped.filter((x) => !x.s.fixed)).map((x) => x.s);
  if (scores.length === 0) return undefined;
  const numeric = scores.filter((s) => !s.fixed);
  const pool = numeric.length > 0 ? numeric : scores;
  // A "now" word speaks of the score nearest it: in "9/10 at worst, currently 6/10" only the 6 is now.
  const gap = (s: ScoreHit, c: { start: number; end: number }) =>
    c.end <= s.start ? s.start - c.end : c.start - s.end;
  const current = pool.filter(
    (s) =>
      scopeOf(story.tokens, story.ctx, s.start, s.end, []).now &&
      nowCues.some(
        (c) =>
          c.sentence === (story.tokens[s.start] as Token).sentence &&
          // Only the scores of the "now" word's own clause compete: in "it was a 9 but now it's more
          // like a 5" the 9 is nearer but said before the "but".
          pool.every(
            (o) =>
              gap(o, c) >= gap(s, c) ||
              (story.tokens[o.start] as Token).clause !== (story.tokens[c.start] as Token).clause,
          ),
      ),
  );
  // A bare number tied to a "now" word ("8/10 now 3") is the score now, even when the "now" stands as
  // near the score before it.
  const tied = current.filter((s) => saidNow.includes(s));
  const from = tied.length > 0 ? tied : current.length > 0 ? current : pool;
  const best = from.reduce((a, b) => (b.value > a.value ? b : a));
  return {
    value: Math.round(best.value * 10) / 10,
    spans: [textSpan(story.tokens, best)],
    sentences: new Set(pool.map((s) => (story.tokens[s.start] as Token).sentence)),
    all: scores,
  };
}

/** Clauses with a symptom word and no finding, and dates that need `today`: what was not understood. */
function notUnderstood(
  text: string,
  story: Story,
  lex: CompiledLexicon,
  cs: readonly Contribution[],
  scores: readonly { start: number }[],
  anchored: ReadonlySet<number>,
): Unrecognised[] {
  const out: Unrecognised[] = [];
  const understood = new Set<number>();
  for (const c of cs)
    for (const p of c.hit.parts)
      for (const i of p.consumed) understood.add((story.tokens[i] as Token).clause);
  for (const s of [...story.times, ...scores]) understood.add((story.tokens[s.start] as Token).clause);
  const negatedClauses = new Set(
    story.ctx.cues
      .filter(
        (c) =>
          c.kind === 'negBefore' ||
          c.kind === 'negAfter' ||
          c.kind === 'negAfterNear' ||
          c.kind === 'negAfterList' ||
          c.kind === 'hypothetical',
      )
      .map((c) => (story.tokens[c.start] as Token).clause),
  );
  const reported = new Set<number>();
  for (const s of story.sentences) {
    for (const h of findPatterns(lex.symptomWords, story.tokens, s, lex)) {
      const span = h.parts[0];
      if (!span) continue;
      const clause = (story.tokens[span.start] as Token).clause;
      if (understood.has(clause) || negatedClauses.has(clause) || reported.has(clause)) continue;
      if (story.ctx.other[span.start]) continue;
      reported.add(clause);
      let from = span.start;
      let to = span.end;
      while (
        from > s.from &&
        (story.tokens[from - 1] as Token).clause === clause &&
        !(story.tokens[from - 1] as Token).boundary
      )
        from--;
      while (
        to < s.to &&
        (story.tokens[to] as Token).clause === clause &&
        !(story.tokens[to] as Token).boundary
      )
        to++;
      while (from < to && (story.tokens[from] as Token).kind === 'punct') from++;
      while (to > from && (story.tokens[to - 1] as Token).kind === 'punct') to--;
      const ts = textSpan(story.tokens, { start: from, end: to });
      out.push({ text: text.slice(ts[0], ts[1]), span: ts });
    }
  }
  for (const t of story.times) {
    // A date about the episode that cannot be placed without today ("since Tuesday").
    if (!t.needsToday || !anchored.has((story.tokens[t.start] as Token).sentence)) continue;
    const ts = textSpan(story.tokens, t);
    out.push({ text: text.slice(ts[0], ts[1]), span: ts });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

export function parseWith(lex: CompiledLexicon, input: ParseInput): ParseOutput {
  const { tokens, sentences } = tokenise(input.text, lex);
  const hits = findEntries(tokens, sentences, lex);
  const consumed = new Set<number>();
  for (const h of hits) for (const i of h.consumed) consumed.add(i);
  // The words of phrases that name a finding, and of those a denial turns round.
  const mentioned = new Array<boolean>(tokens.length).fill(false);
  const turned = new Array<boolean>(tokens.length).fill(false);
  const kind = new Array<number>(tokens.length).fill(0);
  for (const h of hits) {
    if (h.entry.ids.length > 0) for (const i of h.consumed) mentioned[i] = true;
    if (h.entry.says === 'absent') for (const i of h.consumed) turned[i] = true;
    // A word of a symptom's phrase is a symptom's, whatever else it also names.
    // A blocker of medicines only ("no painkillers", "no pain meds") names the medicines' kind too.
    const ov = h.entry.overrides;
    const medsOnly =
      h.entry.ids.length === 0 &&
      Array.isArray(ov) &&
      ov.length > 0 &&
      ov.every((id) => id.startsWith('med_') || id.startsWith('supplement_'));
    const k = medsOnly ? 2 : kindOf(h.entry.ids);
    if (k > 0) for (const i of h.consumed) if (kind[i] !== 1) kind[i] = k;
  }
  const namedPhrases = hits.filter((h) => h.entry.ids.length > 0).map((h) => [...h.consumed]);
  const innerNegation = new Array<boolean>(tokens.length).fill(false);
  const cues = findCues(tokens, sentences, lex, consumed, innerNegation, mentioned);
  // The words of phrases that only deny ("walking normally", "orino sin problemas", "ماشي كويس").
  const stated = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits)
    if (h.entry.ids.length > 0 && h.entry.says !== 'absent') for (const i of h.consumed) stated[i] = true;
  const denyingOnly = turned.map((x, i) => x && !stated[i]);
  const today = input.today !== undefined ? dayNumber(input.today) : undefined;
  const times = findTimes(tokens, sentences, lex, today);
  const timed = new Array<boolean>(tokens.length).fill(false);
  for (const t of times) for (let i = t.start; i < t.end; i++) timed[i] = true;
  const ctx: Context = {
    cues,
    other: experiencer(tokens, sentences, lex, cues),
    conjunctions: lex.conjunctions,
    disjunctions: lex.disjunctions,
    placeWords: lex.placeWords,
    complementizers: lex.complementizers,
    factives: lex.factives,
    sideWords: lex.sideWords,
    questionWords: lex.questionWords,
    listDenials: lex.listDenials,
    historyHeads: lex.historyHeads,
    clauseVerbs: lex.clauseVerbs,
    stateWords: lex.stateWords,
    newSignWords: lex.newSignWords,
    turned,
    denyingOnly,
    innerNegation,
    mentioned,
    kind,
    timed,
    clauseStart: tokens.map((_, i) => startsClause(tokens, i, lex)),
    namedPhrases,
  };
  const story: Story = { tokens, sentences, ctx, times };

  const { findings, contributions: cs } = resolveFindings(story, hits, input.sex);
  const evidence: ParsedEvidence[] = [];
  for (const [id, f] of findings) evidence.push({ id, state: f.state, spans: dedupe(f.spans) });
  const score = painScore(story, lex);
  if (score) evidence.push({ id: 'pain_severity', state: 'present', value: score.value, spans: score.spans });
  const anchored = anchoredSentences(story, lex, cs, score?.sentences ?? new Set());
  const dur = duration(story, cs, hits, anchored);
  if (dur) evidence.push({ id: 'duration_days', state: 'present', value: dur.days, spans: dur.spans });
  evidence.sort((a, b) => (a.spans[0]?.[0] ?? 0) - (b.spans[0]?.[0] ?? 0) || a.id.localeCompare(b.id));
  return { evidence, unrecognised: notUnderstood(input.text, story, lex, cs, score?.all ?? [], anchored) };
}

function dedupe(spans: readonly TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  const out: TextSpan[] = [];
  for (const s of [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const k = `${s[0]}:${s[1]}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(s);
  }
  return out;
}
