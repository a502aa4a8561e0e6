import { describe, expect, it } from 'vitest';
import type { Diary } from '../diary/model.ts';
import { toEvidence } from '../engine/evidence.ts';
import { person } from '../engine/testing.ts';
import { triage } from '../engine/triage.ts';
import { renderer } from '../i18n/catalogs.ts';
import type { Message } from '../i18n/message.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { assessment, checkIn, diaryOf, episode } from './fixtures.ts';
import { escalationNudges } from './nudges.ts';
import { DAY_MS } from './period.ts';

const en = renderer('en');
const kb = getKnowledge();
/** What set a nudge off, in English words. */
const because = (n: { because: readonly Message[] } | undefined) =>
  n?.because.map((x) => en.render(x)).join(' ');

const now = Date.UTC(2026, 10, 30, 12);
const daysAgo = (d: number) => new Date(now - d * DAY_MS).toISOString();
const ids = (diary: Diary) => escalationNudges(diary, now).map((n) => n.id);

describe('escalationNudges', () => {
  it('has nothing to say about an empty diary', () => {
    expect(escalationNudges(diaryOf(), now)).toEqual([]);
  });

  it('has nothing to say about one mild check-in', () => {
    expect(ids(diaryOf({ checkIns: [checkIn(daysAgo(1), 3)] }))).toEqual([]);
  });

  describe('no improvement (clinical.md §5.2)', () => {
    it('nudges to a GP or physio after 21 days without a 2-point fall', () => {
      const e = episode(daysAgo(25), null, 6);
      const diary = diaryOf({
        episodes: [e],
        checkIns: [checkIn(daysAgo(24), 6, e.id), checkIn(daysAgo(2), 5, e.id)],
      });
      const [n] = escalationNudges(diary, now);
      expect(n).toMatchObject({ id: 'no_improvement_3_weeks', level: 'gp', sources: ['R13'] });
      expect(because(n)).toContain('has lasted 25 days');
    });

    it('stays quiet when pain has fallen by 2 points or more', () => {
      const e = episode(daysAgo(25), null, 7);
      const diary = diaryOf({
        episodes: [e],
        checkIns: [checkIn(daysAgo(24), 7, e.id), checkIn(daysAgo(1), 3, e.id)],
      });
      expect(ids(diary)).toEqual([]);
    });

    it('stays quiet before 21 days', () => {
      expect(ids(diaryOf({ episodes: [episode(daysAgo(20), null, 6)] }))).toEqual([]);
    });

    it('stays quiet for an episode that has ended', () => {
      expect(ids(diaryOf({ episodes: [episode(daysAgo(60), daysAgo(40), 6)] }))).toEqual([]);
    });

    it('says see a GP at 6 weeks even if somewhat better, and only that', () => {
      const e = episode(daysAgo(45), null, 8);
      const diary = diaryOf({
        episodes: [e],
        checkIns: [checkIn(daysAgo(44), 8, e.id), checkIn(daysAgo(1), 3, e.id)],
      });
      expect(ids(diary)).toEqual(['not_better_6_weeks']);
    });
  });

  it('nudges when pain is getting worse over the last 2 weeks, and when it is severe', () => {
    const e = episode(daysAgo(10), null, 8);
    const diary = diaryOf({
      episodes: [e],
      checkIns: [checkIn(daysAgo(10), 3, e.id), checkIn(daysAgo(6), 5, e.id), checkIn(daysAgo(1), 8, e.id)],
    });
    expect(ids(diary)).toEqual(['getting_worse', 'severe_pain']);
  });

  it('follows the check on severe pain: one check-in of 7 early in an episode is not a reason to see a GP', () => {
    const e = episode(daysAgo(2), null, 7);
    expect(ids(diaryOf({ episodes: [e], checkIns: [checkIn(daysAgo(1), 7, e.id)] }))).toEqual([]);
    // The check agrees: pain 7 on day 2 with no warning signs is self-care.
    expect(
      triage(
        kb,
        toEvidence(
          person({ present: ['pain_lower_back'], values: { pain_severity: 7, duration_days: 2 } }),
          kb.findings,
        ),
      ).level,
    ).toBe('self_care');
  });

  it('severe check-ins for a week without getting better are a reason, as in the check', () => {
    const diary = diaryOf({
      checkIns: [checkIn(daysAgo(8), 8), checkIn(daysAgo(4), 8), checkIn(daysAgo(1), 8)],
    });
    expect(ids(diary)).toContain('severe_pain');
    expect(
      triage(
        kb,
        toEvidence(
          person({ present: ['pain_lower_back'], values: { pain_severity: 8, duration_days: 8 } }),
          kb.findings,
        ),
      ).level,
    ).toBe('gp');
  });

  it('does not call old severe pain current', () => {
    expect(ids(diaryOf({ checkIns: [checkIn(daysAgo(9), 9)] }))).toEqual([]);
  });

  describe('saved assessments', () => {
    it('repeats an urgent result from the last 7 days, with its reasons', () => {
      const a = assessment(daysAgo(2), {
        level: 'urgent',
        reasons: ['A fever with back pain can mean an infection.'],
        action: 'Get medical help today.',
      });
      const [n] = escalationNudges(diaryOf({ assessments: [a] }), now);
      expect(n).toMatchObject({ id: 'follow_assessment', level: 'urgent', assessmentId: a.id });
      expect(n && en.render(n.message)).toContain('said to get medical help today');
      // An older record's rule is unknown today, so its reason is shown in the words it was saved with.
      expect(n?.because.map((x) => en.render(x)).join(' ')).toBe(
        'It found: A fever with back pain can mean an infection.',
      );
    });

    it('follows only the latest assessment, and only while it is current', () => {
      const old = assessment(daysAgo(10), { level: 'emergency', action: 'Call now.' });
      expect(ids(diaryOf({ assessments: [old] }))).toEqual([]);
      const newer = assessment(daysAgo(1), { level: 'self_care' });
      const urgentBefore = assessment(daysAgo(3), { level: 'urgent' });
      expect(ids(diaryOf({ assessments: [urgentBefore, newer] }))).toEqual([]);
    });

    it('nudges to a GP when pain stops daily activities and the check itself did not', () => {
      const a = assessment(daysAgo(1), { level: 'self_care', present: ['stops_daily_activities'] });
      expect(ids(diaryOf({ assessments: [a] }))).toEqual(['daily_activities']);
      const gp = assessment(daysAgo(1), { level: 'gp', present: ['struggling_to_cope'] });
      expect(ids(diaryOf({ assessments: [gp] }))).toEqual(['follow_assessment']);
    });

    it('nudges when numbness in one leg is still there a week after it was first reported', () => {
      const first = assessment(daysAgo(9), { level: 'self_care', present: ['numbness_one_leg'] });
      const still = assessment(daysAgo(1), { level: 'self_care', present: ['numbness_one_leg'] });
      const gone = assessment(daysAgo(1), { level: 'self_care', absent: ['numbness_one_leg'] });
      const tooSoon = assessment(daysAgo(4), { level: 'self_care', present: ['weakness_one_leg'] });
      expect(ids(diaryOf({ assessments: [first, still] }))).toEqual(['leg_symptoms_1_week']);
      expect(ids(diaryOf({ assessments: [first, gone] }))).toEqual([]);
      expect(ids(diaryOf({ assessments: [tooSoon] }))).toEqual([]);
    });
  });

  describe('recurrent episodes', () => {
    it('gives prevention advice, not an alarm, for episodes at a steady rate', () => {
      const diary = diaryOf({
        episodes: [
          episode(daysAgo(120), daysAgo(115), 5),
          episode(daysAgo(80), daysAgo(75), 5),
          episode(daysAgo(40), daysAgo(35), 5),
        ],
      });
      const nudges = escalationNudges(diary, now);
      expect(nudges.map((n) => [n.id, n.level])).toEqual([['recurrence_prevention', 'self_care']]);
    });

    it('nudges to a GP when episodes come more often', () => {
      const diary = diaryOf({
        episodes: [
          episode(daysAgo(100), daysAgo(95), 5),
          episode(daysAgo(40), daysAgo(35), 5),
          episode(daysAgo(20), daysAgo(15), 5),
        ],
      });
      const [n] = escalationNudges(diary, now);
      expect(n?.id).toBe('recurrent_worse_or_more_frequent');
      expect(because(n)).toBe(
        'The latest episode came 20 days after the one before, against 60 days on average before that.',
      );
    });

    it('nudges to a GP when each episode is worse', () => {
      const diary = diaryOf({
        episodes: [
          episode(daysAgo(120), daysAgo(115), 3),
          episode(daysAgo(80), daysAgo(75), 5),
          episode(daysAgo(40), daysAgo(35), 7),
        ],
      });
      const [n] = escalationNudges(diary, now);
      expect(n?.id).toBe('recurrent_worse_or_more_frequent');
      expect(because(n)).toContain('(3, 5 and 7)');
    });
  });

  describe('medicines in the profile', () => {
    const profile = (ids: string[]) => ({
      age: 60,
      sex: 'male' as const,
      country: null,
      language: null,
      evidence: ids.map((id) => ({ id, state: 'present' as const })),
    });

    it('suggests a medicine review for a statin when there are spasm episodes', () => {
      const withEpisode = diaryOf({
        profile: profile(['med_statin']),
        episodes: [episode(daysAgo(3), null, 5)],
      });
      const [n] = escalationNudges(withEpisode, now);
      expect(n).toMatchObject({ id: 'medicine_review', level: 'gp' });
      expect(because(n)).toBe('Your profile lists a statin.');
      expect(ids(diaryOf({ profile: profile(['med_statin']) }))).toEqual([]);
    });

    it('asks for a review of a muscle relaxant', () => {
      expect(ids(diaryOf({ profile: profile(['med_muscle_relaxant']) }))).toEqual(['muscle_relaxant_review']);
    });
  });

  it('puts the most urgent nudge first', () => {
    const diary = diaryOf({
      episodes: [episode(daysAgo(30), null, 6), episode(daysAgo(90), daysAgo(80), 4)],
      assessments: [assessment(daysAgo(1), { level: 'emergency', action: 'Call the emergency number now.' })],
    });
    const levels = escalationNudges(diary, now).map((n) => n.level);
    expect(levels).toEqual(['emergency', 'gp', 'self_care']);
  });
});
