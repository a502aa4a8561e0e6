import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { episodeRate, episodesDuring } from './episodes.ts';
import { diaryOf, episode } from './fixtures.ts';
import { WEEK_MS } from './period.ts';

const en = renderer('en');

const fourWeeks = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 10, 1) + 4 * WEEK_MS };

describe('episodeRate', () => {
  it('says so for an empty diary', () => {
    const r = episodeRate(diaryOf(), fourWeeks);
    expect(r.count).toBe(0);
    expect(r.perWeek).toBe(0);
    expect(r.buckets).toHaveLength(4);
    expect(r.buckets.every((b) => b.count === 0)).toBe(true);
    expect(en.render(r.message)).toBe('No new episode started in this period.');
  });

  it('counts one episode', () => {
    const r = episodeRate(diaryOf({ episodes: [episode('2026-11-03T09:00:00Z', null, 6)] }), fourWeeks);
    expect(r.count).toBe(1);
    expect(r.perWeek).toBe(0.25);
    expect(r.buckets.map((b) => b.count)).toEqual([1, 0, 0, 0]);
    expect(en.render(r.message)).toBe('1 episode started in 4 weeks (about 0.3 a week).');
  });

  it('counts only episodes that start in the period, in weekly buckets', () => {
    const diary = diaryOf({
      episodes: [
        episode('2026-10-20T09:00:00Z', '2026-11-04T09:00:00Z', 5), // started before: not counted
        episode('2026-11-02T09:00:00Z', '2026-11-03T09:00:00Z', 4),
        episode('2026-11-20T09:00:00Z', '2026-11-22T09:00:00Z', 7),
        episode('2026-11-28T23:00:00Z', null, 3),
        episode('2026-11-29T00:00:00Z', null, 3), // the period's end is exclusive
      ],
    });
    const r = episodeRate(diary, fourWeeks);
    expect(r.count).toBe(3);
    expect(r.perWeek).toBe(0.75);
    expect(r.buckets.map((b) => b.count)).toEqual([1, 0, 1, 1]);
  });
});

describe('episodesDuring', () => {
  it('includes episodes that started before the period and were still going in it', () => {
    const before = episode('2026-10-20T09:00:00Z', '2026-11-04T09:00:00Z', 5);
    const over = episode('2026-10-01T09:00:00Z', '2026-10-05T09:00:00Z', 5);
    const open = episode('2026-09-01T09:00:00Z', null, 5);
    expect(episodesDuring([over, before, open], fourWeeks)).toEqual([open, before]);
  });
});
