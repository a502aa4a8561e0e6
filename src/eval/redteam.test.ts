/**
 * The red-team cases, written from research/clinical.md on what dev.json and extra.json cover thinly.
 * Round one (src/eval/testing/redteam.json, 50 cases): a red flag inside a benign story, the elderly,
 * pregnancy, blood thinners with a fall, past cancer, fever with injecting drugs or a weak immune system,
 * aneurysm risk, incomplete cauda equina, medicines and minerals… Round two (redteam2.json, 42 cases):
 * the very old with several conditions, after a birth, young athletes, a familiar flare with a new
 * feature, shingles before the rash, stones and kidney infection, statins, diuretics, diabetes and
 * steroids, blood thinners without a fall, tummy and pelvic pain felt in the back, the hip, both kinds of
 * claudication, and plain self-care behind frightening words. Round three (redteam3.json, 40 cases, a third
 * of them self-care or GP): borderline levels that §1.6 settles, two warning signs of different levels
 * together, a red flag that is past or passed, serious causes in teenagers, vague pictures after 80, a
 * weak immune system (transplant, chemotherapy, biologics, HIV), each stage of pregnancy and after a
 * birth, cancer suspected with no history of it, frightening medicines with nothing wrong, a new
 * feature in chronic or inflammatory pain, and stones against an aneurysm in older men. Round four
 * (redteam4.json, 40 cases, 16 of them self-care or GP stories that sound frightening) mixes the seed
 * article's causes: minerals, water tablets, diabetes, poor blood flow, exercise and medicines, several
 * medicines at once and symptoms that began after a new one, heat and dehydration, night calf cramps
 * against back spasm, older people living alone (a long lie, a fall, muddled in the heat), people who
 * play a warning sign down, work injuries and wounds, and a second episode unlike the first. Scored
 * blind, before any fix: triage 95.0% in both modes, one under-triage (rt4-022: an irregular heartbeat
 * and weakness with kidney disease, spironolactone, ramipril and potassium tablets read as urgent; the
 * emergency rule for minerals needed cramps and knew only low levels) and one over-triage (rt4-038:
 * band pain a month after shingles healed kept the same-day level of a fresh rash); top three 100%
 * one-shot, 92.1% in the interview. From the story: present findings precision 84.4%, recall 69.7%,
 * warning signs 68.8%, no wrong absent, the seeded check 85.0% with no under-triage and six
 * over-triages (cramping calves read as pain in both legs; rt4-038). After the fixes (too much
 * potassium or magnesium its own emergency; band pain from four weeks a GP matter; new confusion
 * suspecting dehydration as well as infection): triage 100% in both modes, top three 100% one-shot and
 * 97.4% in the interview. Round five (redteam5.json, 40 cases, 17 of them self-care or GP) aims at the
 * edges of §1.6: pain scores and durations at the 7-, 21- and 90-day lines, age 70, pregnancy at 12, 16,
 * 22 and 31 weeks and after a birth, blood thinners with and without a fall, steroids, a past cancer
 * with an obvious strain, fever with injecting drugs or diabetes, a known aneurysm, stones at 7 and 9 out
 * of 10, statins with cramps, weakness or dark urine, a diuretic with confusion, over-drinking, acute
 * and chronic poor blood flow, diabetic feet, and people who deny a sign and then admit it. Scored blind:
 * triage 100% in both modes with no under- or over-triage; top three 92.5% in both (a febrile back in
 * someone with diabetes ranked a fracture above both infections, since a fever moved neither; a diuretic
 * with confusion ranked a bladder infection first). From the story: precision 89.5%, recall 78.2%,
 * warning signs 79.2%, no wrong absent, the seeded check 95.0% with two over-triages (legs that "get
 * cramps" read as pain in both legs; a spasm at 70 read as sudden). After the fixes (a fever lowers
 * fracture, sciatica, stenosis and medicine causes; cramping legs, a cold pale leg, urine "like cola"
 * and the groin read in more words): top three 97.4% one-shot and 94.9% in the interview, over 39 scored
 * cases (rt5-036's cause, low sodium from over-drinking, is outside the cause list).
 *
 * Under-triage is the worst error, so the floor is none at all, in both modes and from the story;
 * emergencies must all be found. Like vignettes.test.ts, the cause floors are the bar, not today's score.
 * Round two's interview floor is lower (0.85; 33 of 38 scored cases at the time of writing): an
 * interview from nothing stops at the first emergency sign (new confusion, one sign of cauda equina) before
 * the answers that name the cause are asked, and with a fever already making the level urgent the cause
 * questions do not reach constant or night pain, which point to a spinal infection. From the story
 * those cases find the cause.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { parseStory } from '../parse/index.ts';
import { parseCases } from './case.ts';
import { evaluate } from './evaluate.ts';
import { evaluateText } from './text.ts';

const kb = getKnowledge();

const load = (file: string) => {
  const parsed = parseCases(
    JSON.parse(readFileSync(new URL(`./testing/${file}`, import.meta.url), 'utf8')),
    `src/eval/testing/${file}`,
  );
  if (!parsed.ok) throw new Error(parsed.issues.map(developerText).join('\n'));
  return parsed.value;
};

const rounds = [
  { file: 'redteam.json', top3: { 'one-shot': 0.95, interview: 0.95 } },
  { file: 'redteam2.json', top3: { 'one-shot': 0.95, interview: 0.85 } },
  // Round three's interview floor is its score when written (34 of 40): the misses are the same early
  // stop at the first emergency sign as in round two (a past cancer not yet asked when both legs go
  // weak; shock signs before the fever of someone on chemotherapy), and a known aneurysm whose new
  // ache ranks fourth.
  { file: 'redteam3.json', top3: { 'one-shot': 0.95, interview: 0.85 } },
  // Round four's interview floor is round two's and three's, for the same reason: from nothing the check
  // stops at the first emergency sign (trouble peeing, new confusion) before the back pain, the heat or
  // the lifting that name the cause are asked.
  { file: 'redteam4.json', top3: { 'one-shot': 0.95, interview: 0.85 } },
  { file: 'redteam5.json', top3: { 'one-shot': 0.95, interview: 0.85 } },
] as const;

describe.each(rounds)('$file', ({ file, top3 }) => {
  const cases = load(file);

  describe.each(['one-shot', 'interview'] as const)('%s mode', (mode) => {
    const { metrics, results } = evaluate(kb, cases, mode);

    it('has no under-triage', () => {
      expect(
        results.filter((r) => r.underTriage).map((r) => `${r.id}: gold ${r.gold.join('|')}, got ${r.level}`),
      ).toEqual([]);
    });
    it('finds every emergency', () => {
      expect(metrics.emergencySensitivity).toBe(1);
    });
    it(`has a gold cause in the top three in at least ${top3[mode] * 100}% of cases`, () => {
      expect(metrics.top3).toBeGreaterThanOrEqual(top3[mode]);
    });
  });

  describe('from the story', () => {
    const { results } = evaluateText(kb, cases, (input) => parseStory(input));

    it('reads every case', () => {
      expect(results.length).toBe(cases.length);
    });
    it('never reads a finding the story states as absent', () => {
      expect(
        results.filter((r) => r.wrongAbsents.length > 0).map((r) => `${r.id}: ${r.wrongAbsents.join(', ')}`),
      ).toEqual([]);
    });
    it('has no under-triage when the interview starts from the story', () => {
      expect(
        results
          .filter((r) => r.seeded.underTriage)
          .map((r) => `${r.id}: gold ${r.seeded.gold.join('|')}, got ${r.seeded.level}`),
      ).toEqual([]);
    });
  });
});
