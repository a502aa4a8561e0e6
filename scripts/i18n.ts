/**
 * The translations' review state (src/i18n/review.ts), for the people who keep them up to date.
 *
 *   npm run i18n:status                       every language: keys, reviewed, machine, stale, missing
 *   npm run i18n:status -- --keys es          and each key that needs work, with its English now
 *   npm run i18n -- stamp es knowledge --stale            "I refreshed every stale and new translation"
 *   npm run i18n -- stamp es core error.paper error.csrf  "I refreshed these"
 *   npm run i18n -- stamp ar all --all --reviewed --by "Dr N. Name"   "a native-speaking clinician signed off"
 *   npm run i18n -- todo es > es-todo.json               what needs a translator, as one JSON file
 *   npm run i18n -- apply es es-done.json                write those translations in and stamp them
 *
 * The todo file holds, per domain and key, the English now and the translation it replaces (if any); fill
 * it in as {"domain": {"key": "translation"}} (or keep the todo shape with a "text" field) and apply it.
 * `apply` checks each text first (an English key, valid ICU, the same arguments as the English, a plural
 * form for each of the language's categories) and writes nothing when one fails.
 * `status` exits 1 when anything needs a translator. `stamp` records the current English hash of the
 * keys, sets their state (machine unless --reviewed), drops entries English no longer has, puts the
 * translation file in English key order, and keeps the file's _meta.review (and, for the knowledge base,
 * _meta.knowledgeVersion) true.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
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

/** What needs a translator in a language, as one JSON file: {domain: {key: {en, was?}}}. */
function todoCommand(args: string[]): number {
  const [lang] = args;
  if (!lang) {
    console.error('usage: todo <lang>');
    return 2;
  }
  const out: Record<string, Record<string, { en: string; was?: string }>> = {};
  for (const domain of DOMAINS) {
    const english = readJson(catalogPath(SOURCE_LANGUAGE, domain));
    const own = readJson(catalogPath(lang, domain));
    const r = review(lang, domain);
    const keys = [...r.stale, ...r.missing, ...r.unrecorded];
    if (keys.length === 0) continue;
    out[domain] = Object.fromEntries(
      keys.map((k) => [k, { en: english[k] as string, ...(own[k] !== undefined ? { was: own[k] } : {}) }]),
    );
  }
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

/** The argument names a message uses ({count}, {when}, …), plurals and selects included. */
function argumentsOf(els: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of els) {
    if (
      isArgumentElement(el) ||
      isNumberElement(el) ||
      isDateElement(el) ||
      isTimeElement(el) ||
      isPluralElement(el) ||
      isSelectElement(el)
    )
      out.add(el.value);
    if (isPluralElement(el) || isSelectElement(el))
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
  }
  return out;
}

function pluralGaps(els: MessageFormatElement[], needed: readonly string[], gaps: string[] = []): string[] {
  for (const el of els) {
    if (isPluralElement(el) && el.pluralType === 'cardinal') {
      const missing = needed.filter((c) => !(c in el.options));
      if (missing.length) gaps.push(`{${el.value}} lacks ${missing.join(', ')}`);
    }
    if (isPluralElement(el) || isSelectElement(el))
      for (const option of Object.values(el.options)) pluralGaps(option.value, needed, gaps);
  }
  return gaps;
}

/** Why a translation cannot be taken as it is, or undefined when it can. */
function problemWith(lang: string, english: string, text: string): string | undefined {
  if (!text.trim()) return 'it is empty';
  let own: MessageFormatElement[];
  try {
    own = parse(text, { ignoreTag: true });
  } catch (e) {
    return `it is not valid ICU MessageFormat (${(e as Error).message})`;
  }
  const want = [...argumentsOf(parse(english, { ignoreTag: true }))].sort();
  const got = [...argumentsOf(own)].sort();
  if (want.join() !== got.join())
    return `it uses the arguments {${got.join('}, {')}}, the English {${want.join('}, {')}}`;
  // Spanish "many" is for exact millions; src/i18n/plurals.test.ts lets it fall back to "other".
  const needed = new Intl.PluralRules(lang)
    .resolvedOptions()
    .pluralCategories.filter((c) => !(lang === 'es' && c === 'many'));
  const gaps = pluralGaps(own, needed);
  return gaps.length ? `a plural ${gaps.join('; ')}` : undefined;
}

/** Writes the translations of a filled-in todo file into the catalogs and stamps them "machine". */
function applyCommand(args: string[]): number {
  const [lang, file] = args;
  if (!lang || !file || lang === SOURCE_LANGUAGE) {
    console.error('usage: apply <lang> <file.json>   (a translated language, not the source)');
    return 2;
  }
  const given = JSON.parse(readFileSync(resolve(process.cwd(), file), 'utf8')) as Record<
    string,
    Record<string, string | { text?: string }>
  >;
  const problems: string[] = [];
  const plan: { domain: Domain; texts: Messages }[] = [];
  for (const [domain, entries] of Object.entries(given)) {
    if (!(DOMAINS as readonly string[]).includes(domain)) {
      problems.push(`"${domain}" is not a domain (${DOMAINS.join(', ')})`);
      continue;
    }
    const english = readJson(catalogPath(SOURCE_LANGUAGE, domain));
    const texts: Messages = {};
    for (const [key, value] of Object.entries(entries)) {
      const text = typeof value === 'string' ? value : value?.text;
      if (english[key] === undefined || key.startsWith('_meta.')) {
        problems.push(`${domain}: "${key}" is not an English key of this domain`);
        continue;
      }
      if (typeof text !== 'string') {
        problems.push(`${domain}: ${key} has no translation (a string, or an object with "text")`);
        continue;
      }
      const problem = problemWith(lang, english[key], text);
      if (problem) problems.push(`${domain}: ${key}: ${problem}`);
      else texts[key] = text;
    }
    plan.push({ domain: domain as Domain, texts });
  }
  if (problems.length) {
    console.error(`Nothing written; fix these first:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  for (const { domain, texts } of plan) {
    if (Object.keys(texts).length === 0) continue;
    const translation = { ...readJson(catalogPath(lang, domain)), ...texts };
    writeFileSync(catalogPath(lang, domain), `${JSON.stringify(translation, null, 2)}\n`);
    const code = stampCommand([lang, domain, ...Object.keys(texts)]);
    if (code !== 0) return code;
  }
  return 0;
}

const [command, ...args] = process.argv.slice(2);
if (command === 'status') process.exitCode = status(args);
else if (command === 'stamp') process.exitCode = stampCommand(args);
else if (command === 'todo') process.exitCode = todoCommand(args);
else if (command === 'apply') process.exitCode = applyCommand(args);
else {
  console.error(
    'usage: node scripts/i18n.ts status [--keys] [lang…] | stamp <lang> <domain|all> … | todo <lang> | apply <lang> <file>',
  );
  process.exitCode = 2;
}
