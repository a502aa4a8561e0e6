/**
 * Validates a lexicon when it is loaded: every finding id exists in the contract, no pattern is empty or
 * malformed, every class it names exists (and none contains itself), every entry says what meaning it
 * relies on, and a pattern given twice is named with both places. A failure names the bad entry.
 */
import { fail, type Issue, issue, ok, plain, type Result } from '../../contract/errors.ts';
import { CONTRACT_FINDINGS } from '../../contract/ids.ts';
import { classRefs, hasNumber, type ParsedPattern, parsePattern } from './syntax.ts';
import type { LexEntry, Lexicon } from './types.ts';

const CONTRACT_IDS = new Set(CONTRACT_FINDINGS.map((f) => f.id));
const NUMBER_IDS = new Set(CONTRACT_FINDINGS.filter((f) => f.kind === 'number').map((f) => f.id));

function entryName(e: LexEntry, i: number): string {
  return `entries[${i}] (${e.ids.length > 0 ? e.ids.join(', ') : 'blocker'})`;
}

export function validateLexicon(lex: Lexicon): Result<Lexicon> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push(issue('invalid_value', path, plain(message)));
  const where = `lexicon[${lex.language}]`;

  const checkPattern = (source: string, path: string, allowGaps: boolean): ParsedPattern | undefined => {
    const p = parsePattern(source, allowGaps);
    if (typeof p === 'string') {
      bad(path, `pattern "${source}": ${p}`);
      return undefined;
    }
    for (const name of classRefs(p))
      if (!(name in lex.classes)) bad(path, `pattern "${source}" names the unknown class {${name}}`);
    return p;
  };

  // Classes: phrases without gaps, no class inside itself.
  for (const [name, list] of Object.entries(lex.classes)) {
    const path = `${where}.classes.${name}`;
    if (list.length === 0) bad(path, 'is empty');
    const seen = new Set<string>();
    for (const phrase of list) {
      if (seen.has(phrase)) bad(path, `lists "${phrase}" twice`);
      seen.add(phrase);
      checkPattern(phrase, path, false);
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, trail: string[]) => {
    if (done.has(name)) return;
    if (visiting.has(name)) {
      bad(`${where}.classes.${name}`, `contains itself (${[...trail, name].join(' → ')})`);
      return;
    }
    visiting.add(name);
    for (const phrase of lex.classes[name] ?? []) {
      const p = parsePattern(phrase, false);
      if (typeof p !== 'string')
        for (const ref of classRefs(p)) if (ref in lex.classes) visit(ref, [...trail, name]);
    }
    visiting.delete(name);
    done.add(name);
  };
  for (const name of Object.keys(lex.classes)) visit(name, []);

  // Entries.
  const patternOwner = new Map<string, string>();
  lex.entries.forEach((e, i) => {
    const path = `${where}.${entryName(e, i)}`;
    if (e.ids.length === 0 && !e.overrides) bad(path, 'has no finding ids and overrides nothing');
    for (const id of e.ids) {
      if (!CONTRACT_IDS.has(id)) bad(path, `"${id}" is not a finding of the contract`);
      else if (NUMBER_IDS.has(id))
        bad(path, `"${id}" is a number finding: scores and durations have their own rules`);
    }
    for (const id of [
      ...(Array.isArray(e.overrides) ? e.overrides : []),
      ...(e.requires ?? []),
      ...(e.unless ?? []),
      ...(e.alsoDenies ?? []),
      ...(e.implies ?? []),
    ])
      if (!CONTRACT_IDS.has(id)) bad(path, `names "${id}", which is not a finding of the contract`);
    if (e.meaning.trim().length < 10) bad(path, 'needs the meaning it relies on, in words');
    if (e.patterns.length === 0) bad(path, 'has no patterns');
    const own = new Set<string>();
    for (const source of e.patterns) {
      const key = source.trim().replace(/\s+/g, ' ');
      if (own.has(key)) bad(path, `lists the pattern "${key}" twice`);
      own.add(key);
      const other = patternOwner.get(key);
      if (other !== undefined) bad(path, `repeats the pattern "${key}" of ${other}`);
      else patternOwner.set(key, entryName(e, i));
      const p = checkPattern(source, path, true);
      if (p && e.number && !hasNumber(p)) bad(path, `pattern "${source}" has no # for its number rule`);
    }
    if (e.longTermDays !== undefined && !(e.longTermDays > 0)) bad(path, 'longTermDays must be above 0');
    if (e.withinDays !== undefined && !(e.withinDays > 0)) bad(path, 'withinDays must be above 0');
  });

  // Cues, time, scores, words.
  const k = lex.cues;
  const cueLists: [string, readonly string[]][] = [
    ['negationBefore', k.negationBefore],
    ['negationAfter', k.negationAfter],
    ['pseudoNegation', k.pseudoNegation],
    ['hedgeBefore', k.hedgeBefore],
    ['hedgeAfter', k.hedgeAfter],
    ['hypothetical', k.hypothetical],
    ['historical', k.historical],
    ['terminators', k.terminators],
    ['relatives', k.relatives],
    ['proxyOpeners', k.proxyOpeners],
    ['now', k.now],
    ['past', k.past],
  ];
  // Lists a lexicon may leave out; when given, they are checked like the others.
  if (k.negationAfterList) cueLists.push(['negationAfterList', k.negationAfterList]);
  if (k.affirmationAfter) cueLists.push(['affirmationAfter', k.affirmationAfter]);
  if (k.negationAfterAdjacent) cueLists.push(['negationAfterAdjacent', k.negationAfterAdjacent]);
  if (k.givenUp) cueLists.push(['givenUp', k.givenUp]);
  if (k.ageOpeners) cueLists.push(['ageOpeners', k.ageOpeners]);
  if (k.denialHedgeAfter) cueLists.push(['denialHedgeAfter', k.denialHedgeAfter]);
  const cueSeen = new Map<string, string>();
  for (const [name, list] of cueLists) {
    if (list.length === 0) bad(`${where}.cues.${name}`, 'is empty');
    for (const phrase of list) {
      checkPattern(phrase, `${where}.cues.${name}`, true);
      const key = phrase.trim();
      const prior = cueSeen.get(key);
      // A phrase may be a marker of now or the past as well, and a cue both before and after ("maybe").
      const markers = ['now', 'past'];
      const pair = (a: string, b: string) => a.replace(/Before|After/, '') === b.replace(/Before|After/, '');
      if (prior !== undefined && !markers.includes(name) && !markers.includes(prior) && !pair(name, prior))
        bad(`${where}.cues.${name}`, `"${key}" is also in cues.${prior}`);
      cueSeen.set(key, name);
    }
  }
  for (const [name, list] of [
    ['clauseStarters', k.clauseStarters],
    ['conjunctions', k.conjunctions],
    ['conjunctionStarters', k.conjunctionStarters],
    ['subjectVerbs', k.subjectVerbs],
    ['reportingVerbs', k.reportingVerbs],
    ['firstPerson', k.firstPerson],
    ['thirdPerson', k.thirdPerson],
    ...(k.subjectOpeners ? [['subjectOpeners', k.subjectOpeners] as const] : []),
    ...(k.commaSubjectOpeners ? [['commaSubjectOpeners', k.commaSubjectOpeners] as const] : []),
    ...(k.newSignWords ? [['newSignWords', k.newSignWords] as const] : []),
    ...(k.clauseVerbs ? [['clauseVerbs', k.clauseVerbs] as const] : []),
    ...(k.disjunctions ? [['disjunctions', k.disjunctions] as const] : []),
    ...(k.placeWords ? [['placeWords', k.placeWords] as const] : []),
    ...(k.complementizers ? [['complementizers', k.complementizers] as const] : []),
    ...(k.factives ? [['factives', k.factives] as const] : []),
    ...(k.sideWords ? [['sideWords', k.sideWords] as const] : []),
    ...(k.subjectAuxiliaries ? [['subjectAuxiliaries', k.subjectAuxiliaries] as const] : []),
    ...(k.questionWords ? [['questionWords', k.questionWords] as const] : []),
    ...(k.listDenials ? [['listDenials', k.listDenials] as const] : []),
    ...(k.gapNegations ? [['gapNegations', k.gapNegations] as const] : []),
    ...(k.stateWords ? [['stateWords', k.stateWords] as const] : []),
    ...(k.normalWords ? [['normalWords', k.normalWords] as const] : []),
  ] as const) {
    if (list.length === 0) bad(`${where}.cues.${name}`, 'is empty');
    for (const w of list)
      if (/\s/.test(w.trim()) || w.trim() === '') bad(`${where}.cues.${name}`, `"${w}" must be one word`);
  }
  lex.time.rules.forEach((r, i) => {
    for (const source of r.patterns) {
      const p = checkPattern(source, `${where}.time.rules[${i}]`, true);
      if (p && (r.kind === 'ago' || r.kind === 'for') && !hasNumber(p))
        bad(`${where}.time.rules[${i}]`, `pattern "${source}" needs a # or #c for its count`);
    }
    if (r.kind === 'vague' && r.unitDays === undefined)
      bad(`${where}.time.rules[${i}]`, 'a vague rule needs unitDays');
  });
  for (const [phrase, days] of Object.entries(lex.time.relativeDays)) {
    checkPattern(phrase, `${where}.time.relativeDays`, false);
    if (!(days >= 0)) bad(`${where}.time.relativeDays`, `"${phrase}" must be 0 days or more`);
  }
  if (lex.time.weekdays.length !== 7) bad(`${where}.time.weekdays`, 'needs the seven days, Monday first');
  if (lex.time.months.length !== 12) bad(`${where}.time.months`, 'needs the twelve months, January first');
  lex.severity.forEach((r, i) => {
    for (const source of r.patterns) {
      const p = checkPattern(source, `${where}.severity[${i}]`, true);
      if (p && r.value === undefined && !hasNumber(p))
        bad(`${where}.severity[${i}]`, `pattern "${source}" has neither a # nor a fixed value`);
    }
  });
  for (const [name, list] of [
    ['symptomWords', lex.symptomWords],
    ['episodeWords', lex.episodeWords],
  ] as const) {
    if (list.length === 0) bad(`${where}.${name}`, 'is empty');
    for (const phrase of list) checkPattern(phrase, `${where}.${name}`, false);
  }
  for (const [from, to] of Object.entries(lex.spellings)) {
    if (from !== from.toLowerCase()) bad(`${where}.spellings`, `"${from}" must be written in lower case`);
    if (to.trim() === '') bad(`${where}.spellings`, `"${from}" has an empty replacement`);
  }
  for (const [from, to] of Object.entries(lex.abbreviations))
    if (to.trim() === '') bad(`${where}.abbreviations`, `"${from}" has an empty replacement`);
  for (const [w, v] of Object.entries({ ...lex.numbers.words, ...lex.numbers.counts }))
    if (!Number.isFinite(v)) bad(`${where}.numbers`, `"${w}" has no number`);

  return issues.length > 0 ? fail(issues) : ok(lex);
}
