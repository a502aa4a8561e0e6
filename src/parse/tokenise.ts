/**
 * Words, numbers and punctuation with their places in the text, grouped into sentences and clauses.
 *
 * A regular expression over Unicode letter classes, not Intl.Segmenter: the same answer in every
 * browser (Segmenter's word breaks follow each engine's ICU version) and about five times faster here.
 * A hyphen inside a word ("co-codamol", "3-day") is dropped, so the parts are words of their own.
 * Nothing here is English or Latin-script only: words are Unicode letters and marks in any script,
 * digits may be Arabic-Indic ("٧/١٠"), punctuation of other scripts ("،", "؟", "«") counts as its
 * Latin twin, and words are compared folded (fold.ts: "días" is "dias", "أ" is "ا"). A language whose
 * words carry attached words ("وظهري", "and my back") lists them in its lexicon's `proclitics`.
 */
import type { CompiledLexicon } from './compile.ts';
import { asciiDigits, fold, foldPunct } from './fold.ts';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** The text as written. */
  readonly text: string;
  /** Lower case, standard spelling; what patterns match. */
  norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** For numbers. */
  readonly value?: number;
  /** Index of the sentence, and of the clause within the whole text. */
  sentence: number;
  clause: number;
  /** Ends a clause: gaps and scopes never cross it. */
  boundary: boolean;
}

export interface Sentence {
  readonly index: number;
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
}

export const TOKEN =
  /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.\u066b][0-9\u0660-\u0669\u06f0-\u06f9]+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ALNUM = /[\p{L}\p{M}\p{N}]/u;
/** Stops after which a word opens a sentence, where a heading may stand. */
const HEADING_AFTER = new Set(['.', '!', '?', ';']);
const DIGIT = /^[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** The form a word is compared in: lower case, folded. */
export function normWord(text: string): string {
  return fold(text.toLowerCase().replace(/’/g, "'"));
}
const SENTENCE_END = new Set(['.', '!', '?']);
const CLAUSE_END = new Set([';', ':', '(', ')', '[', ']', '—', '–', '…', '"', '“', '”']);

function raw(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index;
    const end = start + t.length;
    const isNum = DIGIT.test(t);
    const isWord = !isNum && ALNUM.test(t);
    if (!isNum && !isWord) {
      // A hyphen or slash joining two words or numbers with no space is part of the word, not a boundary.
      const before = text[start - 1] ?? ' ';
      const after = text[end] ?? ' ';
      if (t === '-' && ALNUM.test(before) && ALNUM.test(after)) continue;
    }
    out.push({
      text: t,
      norm: isWord ? normWord(t) : isNum ? asciiDigits(t) : foldPunct(t),
      start,
      end,
      kind: isNum ? 'num' : isWord ? 'word' : 'punct',
      ...(isNum ? { value: Number(asciiDigits(t)) } : {}),
      sentence: 0,
      clause: 0,
      boundary: false,
    });
  }
  return out;
}

/**
 * Applies the lexicon's spellings (case-insensitive, one or more words) and abbreviations
 * (case-sensitive): a replacement of several words keeps the span of what it replaced.
 */
function normalise(tokens: Token[], lex: CompiledLexicon, text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    let replaced = false;
    const prev = tokens[i - 1];
    const heading =
      prev === undefined || HEADING_AFTER.has(prev.norm) || text.slice(prev.end, t.start).includes('\n');
    for (const rule of lex.rewrites.get(t.norm) ?? []) {
      const n = rule.from.length;
      if (i + n > tokens.length || (rule.headingOnly && !heading)) continue;
      let okSeq = true;
      for (let k = 0; k < n; k++) {
        const tk = tokens[i + k] as Token;
        const want = rule.from[k];
        const have = rule.caseSensitive ? tk.text : tk.norm;
        if (have !== want || (rule.joined && k > 0 && tk.start !== (tokens[i + k - 1] as Token).end)) {
          okSeq = false;
          break;
        }
      }
      if (!okSeq) continue;
      const last = tokens[i + n - 1] as Token;
      for (const word of rule.to) {
        // A replacement may keep a stop of what it replaced ("ED:" is "hospital:"), which stays a stop on
        // its own span, so the clause still ends there.
        if (!ALNUM.test(word)) {
          const own = tokens.slice(i, i + n).find((tk) => tk.kind === 'punct' && tk.norm === word);
          if (own) {
            out.push({ ...own });
            continue;
          }
        }
        // A replacement may hold a number ("since christmas" is "since 25 december").
        const value = /^[0-9]+$/.test(word) ? Number(word) : undefined;
        out.push(
          value === undefined
            ? { ...t, text: t.text, norm: word, start: t.start, end: last.end, kind: 'word' }
            : { ...t, text: t.text, norm: word, start: t.start, end: last.end, kind: 'num', value },
        );
      }
      i += n;
      replaced = true;
      break;
    }
    if (!replaced) {
      out.push(t);
      i++;
    }
  }
  return out;
}

/** Splits into sentences and clauses and marks the boundaries. */
function segment(text: string, tokens: Token[], lex: CompiledLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  let sentence = 0;
  let clause = 0;
  let from = 0;
  const close = (to: number) => {
    if (to > from) {
      sentences.push({ index: sentence, from, to });
      sentence++;
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    // A line break between two tokens ends the sentence before this one.
    if (prev && i > from && /\n/.test(text.slice(prev.end, t.start))) {
      clause++;
      close(i);
    }
    t.sentence = sentence;
    t.clause = clause;
    const next = tokens[i + 1];
    if (t.kind === 'punct' && SENTENCE_END.has(t.norm)) {
      const abbreviation =
        t.norm === '.' &&
        prev &&
        (lex.periodAbbreviations.has(prev.norm) ||
          // "e.g", "38.": a full stop with a letter or digit straight after it is not a sentence end.
          (next !== undefined && next.start === t.end && ALNUM.test(text[t.end] ?? '')));
      if (!abbreviation) {
        t.boundary = true;
        clause++;
        close(i + 1);
        continue;
      }
    }
    const spacedDash = t.text === '-' && (text[t.start - 1] === ' ' || text[t.end] === ' ');
    if (t.kind === 'punct' && (CLAUSE_END.has(t.norm) || spacedDash)) {
      t.boundary = true;
      clause++;
      continue;
    }
    if (t.kind === 'word' && lex.terminators.has(t.norm)) {
      t.boundary = true;
      clause++;
      continue;
    }
    // A comma or "and" followed by the start of a new clause ("..., my legs are fine", "and I've", "and
    // my legs are numb", "، ظهري يؤلمني").
    const starts =
      next?.kind === 'word' &&
      (t.norm === ','
        ? lex.clauseStarters.has(next.norm) || subjectWithVerb(tokens, i + 1, lex, true)
        : t.kind === 'word' &&
          lex.conjunctions.has(t.norm) &&
          (starterAfter(t, next, lex) || subjectWithVerb(tokens, i + 1, lex)));
    if (starts) {
      t.boundary = true;
      clause++;
    }
  }
  close(tokens.length);
  return sentences;
}

/**
 * Whether a new clause plainly starts at `at` even with no comma or "and" before it, as in dictation
 * ("no fever my back hurts", "no fever I have back pain"): a subject word ("I", "it", "there") or a
 * subject with its verb ("my back hurts").
 */
export function startsClause(tokens: readonly Token[], at: number, lex: CompiledLexicon): boolean {
  const t = tokens[at];
  if (t?.kind !== 'word') return false;
  return starterAfter(tokens[at - 1], t, lex) || subjectWithVerb(tokens, at, lex);
}

/**
 * Whether `next`, one of the lexicon's conjunction starters, starts a clause after `prev`. After "or"
 * only a subject does ("no fever or I'd have said"): a verb there is one more alternative of the denied
 * list ("haven't had any numbness or lost control of my bladder", "denies fever or losing weight").
 */
function starterAfter(prev: Token | undefined, next: Token, lex: CompiledLexicon): boolean {
  if (!lex.conjunctionStarters.has(next.norm)) return false;
  return prev === undefined || !lex.disjunctions.has(prev.norm) || lex.clauseStarters.has(next.norm);
}

/**
 * A subject and its verb (the lexicon's `clauseVerbs`) at `at`: a word that opens a subject
 * (`subjectOpeners`: "my", "the"; in Arabic, where "my" is part of the word, "ظهري", my back) and a verb
 * within three words ("my legs are numb", "ظهري يؤلمني"; not "my back, shoulders and arms are
 * painful", one subject of three parts, nor "وجع وتنميل نازل", pain and tingling going down).
 */
function subjectWithVerb(
  tokens: readonly Token[],
  at: number,
  lex: CompiledLexicon,
  afterComma = false,
): boolean {
  const opener = (tokens[at] as Token).norm;
  if (!lex.subjectOpeners.has(opener) && !(afterComma && lex.commaSubjectOpeners.has(opener))) return false;
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return false;
    if (lex.clauseVerbs.has(t.norm)) return true;
  }
  return false;
}

export interface Tokenised {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/**
 * Splits words that carry attached words the lexicon lists as `proclitics` ("وظهري" → "و" + "ظهري";
 * "الظهر" → "ظهر", the article standing for nothing), only when the whole word is not one the lexicon
 * knows and what is left is: "وجع" (pain) stays whole.
 */
function splitClitics(text: string, tokens: Token[], lex: CompiledLexicon): Token[] {
  if (lex.proclitics.length === 0 && lex.caseEndings.length === 0) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const hit =
      t.kind === 'word' && !lex.knows(t.norm)
        ? lex.proclitics.find(
            (p) =>
              t.norm.length - p.form.length >= 2 &&
              t.norm.startsWith(p.form) &&
              lex.knows(t.norm.slice(p.form.length)),
          )
        : undefined;
    if (!hit) {
      out.push(dropCaseEnding(t, lex));
      continue;
    }
    // Where the attached word ends in the text as written (marks and tatweel fold away).
    const written = text.slice(t.start, t.end);
    let cut = 0;
    for (let k = 1; k <= written.length; k++) if (normWord(written.slice(0, k)) === hit.form) cut = k;
    const at = t.start + cut;
    hit.words.forEach((w) => {
      out.push({ ...t, text: text.slice(t.start, at), norm: w, end: at });
    });
    out.push(
      dropCaseEnding(
        { ...t, text: text.slice(at, t.end), norm: t.norm.slice(hit.form.length), start: at },
        lex,
      ),
    );
  }
  return out;
}

/**
 * "صباحاً" read as "صباح": an ending the lexicon lists dropped from a word it does not know, when what
 * is left is one it does, after any attached word (so "فما" stays "ف" + "ما"). What is left has three
 * letters at least ("لنا", to us, is not "لن"), and the "وا" of a plural verb ("كانوا") is no ending.
 */
function dropCaseEnding(t: Token, lex: CompiledLexicon): Token {
  if (t.kind !== 'word' || lex.knows(t.norm)) return t;
  const ending = lex.caseEndings.find((e) => {
    const stem = t.norm.slice(0, -e.length);
    return t.norm.endsWith(e) && stem.length >= 3 && !stem.endsWith('و') && lex.knows(stem);
  });
  return ending === undefined ? t : { ...t, norm: t.norm.slice(0, -ending.length) };
}

/** "38,5" as one number where the language writes a decimal comma: digits, a comma, one or two digits, no spaces. */
function decimalCommas(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [a, comma, b] = [tokens[i] as Token, tokens[i + 1], tokens[i + 2]];
    if (
      a.kind === 'num' &&
      comma?.norm === ',' &&
      b?.kind === 'num' &&
      comma.start === a.end &&
      b.start === comma.end &&
      /^\d{1,2}$/.test(b.norm) &&
      !a.norm.includes('.')
    ) {
      const norm = `${a.norm}.${b.norm}`;
      out.push({ ...a, text: `${a.text}${comma.text}${b.text}`, norm, end: b.end, value: Number(norm) });
      i += 2;
    } else out.push(a);
  }
  return out;
}

/**
 * A note's query: a "?" put before a word ("?fever", "? saddle anaesthesia" at the start of a line or
 * after a colon or a full stop) asks whether it is there; it is no question ending a sentence. It is read
 * as the lexicon's word "query" (a hedge), so what it asks is left open; only where the lexicon knows
 * that word. "Is it bad? fever since Monday" keeps its question: a word stands right before the "?".
 */
function queries(text: string, tokens: Token[], lex: CompiledLexicon): Token[] {
  if (!lex.knows('query')) return tokens;
  const letter = /[\p{L}]/u;
  return tokens.map((t) => {
    if (t.norm !== '?') return t;
    const before = text.slice(0, t.start).trimEnd();
    const opens = before === '' || /[\n.:;,(]$/.test(before) || /\n\s*$/.test(text.slice(0, t.start));
    const attached = letter.test(text[t.end] ?? '') && !/[\p{L}\p{N}]/u.test(text[t.start - 1] ?? '');
    const spaced = opens && text[t.end] === ' ' && letter.test(text[t.end + 1] ?? '');
    return attached || spaced ? { ...t, norm: 'query', kind: 'word' } : t;
  });
}

export function tokenise(text: string, lex: CompiledLexicon): Tokenised {
  const read = queries(text, raw(text), lex);
  // Attached words come off first, so a spelling rule sees the word it names ("ليومين" → "ل" + "يومين").
  const tokens = normalise(splitClitics(text, lex.decimalComma ? decimalCommas(read) : read, lex), lex, text);
  for (const t of tokens) if (t.kind === 'word' && t.norm === normWord(t.text)) t.norm = lex.correct(t.norm);
  const sentences = segment(text, tokens, lex);
  return { tokens, sentences };
}
