/**
 * The shape of a story lexicon: everything the story parser (src/parse) knows about one language, as
 * data. Adding a language is adding one of these; the parser's code does not change.
 *
 * Pattern syntax (one pattern is a string of space-separated elements, matched against the lower-case
 * words of one sentence):
 * - `pain` a word; `pain|ache` one of several words; `tingl*` a word starting with "tingl"; `*pril` a word
 *   ending in "pril"; punctuation such as `,` or `/` matches itself.
 * - `{pain}` one of the phrases of a word class (see `classes`); phrases may be several words long.
 * - `(lets go|goes away|eases)` one of several phrases; a group may be optional, `(the|a)?`.
 * - `x?` the element is optional.
 * - `~4` up to four words of anything, never across a clause boundary (a full stop, semicolon, dash,
 *   bracket, "but", or a comma or "and" that starts a new clause).
 * - `#` a number (digits or number words, "two and a half"); `#c` a count, which also takes "a",
 *   "a couple of", "a few"; `$` the end of the clause (matches nothing, looks ahead).
 * - `A && B` both A and B in the same sentence, in any order.
 */
import type { FindingId } from '../../contract/ids.ts';

/** What an entry says about its findings when the person states it plainly. */
export type Says =
  /** "my back aches": the findings are present. */
  | 'present'
  /** A statement of normality, "peeing is normal": the findings are absent. */
  | 'absent'
  /** A mention too unspecific to say present ("bladder problems"), but whose denial is plain ("no bladder problems"). */
  | 'vague'
  /** A statement that the person does not know ("I haven't checked my temperature"). */
  | 'unknown';

export type Outcome = 'present' | 'absent' | 'unknown' | 'none';

export interface Range {
  readonly gte?: number;
  readonly gt?: number;
  readonly lte?: number;
  readonly lt?: number;
}

export interface LexEntry {
  /** Contract finding ids the entry speaks about. Empty for a blocker (with `overrides`). */
  readonly ids: readonly FindingId[];
  readonly patterns: readonly string[];
  /** The meaning the entry relies on: why these words mean these findings. */
  readonly meaning: string;
  /** Default `present`. */
  readonly says?: Says;
  /** What a plain mention means, when not the default (a vague mention is unknown). */
  readonly affirmed?: Outcome;
  /** What a negated mention means, when not the default (present ↔ absent, vague → absent, absent → unknown). */
  readonly negated?: Outcome;
  /** What a hedged mention means; default unknown. */
  readonly hedged?: Outcome;
  /** A denial of this entry also denies these findings ("my legs aren't numb": neither leg is). */
  readonly alsoDenies?: readonly FindingId[];
  /**
   * Findings that follow from this one when the story says nothing else about them ("fell off a ladder"
   * is a sudden start, unless the story says it came on gradually).
   */
  readonly implies?: readonly FindingId[];
  /** Matches of these findings (or of every entry, `all`) that share a word with this match are dropped. */
  readonly overrides?: readonly FindingId[] | 'all';
  /** Kept only when at least one of these findings is present in the rest of the story. */
  readonly requires?: readonly FindingId[];
  /** Dropped when one of these findings is present in the rest of the story. */
  readonly unless?: readonly FindingId[];
  /**
   * For patterns with a `#`: the captured number decides: present in `present`, absent in `absent`,
   * unknown in `unknown`, and no evidence outside them (a "temperature" of 2 is not a temperature).
   */
  readonly number?: {
    readonly present?: Range | readonly Range[];
    readonly absent?: Range | readonly Range[];
    readonly unknown?: Range | readonly Range[];
  };
  /** Present only when the sentence says it has lasted at least this many days; otherwise unknown. */
  readonly longTermDays?: number;
  /** Dropped when the clause dates it further back than this many days. */
  readonly withinDays?: number;
  /** Only for people of this sex (when the sex is given). */
  readonly sex?: 'female' | 'male';
  /**
   * A past event whose state goes on, so a date or "history of" beside it still counts: a transplant
   * done years ago means immune-suppressing medicines for life. Default: timeless when every finding of
   * the entry is one of TIMELESS_FINDINGS (src/knowledge/lexicon/roles.ts).
   */
  readonly timeless?: boolean;
}

export interface TimeRule {
  readonly kind:
    | 'ago' // "three days ago": the episode began that long ago
    | 'for' // "for three days", "over the last week": it has lasted that long
    | 'weekday' // "since Tuesday": needs today's date
    | 'date' // "since 3 March": needs today's date
    | 'event' // "in 2015", "in October": when something happened, never how long the episode has lasted
    | 'ahead' // "review in 1/52": a time to come, which neither dates nor times anything
    | 'vague'; // "for years": long, but no number
  readonly patterns: readonly string[];
  /** For `weekday` rules: the time's words are the weekday alone, not the verb that led to it. */
  readonly dayOnly?: boolean;
  /**
   * Days per unit for patterns without a unit word (clinical "3/7" is days, "2/52" weeks); for `vague`
   * rules, the least the phrase means ("for years": 730), used only to tell long-term from recent.
   */
  readonly unitDays?: number;
}

export interface SeverityRule {
  readonly patterns: readonly string[];
  /** The scale's top when it is not 10 ("3 out of 5" is 6 out of 10). */
  readonly outOf?: number;
  /** A fixed score for phrases without a number ("pain-free now" is 0); a number said elsewhere wins. */
  readonly value?: number;
  /**
   * Another scale's score ("Wells score 3", "GCS 14"): no pain score, matched only so that its number,
   * the longer reading of the same words, is not taken for one ("score 3").
   */
  readonly otherScale?: true;
}

export interface Cues {
  /** Negation triggers before the finding ("no", "denies", "haven't had"). */
  readonly negationBefore: readonly string[];
  /**
   * Negation triggers after the finding ("is fine", "is normal", "ruled out"), which speak of the one
   * mention right before them: in "I have diabetes, peeing is normal" only the peeing is normal.
   */
  readonly negationAfter: readonly string[];
  /**
   * Cues of something given up that speak only of what follows them: "I take warfarin and stopped
   * taking ibuprofen" gives up the ibuprofen, not the warfarin.
   */
  readonly givenUp?: readonly string[];
  /**
   * Negation triggers that speak only of the finding right before them, with no word between: a note's
   * verbless "gait normal", "sensation intact", "saddle anaesthesia absent" (but "back pain x-ray
   * normal" says nothing of the pain).
   */
  readonly negationAfterAdjacent?: readonly string[];
  /** Negation triggers after a list, which deny each of its items: a note's "fever, chills: absent". */
  readonly negationAfterList?: readonly string[];
  /**
   * A note's affirmation right after a finding ("rigors present", "saddle anaesthesia +ve"): that list
   * item is a statement of its own, so an earlier denial's list ends before it ("no fever, rigors present").
   */
  readonly affirmationAfter?: readonly string[];
  /** Phrases that look like negation but are not ("no better", "not only"). */
  readonly pseudoNegation: readonly string[];
  readonly hedgeBefore: readonly string[];
  readonly hedgeAfter: readonly string[];
  /**
   * After a finding, a time now past that ends what was said ("never had trouble peeing until
   * yesterday"): a denial or a "normal" up to then is asked again; a symptom said up to then is still
   * said ("both legs numb till this morning").
   */
  readonly denialHedgeAfter?: readonly string[];
  /**
   * Words that open a sentence and take back the denials of the sentence before, up to now ("Wee is
   * fine. Well, it was until today"): its absents are asked again, never said.
   */
  readonly denialHedgeNext?: readonly string[];
  /** Something feared or asked about, not had ("worried it's", "what if", "in case"). */
  readonly hypothetical: readonly string[];
  /**
   * A denial of everything just imagined or quoted ("the website says if you get numbness or can't pee go
   * to A&E, but I don't have any of that"): the findings named under a hypothetical cue before it, in its
   * sentence or the one before, are denied.
   */
  readonly collectiveDenial?: readonly string[];
  /** Something in the past that is over ("used to", "years ago", "history of"). */
  readonly historical: readonly string[];
  /**
   * Words after which a date starts a state that goes on ("on warfarin since a clot last year"): a date
   * after them, or after a past-tense verb of its own, does not make a current medicine or condition past.
   */
  readonly ongoing?: readonly string[];
  /**
   * Words right before a medicine that say it is taken now ("on", "taking"): after a history of the
   * condition it treats ("PMH of HTN on lisinopril"), the history dates the condition, not the medicine.
   */
  readonly takenNow?: readonly string[];
  /**
   * Words after a medicine taken now that name what it is taken for ("on rivaroxaban for a clot last
   * year"): a date after them is the reason's, not the medicine's.
   */
  readonly reasonNow?: readonly string[];
  /**
   * Words right after a finding in a hypothetical ("seek help if the leg weakness worsens") that say it
   * is there already and may change: the hypothetical is of the change, not of the finding.
   */
  readonly presupposed?: readonly string[];
  /**
   * Historical cues that head a condition ("history of", "previous"): a condition the lexicon does not
   * name may stand between them and "on" ("History of RA on methotrexate"); "used to be on" names none.
   */
  readonly historyHeads?: readonly string[];
  /** Words that end every scope ("but", "however", "although"). */
  readonly terminators: readonly string[];
  /** Words that start a new clause after a comma or "and" ("I", "my", "it"). */
  readonly clauseStarters: readonly string[];
  /** Words joining clauses ("and", "or"), which become boundaries before a conjunction starter. */
  readonly conjunctions: readonly string[];
  /**
   * Words that start a new clause after "and" ("and I", "and it's"): subjects, not the possessives and
   * articles of a list ("buttocks and the backs of both thighs").
   */
  readonly conjunctionStarters: readonly string[];
  /**
   * A subject of a new clause after "and" or a comma when a verb follows it ("and my legs are numb",
   * "، ظهري يؤلمني"; not "pain in my back and my legs"): the possessives and articles that may open it,
   * with one or two words before the verb …
   */
  readonly subjectOpeners?: readonly string[];
  /**
   * Words that open such a subject after a comma only ("…, both legs are numb"); after "and" they join
   * one subject of two parts ("my lower back and both calves cramped").
   */
  readonly commaSubjectOpeners?: readonly string[];
  /**
   * Words that mark a sign as new right before it, after a comma ("no fever, new urinary retention",
   * "Ø trauma, new onset saddle anaesthesia"): a denial before the comma may not reach it, so it is asked.
   */
  readonly newSignWords?: readonly string[];
  /** … and the verbs that make it a clause ("is", "are", "feels", "hurts"; "يؤلمني"). */
  readonly clauseVerbs?: readonly string[];
  /**
   * The words of a list of alternatives ("or", "nor"): a denial of such a list holds to its end, a time
   * after it included ("no fever, numbness or incontinence today").
   */
  readonly disjunctions?: readonly string[];
  /**
   * Words that say where ("en", "في", the proclitic "ب"): a denied place followed, past one comma, by
   * another place that opens with the same word is a correction, not a list ("no en el pecho, en la
   * espalda", "مش بصدري، بضهري": the back is said).
   */
  readonly placeWords?: readonly string[];
  /**
   * Words that open a clause said of what a denial says ("like", "if", "que", "si", "إذا"): "doesn't seem
   * like I have a fever", "no me he dado cuenta si tengo fiebre" deny what follows them, though a new
   * subject starts there.
   */
  readonly complementizers?: readonly string[];
  /**
   * Words that name one side or one limb ("left", "right", "one"): a denial said of a named side
   * ("the numbness isn't in one leg, it's in both", "my right foot isn't numb but my legs are") keeps
   * to it, so an entry's `alsoDenies` (a leg that is not numb: neither are both) does not reach past it.
   */
  readonly sideWords?: readonly string[];
  /**
   * Verbs that take what follows as true ("know", "realise", "notice"): a denial of one ("my mum doesn't
   * know I have cancer", "I didn't realise I'd wet myself") denies the knowing, not the new clause after
   * it, even after "that"; after "if" or "whether" the clause is still the denial's ("I don't know if I
   * have a fever").
   */
  readonly factives?: readonly string[];
  /** The complementizers that ask rather than state ("if", "whether"): after a factive, see above. */
  readonly questionWords?: readonly string[];
  /**
   * Words of a note's denial that heads a list ("denies"): its list runs on without commas ("Denies
   * chest pain shortness of breath"), where a lay "no" that has named something stops at the next
   * statement ("no fever both legs numb").
   */
  readonly listDenials?: readonly string[];
  /**
   * Words that turn round what follows, as they stand inside a denying phrase's gap ("sensation not
   * intact", "power isn't normal"): such a phrase is then left open, neither denied nor said.
   */
  readonly gapNegations?: readonly string[];
  /**
   * Words that describe a state with no verb, mostly adjectives of a part of the body ("numb bum", "legs
   * weak", "struggling to pee"): an item past a comma that holds one is a statement of its own, not one
   * more noun of a denied list ("no fever, numb bum" says the numbness; "no fever, numbness" denies it).
   */
  readonly stateWords?: readonly string[];
  /**
   * Words that end a statement of normality said after a thing ("peeing is normal", "bladder working
   * normally"): a negation inside such a cue or right before it turns it round ("peeing is not normal",
   * "not peeing normally" say something is wrong), so it denies nothing and the sign is asked.
   */
  readonly normalWords?: readonly string[];
  /** Other people: "mum", "my brother", "a friend". */
  readonly relatives: readonly string[];
  /** Verbs that make a relative the subject of a clause ("my dad had", "mum is"). */
  readonly subjectVerbs: readonly string[];
  /**
   * Auxiliaries ("doesn't", "never") that make a relative the subject of a clause when one of the
   * subject verbs follows them: "my dad doesn't have cancer" (but not "mum didn't know who I was").
   */
  readonly subjectAuxiliaries?: readonly string[];
  /** Verbs that make a relative a reporter, not the one who has the symptom ("my wife says I'm grey"). */
  readonly reportingVerbs: readonly string[];
  /** The person's own words: a scope about someone else ends at them ("I", "my", "me"). */
  readonly firstPerson: readonly string[];
  /** Pronouns that continue talking about someone else ("he", "she"). */
  readonly thirdPerson: readonly string[];
  /** Openings that make the whole story about someone else ("I'm writing for my dad", "told by her daughter"). */
  readonly proxyOpeners: readonly string[];
  /**
   * Openings that make the story someone else's only when the teller has not spoken of themselves before
   * them: a relative's age ("أبوي عمره ٧٨") opens a carer's story, but the same words after the teller's
   * own ("عمري ٤٠، ظهري يوجعني، وأبوي عنده ٧٠ سنة") bring in a relative.
   */
  readonly ageOpeners?: readonly string[];
  /** "now", "any more": a denial about the present. */
  readonly now: readonly string[];
  /** Past-tense markers: a mention in such a clause may be over ("had", "was", "ago"). */
  readonly past: readonly string[];
}

export interface TimeWords {
  /** Unit words to days; hours and minutes count as 0 days, as the interview's question does. */
  readonly units: Readonly<Record<string, number>>;
  /** Minutes per unit, for durations of morning stiffness. */
  readonly unitMinutes: Readonly<Record<string, number>>;
  /** Phrases to a number of days before today ("yesterday" 1, "this morning" 0); no date needed. */
  readonly relativeDays: Readonly<Record<string, number>>;
  /** Monday first. */
  readonly weekdays: readonly string[];
  /** January first; each entry may list several spellings separated by `|`. */
  readonly months: readonly string[];
  readonly rules: readonly TimeRule[];
}

export interface NumberWords {
  /** Words to values: "one" 1, "twenty" 20, "hundred" 100. */
  readonly words: Readonly<Record<string, number>>;
  /** Phrases that add one half ("and a half"). */
  readonly half: readonly string[];
  /** Counts that are not numbers: "a" 1, "a couple of" 2, "a few" 3. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface Lexicon {
  /** BCP 47 language tag. */
  readonly language: string;
  readonly classes: Readonly<Record<string, readonly string[]>>;
  /** Lower-case word (or words) → its standard spelling, for US/UK forms, common misspellings and shorthand. */
  readonly spellings: Readonly<Record<string, string>>;
  /** Case-sensitive abbreviations of clinical notes ("SOB" → "short of breath"). */
  readonly abbreviations: Readonly<Record<string, string>>;
  /** Words never to correct as misspellings, though one letter from a lexicon word. */
  readonly realWords: readonly string[];
  /** Abbreviations that end with a full stop without ending the sentence ("dr", "approx"). */
  readonly periodAbbreviations: readonly string[];
  readonly numbers: NumberWords;
  readonly cues: Cues;
  readonly time: TimeWords;
  readonly severity: readonly SeverityRule[];
  /** Words that make a clause look like a symptom, for listing what was not understood. */
  readonly symptomWords: readonly string[];
  /** Words that make a sentence about the episode itself ("pain", "started"), for dating it. */
  readonly episodeWords: readonly string[];
  readonly entries: readonly LexEntry[];
  /**
   * Words written attached to the front of the next ("و" and, "ال" the, "بال" with the), each with the
   * words it stands for ("" for none): the tokeniser splits them off a word the lexicon does not know
   * when what is left is a word it does. The shortest that leaves a known word is taken ("وبالليل" is
   * "و" + "بالليل" when the lexicon writes "بالليل").
   */
  readonly proclitics?: Readonly<Record<string, string>>;
  /**
   * Endings a word may carry that the lexicon writes without: Arabic's accusative "ا" ("صباحاً",
   * "متيبساً", "تمدداً"). The tokeniser drops one from a word the lexicon does not know when what is left
   * is a word it does, so a word it knows with the ending ("جدا", "أبدا") stays whole.
   */
  readonly caseEndings?: readonly string[];
  /**
   * Whether to read a word one or two letters from a lexicon word as that word. Default true; it needs
   * `realWords` (the language's real words near lexicon words) to be safe, so a lexicon without such a
   * list turns it off.
   */
  readonly correctMisspellings?: boolean;
  /** Whether a comma between digits is a decimal point ("38,5"), as Spanish and Arabic write it. */
  readonly decimalComma?: boolean;
}
