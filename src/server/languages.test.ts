/**
 * Spanish and Arabic through the API: Accept-Language (or ?lang=) chooses the words of an assessment,
 * of the interview's next question and of an error, each from that language's own catalog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { expectJsonError, type Harness, openHarness } from './testing/harness.ts';

const ARABIC = /[\u0600-\u06ff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

const benign = {
  age: 38,
  sex: 'male',
  evidence: [
    { id: 'pain_lower_back', state: 'present' },
    { id: 'onset_lifting_twisting', state: 'present' },
    { id: 'pain_severity', state: 'present', value: 6 },
  ],
};
const caudaEquina = {
  age: 45,
  sex: 'female',
  evidence: [
    { id: 'pain_lower_back', state: 'present' },
    { id: 'saddle_numbness', state: 'present' },
  ],
};

let h: Harness;
beforeAll(async () => {
  h = await openHarness('memory');
});
afterAll(async () => h?.close());

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url, payload: body as object, headers });

interface Coded {
  code: string;
  params?: Record<string, string | number>;
  text: string;
}

describe.each([
  ['es', (s: string) => !ARABIC.test(s) && /[áéíóúñ¿¡]|\b(de|el|la|que|un|una)\b/i.test(s)],
  ['ar', (s: string) => ARABIC.test(s)],
] as const)('the API in %s', (lang, inLanguage) => {
  const r = renderer(lang);

  it('answers POST /api/v1/assess with the triage, causes and plan in that language', async () => {
    for (const input of [benign, caudaEquina]) {
      const res = await post('/api/v1/assess', input, { 'accept-language': `${lang}, en;q=0.5` });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-language']).toBe(lang);
      const a = res.json();
      expect(a.lang).toBe(lang);
      for (const reason of a.triage.reasons as Coded[]) {
        expect(reason.text).toBe(r.text(reason.code, reason.params));
        expect(inLanguage(reason.text), reason.text).toBe(true);
        expect(reason.text).not.toBe(renderer('en').text(reason.code, reason.params));
      }
      expect(a.triage.action).toBe(r.text(a.triage.actionCode));
      expect(inLanguage(a.triage.action), a.triage.action).toBe(true);
      expect(a.triage.meaning).toBe(r.text(a.triage.meaningCode));
      for (const c of a.causes) expect(c.name).toBe(r.text(`cause.${c.id}.name`));
      for (const p of a.plan.actions) expect(p.title).toBe(r.text(`advice.${p.id}.title`));
      expect(a.plan.safetyNet.reviewAfter).toBe(
        r.text(a.plan.safetyNet.reviewAfterCode, a.plan.safetyNet.reviewAfterParams),
      );
      expect(inLanguage(a.disclaimer)).toBe(true);
    }
    const emergency = (await post('/api/v1/assess', caudaEquina, { 'accept-language': lang })).json();
    expect(emergency.triage.level).toBe('emergency');
    expect(emergency.triage.reasons.map((x: Coded) => x.code)).toContain('triage.ces_saddle_numbness.text');
  });

  it('asks the interview’s questions in that language, with their items, why and none-button', async () => {
    const res = await post(
      '/api/v1/interview',
      { age: 38, sex: 'male', evidence: [] },
      { 'accept-language': lang },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-language']).toBe(lang);
    const step = res.json();
    expect(step.done).toBe(false);
    const q = step.question;
    expect(q.text).toBe(r.text(`question.${q.id}.text`));
    expect(q.why).toBe(r.text(`question.${q.id}.why`));
    if (q.gatewayText) expect(q.gatewayText).toBe(r.text(`question.${q.id}.gateway`));
    if (q.noneText) expect(q.noneText).toBe(r.text(`question.${q.id}.none`));
    for (const item of q.items) {
      expect(item.text).toBe(r.text(`finding.${item.findingId}.text`));
      expect(inLanguage(item.text) || !LATIN_WORD.test(item.text), item.text).toBe(true);
    }
    expect(inLanguage(q.why), q.why).toBe(true);
  });

  it('words its errors in that language', async () => {
    const bad = { ...benign, evidence: [{ id: 'fevr', state: 'present' }] };
    const res = await post('/api/v1/assess', bad, { 'accept-language': lang });
    expect(expectJsonError(res, 400)).toBe('unknown_finding');
    expect(res.headers['content-language']).toBe(lang);
    const { message, issues } = res.json().error;
    expect(issues[0].message).toBe(r.text('error.unknownFinding', { id: 'fevr' }));
    expect(message).toContain(issues[0].message);
    expect(inLanguage(issues[0].message), issues[0].message).toBe(true);
  });

  it('follows ?lang= before Accept-Language, and serves the knowledge bundle in that language', async () => {
    const other = lang === 'es' ? 'ar' : 'es';
    const res = await post(`/api/v1/assess?lang=${lang}`, benign, { 'accept-language': other });
    expect(res.headers['content-language']).toBe(lang);
    expect(res.json().lang).toBe(lang);
    const bundle = await h.app.inject({ method: 'GET', url: `/api/v1/knowledge?lang=${lang}` });
    expect(bundle.statusCode).toBe(200);
    const messages = bundle.json().messages as Record<string, string>;
    expect(messages['advice.heat.title']).toBe(r.text('advice.heat.title'));
    expect(inLanguage(messages['advice.heat.text'] as string)).toBe(true);
  });
});
