import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { checkIn, diaryOf, episode } from './fixtures.ts';
import { DAY_MS } from './period.ts';
import { checkInsOf, episodeRecovery, median, recoverySummary } from './recovery.ts';

const en = renderer('en');

const nov = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const now = Date.UTC(2026, 10, 30, 12);

describe('episodeRecovery', () => {
  it('uses the end the person set', () => {
    const e = episode('2026-11-01T08:00:00Z', '2026-11-06T08:00:00Z', 7);
    const r = episodeRecovery(e, diaryOf({ episodes: [e] }), now);
    expect(r).toMatchObject({ status: 'ended', days: 5, recoveredAt: Date.UTC(2026, 10, 6, 8) });
  });

  it('uses the first pain-free check-in when it comes before the end', () => {
    const e = episode('2026-11-01T08:00:00Z', '2026-11-11T08:00:00Z', 7);
    const checks = [checkIn('2026-11-02T08:00:00Z', 5, e.id), checkIn('2026-11-04T08:00:00Z', 0, e.id)];
    const r = episodeRecovery(e, diaryOf({ episodes: [e], checkIns: checks }), now);
    expect(r).toMatchObject({ status: 'pain_free', days: 3 });
  });

  it('takes a higher recovery threshold when asked', () => {
    const e = episode('2026-11-01T08:00:00Z', null, 7);
    const checks = [checkIn('2026-11-02T08:00:00Z', 2, e.id), checkIn('2026-11-05T08:00:00Z', 0, e.id)];
    const diary = diaryOf({ episodes: [e], checkIns: checks });
    expect(episodeRecovery(e, diary, now).days).toBe(4);
    expect(episodeRecovery(e, diary, now, 2).days).toBe(1);
  });

  it('counts an episode with neither as ongoing, aged to now', () => {
    const e = episode('2026-11-20T12:00:00Z', null, 6);
    const r = episodeRecovery(
      e,
      diaryOf({ episodes: [e], checkIns: [checkIn('2026-11-21T08:00:00Z', 4, e.id)] }),
      now,
    );
    expect(r).toMatchObject({ status: 'ongoing', recoveredAt: null, days: 10 });
  });

  it('ignores an end or a check-in after now', () => {
    const e = episode('2026-11-20T12:00:00Z', '2026-12-05T00:00:00Z', 6);
    const r = episodeRecovery(
      e,
      diaryOf({ episodes: [e], checkIns: [checkIn('2026-12-01T08:00:00Z', 0, e.id)] }),
      now,
    );
    expect(r.status).toBe('ongoing');
  });
});

describe('checkInsOf', () => {
  it('takes linked check-ins and unlinked ones until the next episode starts', () => {
    const a = episode('2026-11-01T08:00:00Z', null, 6);
    const b = episode('2026-11-10T08:00:00Z', null, 6);
    const linkedToB = checkIn('2026-11-05T08:00:00Z', 3, b.id);
    const unlinkedA = checkIn('2026-11-03T08:00:00Z', 4);
    const unlinkedB = checkIn('2026-11-12T08:00:00Z', 2);
    const before = checkIn('2026-10-30T08:00:00Z', 2);
    const all = [linkedToB, unlinkedA, unlinkedB, before];
    expect(checkInsOf(a, [a, b], all)).toEqual([unlinkedA]);
    expect(checkInsOf(b, [a, b], all)).toEqual([linkedToB, unlinkedB]);
  });
});

describe('median', () => {
  it('is the middle value or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([10, 3, 5])).toBe(5);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe('recoverySummary', () => {
  it('says so for an empty diary', () => {
    const r = recoverySummary(diaryOf(), nov, now);
    expect(r).toMatchObject({ episodes: [], medianDays: null });
    expect(r.messages.map((x) => en.render(x))).toEqual(['No episodes in this period.']);
  });

  it('handles a diary with one ongoing episode', () => {
    const e = episode('2026-11-27T12:00:00Z', null, 5);
    const r = recoverySummary(diaryOf({ episodes: [e] }), nov, now);
    expect(r.medianDays).toBeNull();
    expect(r.messages.map((x) => en.render(x)).join(' ')).toBe(
      'None of the 1 episode has settled yet. One is still going after 3 days.',
    );
  });

  it('gives the median over the settled episodes', () => {
    const diary = diaryOf({
      episodes: [
        episode('2026-11-01T00:00:00Z', '2026-11-04T00:00:00Z', 5),
        episode('2026-11-10T00:00:00Z', '2026-11-20T00:00:00Z', 5),
        episode('2026-11-21T00:00:00Z', '2026-11-26T00:00:00Z', 5),
        episode('2026-11-28T12:00:00Z', null, 5),
      ],
    });
    const r = recoverySummary(diary, nov, now);
    expect(r.recoveredDays).toEqual([3, 10, 5]);
    expect(r.medianDays).toBe(5);
    expect(r.messages.map((x) => en.render(x)).join(' ')).toBe(
      '3 of 4 episodes settled, in a median of 5 days. One is still going after 2 days.',
    );
    expect(r.episodes[3]?.days).toBe((2 * DAY_MS) / DAY_MS);
  });
});
