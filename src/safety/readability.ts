/**
 * How hard the English words of the check and the plan are to read: the Flesch-Kincaid US grade level
 * (npm `flesch-kincaid`, with syllables counted by npm `syllable`, both maintained by the `words`
 * project, MIT). The target is grade 8 or below, passage by passage.
 *
 * A passage is what a person reads together: one question screen (its gateway, question, items, none
 * button and why we ask), one triage reason, one cause card, one plan card, one timer, one article claim
 * with our verdict, one safety rule's words, the safety-net list, and each longer sentence of the screens.
 * Readability formulas were built for passages, not for lone labels, so a passage under 10 words is not
 * scored. Names a person has to recognise (a medicine on the packet, the name of a condition a doctor
 * will use, the professional to ask) count as one syllable: each is glossed in plain words where it is
 * used, and swapping it for a vaguer word would make the advice less safe. They are listed in
 * readability-exceptions.ts with the passages that are allowed above the target, each with its reason.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Knowledge } from '../knowledge/types.ts';

/** The highest grade a passage of the check or the plan may have. */
export const TARGET_GRADE = 8;
/** Passages shorter than this are labels, not prose; the formula says nothing about them. */
export const MIN_WORDS = 10;

export interface Passage {
  readonly id: string;
  /** The catalog keys it is read from, in reading order. */
  readonly keys: readonly string[];
}

/**
 * Flattens an ICU message to the words a person reads: a plural or select takes its `other` branch,
 * `#` and arguments become a short word.
 */
export function plainText(message: string): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const ch = message[i] as string;
    if (ch !== '{') {
      out += ch === '#' ? '3' : ch;
      i++;
      continue;
    }
    // Find the matching brace.
    let depth = 0;
    let j = i;
    for (; j < message.length; j++) {
      if (message[j] === '{') depth++;
      else if (message[j] === '}' && --depth === 0) break;
    }
    const inner = message.slice(i + 1, j);
    const parts = inner.split(',');
    if (parts.length >= 3 && /^\s*(plural|select|selectordinal)\s*$/.test(parts[1] as string)) {
      const other = /(?:^|\s)other\s*\{/.exec(inner);
      if (other) {
        const start = other.index + other[0].length;
        let d = 1;
        let k = start;
        for (; k < inner.length && d > 0; k++) {
          if (inner[k] === '{') d++;
          else if (inner[k] === '}') d--;
        }
        out += plainText(inner.slice(start, k - 1));
      }
    } else {
      out += 'it';
    }
    i = j + 1;
  }
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A type, not an interface: flesch-kincaid's own type is an index signature, which only a type alias meets. */
export type Counts = {
  readonly sentence: number;
  readonly word: number;
  readonly syllable: number;
};

/** Sentences, words and syllables of texts read one after another; each text ends a sentence. */
export function counts(texts: readonly string[], terms: ReadonlySet<string>): Counts {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const raw of texts) {
    const text = plainText(raw).trim();
    if (!text) continue;
    const words = text.match(WORD) ?? [];
    if (words.length === 0) continue;
    const ends = (text.match(/[.!?]+(?=["”’)]*(?:\s|$))/g) ?? []).length;
    sentence += Math.max(1, ends + (/[.!?]["”’)]*$/.test(text) ? 0 : 1));
    word += words.length;
    for (const w of words) syllables += terms.has(w.toLowerCase()) ? 1 : Math.max(1, syllable(w));
  }
  return { sentence, word, syllable: syllables };
}

/** The Flesch-Kincaid US grade of texts read together. */
export function gradeLevel(texts: readonly string[], terms: ReadonlySet<string>): number {
  return fleschKincaid(counts(texts, terms));
}

/** Catalog prefixes of the check and the plan outside the knowledge base (core messages and the web screens). */
export const SCREEN_PREFIXES: readonly string[] = [
  'triage.',
  'service.',
  'reviewAfter.',
  'risk.',
  'disclaimer',
  'home.',
  'about.',
  'question.',
  'check.',
  'causes.',
  'plan.',
  'seed.',
  'net.',
  'result.',
  'timer.',
  'header.emergency',
  'footer.disclaimer',
];

/** The passages of the check and the plan, from the knowledge base and the screens' own keys. */
export function checkAndPlanPassages(kb: Knowledge, screenKeys: readonly string[]): Passage[] {
  const out: Passage[] = [];
  for (const q of kb.questions)
    out.push({
      id: `question:${q.id}`,
      keys: [
        `question.${q.id}.gateway`,
        `question.${q.id}.text`,
        ...q.items.map((f) => `finding.${f}.text`),
        `question.${q.id}.none`,
        `question.${q.id}.why`,
      ],
    });
  for (const r of kb.triageRules) out.push({ id: `triage:${r.id}`, keys: [`triage.${r.id}.text`] });
  for (const c of kb.causes)
    out.push({ id: `cause:${c.id}`, keys: [`cause.${c.id}.summary`, `cause.${c.id}.next`] });
  for (const a of kb.advice) {
    out.push({
      id: `advice:${a.id}`,
      keys: [`advice.${a.id}.title`, `advice.${a.id}.gradeNote`, `advice.${a.id}.text`],
    });
    if (a.timer)
      out.push({
        id: `timer:${a.id}`,
        keys: [
          ...a.timer.steps.flatMap((_, i) => [
            `advice.${a.id}.timer.step.${i}.label`,
            `advice.${a.id}.timer.step.${i}.instruction`,
          ]),
          ...a.timer.safety.map((_, i) => `advice.${a.id}.timer.safety.${i}`),
        ],
      });
  }
  for (const s of kb.seedClaims)
    out.push({
      id: `seed:${s.id}`,
      keys: [`seed.${s.id}.claim`, `seed.${s.id}.verdict`, `seed.${s.id}.gradeNote`],
    });
  for (const r of kb.safetyRules)
    out.push({
      id: `safety:${r.id}`,
      keys: [`safety.${r.id}.why`, `safety.${r.id}.caution`, `safety.${r.id}.warning`],
    });
  out.push({ id: 'safetyNet', keys: kb.safetyNet.map((s) => `safetyNet.${s.id}.text`) });
  const knowledgeKeys = new Set(out.flatMap((p) => p.keys));
  for (const key of screenKeys)
    if (!knowledgeKeys.has(key) && SCREEN_PREFIXES.some((p) => key === p || key.startsWith(p)))
      out.push({ id: `screen:${key}`, keys: [key] });
  return out;
}

export interface PassageScore {
  readonly id: string;
  readonly words: number;
  readonly grade: number;
}

/** The grade of each passage, looked up in `messages`; keys a passage names but the catalog lacks are skipped. */
export function scorePassages(
  passages: readonly Passage[],
  messages: Readonly<Record<string, string>>,
  terms: ReadonlySet<string>,
): PassageScore[] {
  return passages.map((p) => {
    const texts = p.keys.flatMap((k) => (messages[k] === undefined ? [] : [messages[k] as string]));
    const c = counts(texts, terms);
    return { id: p.id, words: c.word, grade: fleschKincaid(c) };
  });
}
