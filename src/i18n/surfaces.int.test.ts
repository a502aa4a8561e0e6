/**
 * One catalog per language: the CLI (the real binary), the API and the web app's words module show the
 * same words for the same codes, in Spanish and Arabic, for an assessment, an interview question and an
 * error. And the web app loads exactly the catalog the CLI and the server bundle.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/testing/harness.ts';
import { catalog, renderer } from './catalogs.ts';

// The web app's module sets <html lang dir> when the language changes; give it an element to set.
(globalThis as { document?: unknown }).document ??= { documentElement: {} };
const web = await import('../../web/src/i18n/i18n.ts');

const bin = new URL('../../bin/backease.js', import.meta.url).pathname;
function cli(args: string[], stdin: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const input = {
  age: 67,
  sex: 'female',
  evidence: [
    { id: 'pain_lower_back', state: 'present' },
    { id: 'onset_minor_fall', state: 'present' },
    { id: 'osteoporosis', state: 'present' },
    { id: 'duration_days', state: 'present', value: 12 },
    { id: 'pain_severity', state: 'present', value: 7 },
  ],
};

interface Coded {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

let h: Harness;
beforeAll(async () => {
  h = await openHarness('memory');
});
afterAll(async () => h?.close());

describe.each(['es', 'ar'] as const)('the words of %s on every surface', (lang) => {
  beforeAll(async () => {
    await web.setLanguage(lang);
    // What the screens after the first load before they draw (LazyScreen), and the check with them.
    await web.loadScreenCatalog();
    await web.loadKnowledgeCatalog();
  });

  it('the web app loads the same catalog the CLI and the server use, key for key', () => {
    expect(web.currentLanguage()).toBe(lang);
    const shipped = Object.entries(catalog(lang).messages).filter(([k]) => !k.startsWith('_meta.'));
    const differing = shipped.filter(([k, text]) => web.words().template(k) !== text).map(([k]) => k);
    // The terminal's own words are the one domain the web app does not load.
    expect(differing.filter((k) => !k.startsWith('cli.'))).toEqual([]);
    expect(web.words().locale).toBe(renderer(lang).locale);
  });

  it('an assessment: the same triage, causes and plan words from the CLI, the API and the web app', async () => {
    const fromCli = cli(['assess', '--json', '--view', 'compact', '--lang', lang], JSON.stringify(input));
    expect(fromCli.code, fromCli.err).toBe(0);
    const c = JSON.parse(fromCli.out);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/assess',
      payload: input,
      headers: { 'accept-language': lang },
    });
    const a = res.json();
    expect(c.triage).toEqual(a.triage);
    expect(c.causes).toEqual(a.causes);
    expect(c.plan).toEqual(a.plan);
    expect(c.disclaimer).toBe(a.disclaimer);
    for (const reason of a.triage.reasons as Coded[])
      expect(web.m({ code: reason.code, params: reason.params })).toBe(reason.text);
    expect(web.t(a.triage.actionCode)).toBe(a.triage.action);
    expect(web.t(a.triage.meaningCode)).toBe(a.triage.meaning);
    for (const x of a.causes) expect(web.t(`cause.${x.id}.name`)).toBe(x.name);
    for (const p of a.plan.actions) expect(web.t(`advice.${p.id}.title`)).toBe(p.title);
    expect(web.t(a.plan.safetyNet.reviewAfterCode, a.plan.safetyNet.reviewAfterParams)).toBe(
      a.plan.safetyNet.reviewAfter,
    );
    expect(web.t('disclaimer')).toBe(a.disclaimer);
  });

  it('an interview step: the same question and items', async () => {
    const start = { age: 38, sex: 'male', evidence: [] };
    const fromCli = cli(['next', '--json', '--lang', lang], JSON.stringify(start));
    expect(fromCli.code, fromCli.err).toBe(0);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/interview',
      payload: start,
      headers: { 'accept-language': lang },
    });
    const q = res.json().question;
    expect(JSON.parse(fromCli.out).question).toEqual(q);
    expect(web.t(`question.${q.id}.text`)).toBe(q.text);
    for (const item of q.items) expect(web.t(`finding.${item.findingId}.text`)).toBe(item.text);
  });

  it('an error: the same words for the same code', async () => {
    const bad = { ...input, evidence: [{ id: 'fevr', state: 'present' }] };
    const fromCli = cli(['assess', '--json', '--lang', lang], JSON.stringify(bad));
    expect(fromCli.code).toBe(2);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/assess',
      payload: bad,
      headers: { 'accept-language': lang },
    });
    const issue = res.json().error.issues[0];
    expect(issue.code).toBe('unknown_finding');
    expect(fromCli.err).toContain(issue.message);
    expect(web.t('error.unknownFinding', { id: 'fevr' })).toBe(issue.message);
  });
});
