/**
 * Misspellings: a word the lexicon does not know, one letter (two for long words) away from exactly one
 * word it does know, is read as that word ("numbess" → "numbness", "ibuprofin" → "ibuprofen"). Between
 * two equally close words, a missed letter is the likelier slip ("sciatia" is "sciatica", not "sciatic").
 * Candidates come from an index of the lexicon words with letters deleted (the SymSpell idea), so a
 * lookup costs a few map reads, not a comparison with every word.
 */

/** Only long words are corrected: short words are too close to each other to guess safely. */
const MIN_LENGTH = 7;
/** Words this long may be two edits away. */
const LONG = 10;
/** Distinct words remembered between calls; the cache is emptied when full, so memory stays bounded. */
const CACHE_LIMIT = 5000;

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

export class Corrector {
  private readonly known: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  /**
   * `known`: every word the lexicon uses, and real words never to correct; `prefixes`: word starts the
   * lexicon matches ("incontinen*"), whose words are known too.
   */
  constructor(known: ReadonlySet<string>, prefixes: readonly string[] = []) {
    this.known = known;
    this.prefixes = prefixes.filter((p) => p.length >= 4);
    for (const w of known) {
      if (w.length < MIN_LENGTH || !/^\p{L}+$/u.test(w)) continue;
      const ds = new Set<string>([w]);
      deletes(w, w.length >= LONG ? 2 : 1, ds);
      for (const d of ds) {
        const list = this.index.get(d);
        if (list) list.push(w);
        else this.index.set(d, [w]);
      }
    }
  }

  correct(word: string): string {
    if (word.length < MIN_LENGTH - 1 || this.known.has(word) || !/^\p{L}+$/u.test(word)) return word;
    for (const p of this.prefixes) if (word.startsWith(p)) return word;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const ds = new Set<string>([word]);
    deletes(word, word.length >= LONG - 1 ? 2 : 1, ds);
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    let tie = false;
    for (const d of ds) {
      for (const candidate of this.index.get(d) ?? []) {
        const allowed = candidate.length >= LONG ? 2 : 1;
        const dist = editDistance(word, candidate, allowed);
        if (dist > allowed) continue;
        const rank = (w: string) => (w.length === word.length + 1 ? 0 : w.length === word.length ? 1 : 2);
        if (
          dist < bestDistance ||
          (dist === bestDistance && best !== undefined && rank(candidate) < rank(best))
        ) {
          best = candidate;
          bestDistance = dist;
          tie = false;
        } else if (
          dist === bestDistance &&
          candidate !== best &&
          best !== undefined &&
          rank(candidate) === rank(best)
        ) {
          tie = true;
        }
      }
    }
    const result = best !== undefined && !tie ? best : word;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}
