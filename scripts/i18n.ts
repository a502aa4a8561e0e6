/**
 * The translations' review state (src/i18n/review.ts), for the people who keep them up to date.
 *
 *   npm run i18n:status                       every language: keys, reviewed, machine, stale, missing
 *   npm run i18n:status -- --keys es          and each key that needs work, with its English now
 *   npm run i18n -- stamp es knowledge --stale            "I refreshed every stale and new translation"
 *   npm run i18n -- stamp es core error.paper error.csrf  "I refreshed these"
 *   npm run i18n -- stamp ar all --all --reviewed --by "Dr N. Name"   "a native-speaking clinician signed off"
 *
 * `status` exits 1 when anything needs a translator. `stamp` records the current English hash of the
 * keys, sets their state (machine unless --reviewed), drops entries English no longer has, puts the
 * translation file in English key order, and keeps the file's _meta.review (and, for the knowledge base,
 * _meta.knowledgeVersion) true.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOMAINS, type Domain, SOURCE_LANGUAGE } from '../src/i18n/catalogs.ts';
import {
  type DomainReview,
  domainState,
  needsWork,
  parseReview,
  REVIEW_ABOUT,
  type ReviewFile,
  reviewDomain,
  reviewPath,
  type Stamp,
  serialiseReview,
  stamp,
} from '../src/i18n/review.ts';

const root = new URL('..', import.meta.url).pathname;
type Messages = Record<string, string>;

const catalogPath = (lang: string, domain: string) => join(root, `src/i18n/catalogs/${lang}/${domain}.json`);
const readJson = (path: string): Messages => JSON.parse(readFileSync(path, 'utf8')) as Messages;

function readReview(lang: string, domain: string): ReviewFile {
  try {
    return parseReview(readFileSync(join(root, reviewPath(lang, domain)), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { about: REVIEW_ABOUT, entries: {} };
    throw e;
  }
}

/** The translated languages: every catalog folder but the source language's. */
function translatedLanguages(): string[] {
  return readdirSync(join(root, 'src/i18n/catalogs'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== SOURCE_LANGUAGE)
    .map((d) => d.name)
    .sort();
}

function review(lang: string, domain: Domain): DomainReview {
  return reviewDomain(
    lang,
    domain,
    readJson(catalogPath(SOURCE_LANGUAGE, domain)),
    readJson(catalogPath(lang, domain)),
    readReview(lang, domain),
  );
}

function status(args: string[]): number {
  const showKeys = args.includes('--keys');
  const asked = args.filter((a) => !a.startsWith('--'));
  const langs = asked.length ? asked : translatedLanguages();
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `${'lang'.padEnd(5)}${'domain'.padEnd(11)}${pad('keys', 6)}${pad('reviewed', 10)}${pad('machine', 9)}` +
      `${pad('stale', 7)}${pad('missing', 9)}${pad('unrecorded', 12)}${pad('orphaned', 10)}`,
  );
  let work = false;
  for (const lang of langs) {
    const english = Object.fromEntries(DOMAINS.map((d) => [d, readJson(catalogPath(SOURCE_LANGUAGE, d))]));
    const own = Object.fromEntries(DOMAINS.map((d) => [d, readJson(catalogPath(lang, d))]));
    for (const domain of DOMAINS) {
      const r = review(lang, domain);
      work ||= needsWork(r);
      console.log(
        `${lang.padEnd(5)}${domain.padEnd(11)}${pad(r.total, 6)}${pad(r.reviewed, 10)}${pad(r.machine, 9)}` +
          `${pad(r.stale.length, 7)}${pad(r.missing.length, 9)}${pad(r.unrecorded.length, 12)}${pad(r.orphaned.length, 10)}`,
      );
      if (!showKeys) continue;
      const show = (label: string, keys: string[]) => {
        for (const k of keys) {
          console.log(`  ${label} ${k}`);
          if (english[domain]?.[k] !== undefined) console.log(`    en: ${english[domain][k]}`);
          if (own[domain]?.[k] !== undefined) console.log(`    ${lang}: ${own[domain][k]}`);
        }
      };
      show('stale', r.stale);
      show('missing', r.missing);
      show('unrecorded', r.unrecorded);
      show('orphaned', r.orphaned);
    }
  }
  if (work)
    console.log(
      '\nTranslate what is stale or missing in src/i18n/catalogs/<lang>/<domain>.json, then record it with\n' +
        '  npm run i18n -- stamp <lang> <domain> --stale   (or name the keys)',
    );
  return work ? 1 : 0;
}

function stampCommand(args: string[]): number {
  const [lang, which, ...rest] = args;
  const flag = (name: string) => rest.includes(name);
  const byAt = rest.indexOf('--by');
  const by = byAt >= 0 ? rest[byAt + 1] : undefined;
  const keys = rest.filter((a, i) => !a.startsWith('--') && !(byAt >= 0 && i === byAt + 1));
  if (!lang || !which || (!flag('--stale') && !flag('--all') && keys.length === 0)) {
    console.error('usage: stamp <lang> <domain|all> (--stale | --all | key…) [--reviewed --by NAME]');
    return 2;
  }
  if (flag('--reviewed') && !by) {
    console.error('--reviewed needs --by NAME: who signed the translations off.');
    return 2;
  }
  const how: Stamp = flag('--reviewed')
    ? { state: 'reviewed', by: by as string, on: new Date().toISOString().slice(0, 10) }
    : { state: 'machine' };
  const domains = which === 'all' ? DOMAINS : DOMAINS.filter((d) => d === which);
  if (domains.length === 0) {
    console.error(`No domain "${which}": one of ${DOMAINS.join(', ')} or all.`);
    return 2;
  }
  for (const domain of domains) {
    const english = readJson(catalogPath(SOURCE_LANGUAGE, domain));
    const translation = readJson(catalogPath(lang, domain));
    const before = reviewDomain(lang, domain, english, translation, readReview(lang, domain));
    const chosen = flag('--all')
      ? Object.keys(english).filter((k) => !k.startsWith('_meta.') && k in translation)
      : flag('--stale')
        ? [...before.stale, ...before.unrecorded]
        : keys.filter((k) => k in english);
    const untranslated = chosen.filter((k) => !(k in translation));
    if (untranslated.length) {
      console.error(`${lang}/${domain}: no translation yet for ${untranslated.join(', ')}; add it first.`);
      return 1;
    }
    const next = stamp(readReview(lang, domain), english, chosen, how);
    const after = reviewDomain(lang, domain, english, translation, next);
    // The translation in English key order, without keys English no longer has.
    const ordered: Messages = {};
    for (const k of Object.keys(english)) if (k in translation) ordered[k] = translation[k] as string;
    if ('_meta.review' in ordered) ordered['_meta.review'] = domainState(after);
    if ('_meta.knowledgeVersion' in ordered && after.stale.length === 0 && after.missing.length === 0)
      ordered['_meta.knowledgeVersion'] = english['_meta.knowledgeVersion'] as string;
    writeFileSync(catalogPath(lang, domain), `${JSON.stringify(ordered, null, 2)}\n`);
    mkdirSync(dirname(join(root, reviewPath(lang, domain))), { recursive: true });
    writeFileSync(join(root, reviewPath(lang, domain)), serialiseReview(next));
    console.log(
      `${lang}/${domain}: stamped ${chosen.length} as ${how.state}; ` +
        `${after.stale.length} stale, ${after.missing.length} missing left.`,
    );
  }
  return 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'status') process.exitCode = status(args);
else if (command === 'stamp') process.exitCode = stampCommand(args);
else {
  console.error('usage: node scripts/i18n.ts status [--keys] [lang…] | stamp <lang> <domain|all> …');
  process.exitCode = 2;
}
