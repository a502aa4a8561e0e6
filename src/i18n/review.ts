/**
 * How far each translated entry has been checked (issue 12), kept beside the translation in a sidecar
 * file per language and domain: src/i18n/catalogs/<lang>/review/<domain>.json. Each entry says
 *
 *   - its state: "machine" (translated by the team, not yet checked) until a native-speaking clinician
 *     signs it off, then "reviewed" (with who and when);
 *   - the hash of the English text it was translated from, so a change to the English shows up as a
 *     stale translation until someone refreshes it (src/i18n/review.test.ts fails, naming the keys).
 *
 * `npm run i18n:status` lists what is stale or missing per language; `npm run i18n -- stamp` records
 * that a translation was refreshed or reviewed (scripts/i18n.ts). Pure, so the web app can read it too.
 */
import type { CatalogMessages } from './catalog.ts';

export type EntryState = 'machine' | 'reviewed';

export interface ReviewEntry {
  readonly state: EntryState;
  /** sourceHash() of the English text this translation was made from. */
  readonly source: string;
  /** Who signed it off, and on which day (YYYY-MM-DD): for "reviewed" entries. */
  readonly by?: string;
  readonly on?: string;
}

export interface ReviewFile {
  readonly about: string;
  readonly entries: Readonly<Record<string, ReviewEntry>>;
}

export const REVIEW_ABOUT =
  'Review state of each entry of ../<domain>.json: "machine" = translated by the team, not yet checked; ' +
  '"reviewed" = signed off by a native-speaking clinician (by, on). "source" is the FNV-1a 64 hash of the ' +
  'English text it was translated from. See src/i18n/review.ts; npm run i18n:status lists what is stale.';

/** Where the review file of a language's domain lives, from the repository root. */
export const reviewPath = (lang: string, domain: string): string =>
  `src/i18n/catalogs/${lang}/review/${domain}.json`;

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64 of the text's UTF-8 bytes, as 16 hex digits: short, stable, and the same in Node and browsers. */
export function sourceHash(text: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK;
  return h.toString(16).padStart(16, '0');
}

const isMeta = (key: string) => key.startsWith('_meta.');

export interface DomainReview {
  readonly lang: string;
  readonly domain: string;
  /** English keys (without _meta.). */
  readonly total: number;
  readonly reviewed: number;
  readonly machine: number;
  /** English keys with no translation. */
  readonly missing: string[];
  /** Translated, but no review entry records what it was translated from. */
  readonly unrecorded: string[];
  /** The English changed since the translation was made (or reviewed). */
  readonly stale: string[];
  /** Translations or review entries for keys English no longer has. */
  readonly orphaned: string[];
}

/** Whether anything needs a translator: a stale, missing or unrecorded key, or an orphan. */
export const needsWork = (r: DomainReview): boolean =>
  r.missing.length + r.unrecorded.length + r.stale.length + r.orphaned.length > 0;

export function reviewDomain(
  lang: string,
  domain: string,
  english: CatalogMessages,
  translation: CatalogMessages,
  review: ReviewFile,
): DomainReview {
  const keys = Object.keys(english).filter((k) => !isMeta(k));
  const missing = keys.filter((k) => !(k in translation));
  const unrecorded = keys.filter((k) => k in translation && !review.entries[k]);
  const stale = keys.filter((k) => {
    const entry = review.entries[k];
    return k in translation && entry !== undefined && entry.source !== sourceHash(english[k] as string);
  });
  const orphaned = [
    ...new Set([...Object.keys(translation), ...Object.keys(review.entries)].filter((k) => !isMeta(k))),
  ].filter((k) => !(k in english));
  const current = keys.filter((k) => k in translation && review.entries[k] && !stale.includes(k));
  const reviewed = current.filter((k) => review.entries[k]?.state === 'reviewed').length;
  return {
    lang,
    domain,
    total: keys.length,
    reviewed,
    machine: current.length - reviewed,
    missing,
    unrecorded,
    stale,
    orphaned,
  };
}

/** The state a whole domain file can claim in its _meta.review: reviewed only when every entry is. */
export const domainState = (r: DomainReview): EntryState =>
  r.reviewed === r.total && !needsWork(r) ? 'reviewed' : 'machine';

export interface Stamp {
  readonly state: EntryState;
  readonly by?: string;
  readonly on?: string;
}

/**
 * Records that the translations of `keys` are current for today's English: their hashes, and their state
 * (a refreshed translation is "machine" again until it is reviewed). Orphaned entries are dropped.
 */
export function stamp(
  review: ReviewFile,
  english: CatalogMessages,
  keys: readonly string[],
  how: Stamp,
): ReviewFile {
  const entries: Record<string, ReviewEntry> = {};
  for (const [k, e] of Object.entries(review.entries)) if (k in english) entries[k] = e;
  for (const k of keys) {
    const text = english[k];
    if (text === undefined || isMeta(k)) throw new Error(`"${k}" is not an English key.`);
    entries[k] = {
      state: how.state,
      source: sourceHash(text),
      ...(how.state === 'reviewed' && how.by ? { by: how.by } : {}),
      ...(how.state === 'reviewed' && how.on ? { on: how.on } : {}),
    };
  }
  const ordered = Object.keys(english).filter((k) => entries[k]);
  return {
    about: REVIEW_ABOUT,
    entries: Object.fromEntries(ordered.map((k) => [k, entries[k] as ReviewEntry])),
  };
}

/**
 * One entry a line, in English key order, so a review shows up as a small diff. (Written by
 * scripts/i18n.ts only, so Biome leaves these files alone: biome.json.)
 */
export function serialiseReview(file: ReviewFile): string {
  const inline = (e: ReviewEntry) =>
    `{ ${Object.entries(e)
      .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  const lines = Object.entries(file.entries).map(([k, e]) => `    ${JSON.stringify(k)}: ${inline(e)}`);
  return `{\n  "about": ${JSON.stringify(file.about)},\n  "entries": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function parseReview(text: string): ReviewFile {
  const raw = JSON.parse(text) as Partial<ReviewFile>;
  if (!raw || typeof raw !== 'object' || !raw.entries || typeof raw.entries !== 'object')
    throw new Error('A review file is {"about": …, "entries": {key: {state, source}}}.');
  for (const [k, e] of Object.entries(raw.entries)) {
    if (!e || (e.state !== 'machine' && e.state !== 'reviewed') || !/^[0-9a-f]{16}$/.test(e.source ?? ''))
      throw new Error(
        `Review entry "${k}" must have state "machine" or "reviewed" and a 16-hex-digit source.`,
      );
  }
  return { about: raw.about ?? REVIEW_ABOUT, entries: raw.entries };
}
