import { describe, expect, it } from 'vitest';
import { findingLabel } from '../i18n/assessment-messages.ts';
import { renderer } from '../i18n/catalogs.ts';
import { diaryOf, episode, question } from '../insights/fixtures.ts';
import { parsePeriod } from '../insights/period.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from './sample-diary.ts';
import { buildSummary, DISCLAIMER } from './summary.ts';
import { causeWords, percentText, sentences } from './summary-words.ts';

const en = renderer('en');
const labels = (ids: readonly string[]) => ids.map((id) => en.render(findingLabel(id)));

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const range = period.value;

describe('buildSummary on the sample diary', () => {
  const s = buildSummary(sampleDiary(), range, SAMPLE_NOW);

  it('names the period, the person and when it was made', () => {
    expect(s).toMatchObject({
      from: '2026-10-01',
      to: '2026-11-27',
      age: 46,
      sex: 'female',
      generatedAt: '2026-11-28T09:00:00.000Z',
    });
    expect(s.disclaimer).toBe(DISCLAIMER);
  });

  it('takes the latest assessment in the period, with its triage, reasons and causes in plain words', () => {
    expect(s.assessmentCount).toBe(3);
    expect(s.latest).toMatchObject({ day: '2026-11-24', level: 'gp' });
    expect(s.latest?.reasons).toHaveLength(2);
    const words = s.latest?.causes.map((c) => causeWords(en, c)) ?? [];
    expect(
      s.latest?.causes.map((c, i) => [words[i]?.name.split(' ')[0], percentText(en, c.probability)]),
    ).toEqual([
      ['Sciatica', '50%'],
      ['Muscle', '41%'],
      ['Medicine', '4%'],
      ['Lumbar', '3%'],
    ]);
    // The knowledge base's short labels, not finding ids.
    expect(words[0]?.for).toEqual(['Pain below the knee', 'Numbness in one leg']);
    expect(words[2]?.for).toEqual(['A statin']);
  });

  it('says "no" before evidence against a cause that the person answered no to', () => {
    const against = s.latest?.causes.flatMap((c) => causeWords(en, c).against) ?? [];
    expect(against.length).toBeGreaterThan(0);
    for (const text of against) expect(text).toMatch(/^no /);
  });

  it('says the latest assessment once: its nudge points to the section instead of repeating the reasons', () => {
    expect(s.nudges[0]?.level).toBe('gp');
    expect(sentences(en, s.nudges[0]?.because ?? [])).toBe('The reasons are under "Latest check".');
    expect(s.nudges.map((n) => n.level)).toEqual(['gp', 'gp', 'gp', 'gp', 'self_care']);
  });

  it('has the pain points, episodes with first and last pain, and the remedy table', () => {
    expect(s.pain.count).toBe(13);
    expect(s.pain.points[0]).toEqual({ t: Date.UTC(2026, 9, 3, 8), pain: 6 });
    expect(
      s.episodes.rows.map((e) => [e.started, e.ended, e.days, e.ongoing, e.painFirst, e.painLast, e.areaIds]),
    ).toEqual([
      ['2026-10-03', '2026-10-09', 7, false, 6, 1, ['lower_back']],
      ['2026-10-29', null, 30, true, 7, 6, ['lower_back', 'right_leg']],
    ]);
    // Clipped to the period, which ends before now.
    expect(s.episodes.spans[1]).toEqual({ start: Date.UTC(2026, 9, 29, 8), end: range.end });
    expect(s.remedies.rows.map((r) => [en.render(r.name), r.sessions, r.enough])).toEqual([
      ['Warmth on the sore muscle', 4, true],
      ['Gentle stretches', 3, true],
      ['Cold pack wrapped in a cloth', 2, false],
    ]);
  });

  it('lists medicines and conditions by their labels, and what the person said no to', () => {
    expect(labels(s.medicineIds)).toEqual(['A statin', 'An anti-inflammatory painkiller']);
    expect(labels(s.conditionIds)).toEqual(['High blood pressure']);
    expect(labels(s.saidNoIds)).toEqual(['Diabetes', 'Past cancer']);
    expect(s.questions).toHaveLength(3);
  });

  it('names every item by id and instant too, for screens in other languages and time zones', () => {
    const diary = sampleDiary();
    expect(s.latest?.causes.map((c) => c.id)).toEqual([
      'sciatica',
      'muscle_strain',
      'medication_side_effect',
      'spinal_stenosis',
    ]);
    const latest = diary.assessments.find((a) => a.id === s.latest?.id);
    expect(latest?.at).toBe(s.latest?.at);
    expect(s.latest?.day).toBe(s.latest?.at.slice(0, 10));
    // The instants behind the days, and the episode records they come from.
    for (const row of s.episodes.rows) {
      const record = diary.episodes.find((x) => x.id === row.id);
      expect(row.startTime).toBe(Date.parse(record?.startedAt ?? ''));
      expect(row.ended).toBe(row.endTime === null ? null : new Date(row.endTime).toISOString().slice(0, 10));
      expect(row.areaIds).toEqual(record?.areas);
    }
    expect(s.episodes.rows.map((e) => [e.endTime === null, e.areaIds])).toEqual([
      [false, ['lower_back']],
      [true, ['lower_back', 'right_leg']],
    ]);
    expect(s.remedies.rows.map((r) => r.remedy)).toEqual(['heat', 'gentle_stretch', 'cold_pack']);
    expect(s.nudges.map((n) => n.id)).toContain('follow_assessment');
    expect([s.medicineIds, s.conditionIds, s.saidNoIds]).toEqual([
      ['med_statin', 'med_nsaid'],
      ['high_blood_pressure'],
      ['diabetes', 'history_cancer'],
    ]);
  });
});

describe('buildSummary on small diaries', () => {
  it('gives an honest empty summary for an empty diary', () => {
    const s = buildSummary(diaryOf(), range, SAMPLE_NOW);
    expect(s.latest).toBeNull();
    expect(s.assessmentCount).toBe(0);
    expect(s.nudges).toEqual([]);
    expect(s.pain.points).toEqual([]);
    expect(s.episodes.rows).toEqual([]);
    expect(s.remedies.rows).toEqual([]);
    expect([s.medicineIds, s.conditionIds, s.saidNoIds, s.questions]).toEqual([[], [], [], []]);
    expect(s.age).toBeNull();
  });

  it('handles a one-entry diary and keeps to the period', () => {
    const one = diaryOf({ episodes: [episode('2026-11-20T08:00:00Z', '2026-11-22T08:00:00Z', 5)] });
    const s = buildSummary(one, range, SAMPLE_NOW);
    expect(s.episodes.rows).toHaveLength(1);
    expect(s.episodes.rows[0]).toMatchObject({ days: 2, painFirst: null, painLast: null, ongoing: false });
    const october = parsePeriod('2026-10-01', '2026-10-31');
    if (!october.ok) throw new Error('bad period');
    expect(buildSummary(one, october.value, SAMPLE_NOW).episodes.rows).toEqual([]);
  });

  it('lists the questions oldest first', () => {
    const d = diaryOf({
      doctorQuestions: [
        question('2026-11-02T00:00:00Z', 'Second?'),
        question('2026-11-01T00:00:00Z', 'First?'),
      ],
    });
    expect(buildSummary(d, range, SAMPLE_NOW).questions).toEqual(['First?', 'Second?']);
  });
});
