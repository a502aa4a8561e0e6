/**
 * The catalog test: every message the core can emit has words in every shipped language, with every
 * parameter it names. Messages are collected by running the engine over every case file (one-shot and
 * every interview step), the insights and the visit summary over sample diaries; keys the code names
 * by hand are found by scanning the sources. A renderer without English fallback renders each one, so a
 * missing key or a missing parameter fails here rather than showing a code to a person.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { TRIAGE_LEVELS } from '../contract/ids.ts';
import { CARE_SERVICES, EVIDENCE_GRADES } from '../contract/output.ts';
import { BODY_AREAS } from '../diary/model.ts';
import { assess } from '../engine/assess.ts';
import { parseCases } from '../eval/case.ts';
import { runInterview } from '../eval/evaluate.ts';
import { assessment, checkIn, diaryOf, episode, session } from '../insights/fixtures.ts';
import { computeInsights } from '../insights/index.ts';
import { getKnowledge, knowledgeData } from '../knowledge/index.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../report/sample-diary.ts';
import { buildSummary } from '../report/summary.ts';
import { evidenceMessage } from './assessment-messages.ts';
import { CATALOG_FILES, catalog, DOMAINS, LANGUAGES, SOURCE_LANGUAGE } from './catalogs.ts';
import { buildKnowledgeCatalog, KNOWLEDGE_CATALOG_PATH, serialiseCatalog } from './knowledge-catalog.ts';
import { SHIPPED_LANGUAGES } from './languages.ts';
import { isMessage, type Message, type MessageParam } from './message.ts';
import { Renderer } from './render.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kb = getKnowledge();

/** Every Message inside a value: objects with a string `code` (and their parameters' messages). */
function messagesIn(value: unknown, out: Message[] = []): Message[] {
  if (Array.isArray(value)) for (const v of value) messagesIn(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.code === 'string') {
      out.push({ code: o.code, ...(o.params ? { params: o.params as Record<string, MessageParam> } : {}) });
    }
    for (const v of Object.values(o)) messagesIn(v, out);
  }
  return out;
}

function emittedMessages(): Message[] {
  const out: Message[] = [];
  for (const file of ['dev', 'extra']) {
    const raw = JSON.parse(readFileSync(join(root, `vignettes/${file}.json`), 'utf8'));
    const cases = parseCases(raw, file);
    if (!cases.ok) throw new Error(`${file}.json does not parse`);
    for (const c of cases.value) {
      const run = runInterview(kb, c);
      for (const a of [run.assessment, assess(kb, run.input)]) {
        messagesIn(a, out);
        for (const cause of a.causes) for (const e of cause.evidence) out.push(evidenceMessage(e));
      }
    }
  }
  const period = { start: Date.parse(`${SAMPLE_FROM}T00:00:00Z`), end: Date.parse(`${SAMPLE_TO}T00:00:00Z`) };
  const diaries = [
    sampleDiary(),
    diaryOf(),
    diaryOf({
      episodes: [episode('2026-11-01T08:00:00Z', null, 8)],
      checkIns: [checkIn('2026-11-02T08:00:00Z', 8), checkIn('2026-11-20T08:00:00Z', 9)],
      remedySessions: [
        session('heat', '2026-11-02T09:00:00Z', 8, null),
        session('own_thing', '2026-11-03T09:00:00Z', 6, 6),
      ],
      assessments: [assessment('2026-11-25T09:00:00Z', { level: 'urgent', reasons: ['Saved words.'] })],
    }),
  ];
  for (const d of diaries) {
    messagesIn(computeInsights(d, period, SAMPLE_NOW), out);
    messagesIn(buildSummary(d, period, SAMPLE_NOW), out);
  }
  return out;
}

/** Keys named literally in the code: t('…'), r.text('…'), msg('…'), text('…'). */
function literalKeys(): { key: string; file: string }[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
  const out: { key: string; file: string }[] = [];
  for (const file of [...files(join(root, 'src')), ...files(join(root, 'web/src'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|text|msg)\('([a-zA-Z_]+\.[a-zA-Z0-9_.]+)'/g))
      out.push({ key: m[1] as string, file: file.slice(root.length) });
  }
  return out;
}

/** Keys the code builds from ids and levels. */
const BUILT_KEYS = [
  ...EVIDENCE_GRADES.map((g) => `grade.${g}`),
  ...EVIDENCE_GRADES.map((g) => `cli.grade.${g}`),
  ...TRIAGE_LEVELS.flatMap((l) => [
    `triage.headline.${l}`,
    `level.${l}.meaning`,
    `level.${l}.name`,
    `visit.level.${l}`,
    `cli.level.${l}`,
  ]),
  ...['emergency', 'urgent', 'gp'].flatMap((l) => [`net.level.${l}`, `nudge.follow_assessment.${l}`]),
  ...CARE_SERVICES.map((s) => `service.${s}.action`),
  ...BODY_AREAS.map((a) => `area.${a}`),
  ...['hours', 'days', 'weeks', 'months'].map((u) => `unit.${u}`),
  ...['female', 'male'].map((s) => `about.sex.${s}`),
  ...['female', 'male', 'unknown'].map((s) => `visit.sex.${s}`),
  ...['signup', 'signin'].flatMap((m) => [`account.${m}Title`, `account.${m}Button`]),
  ...['from', 'to', 'order'].map((e) => `visit.error.${e}`),
  'account.error.other',
];

describe('message catalogs', () => {
  it(`the knowledge catalog matches the knowledge base (run \`npm run extract:messages\` if not)`, () => {
    const committed = readFileSync(join(root, KNOWLEDGE_CATALOG_PATH), 'utf8');
    expect(committed).toBe(serialiseCatalog(buildKnowledgeCatalog(knowledgeData)));
  });

  it('every template in every file is valid ICU MessageFormat, and none is empty', () => {
    const bad: string[] = [];
    for (const [lang, files] of Object.entries(CATALOG_FILES)) {
      for (const domain of DOMAINS) {
        for (const [key, text] of Object.entries(files[domain])) {
          if (key.startsWith('_meta.')) continue;
          if (!text.trim()) bad.push(`${lang}/${domain}: ${key} is empty`);
          try {
            new IntlMessageFormat(text, lang, undefined, { ignoreTag: true });
          } catch (e) {
            bad.push(`${lang}/${domain}: ${key}: ${(e as Error).message}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every language has every key of the source language, in the same domain, and says its direction', () => {
    const source = CATALOG_FILES[SOURCE_LANGUAGE];
    if (!source) throw new Error('no source catalog');
    for (const lang of LANGUAGES) {
      const files = CATALOG_FILES[lang];
      for (const domain of DOMAINS) {
        const missing = Object.keys(source[domain]).filter((k) => !(k in (files?.[domain] ?? {})));
        const extra = Object.keys(files?.[domain] ?? {}).filter((k) => !(k in source[domain]));
        expect({ lang, domain, missing, extra }).toEqual({ lang, domain, missing: [], extra: [] });
      }
      expect(['ltr', 'rtl']).toContain(catalog(lang).dir);
    }
  });

  it('names the same shipped languages in languages.ts as there are catalogs', () => {
    expect([...SHIPPED_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
  });

  it('has every key the code names or builds', () => {
    const missing = [
      ...literalKeys(),
      ...BUILT_KEYS.map((key) => ({ key, file: '(built from ids)' })),
    ].filter((k) => !(k.key in catalog(SOURCE_LANGUAGE).messages));
    expect(missing).toEqual([]);
  });

  const emitted = emittedMessages();

  it('collects the messages the core emits (a check that the collection itself works)', () => {
    const codes = new Set(emitted.map((m) => m.code));
    expect(codes).toContain('triage.no_warning_signs.text');
    expect(codes).toContain('reviewAfter.self_care.days');
    expect(codes).toContain('evidence.absent');
    expect(codes).toContain('insight.remedies.none');
    expect(codes.size).toBeGreaterThan(100);
  });

  for (const lang of LANGUAGES) {
    it(`renders every emitted message in ${lang} with its own words and every parameter`, () => {
      // No fallback: a key missing in this language must fail here, not quietly show English.
      const strict = new Renderer(catalog(lang));
      const problems: string[] = [];
      const check = (m: Message): void => {
        if (!strict.has(m.code)) problems.push(`${m.code}: no words`);
        else {
          try {
            if (!strict.render(m).trim()) problems.push(`${m.code}: renders empty`);
          } catch (e) {
            problems.push(`${m.code}: ${(e as Error).message}`);
          }
        }
        for (const p of Object.values(m.params ?? {})) if (typeof p === 'object' && isMessage(p)) check(p);
      };
      for (const m of emitted) check(m);
      expect([...new Set(problems)]).toEqual([]);
    });
  }
});
