/**
 * Time: how long the episode has lasted, counted from the date passed in, never from the clock.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';
import { numberOf, read } from './testing/read.ts';

const days = (text: string, today?: string) => numberOf(text, 'duration_days', today ? { today } : {});

describe('time', () => {
  it.each([
    ['My back has hurt for three weeks.', 21],
    ['My lower back started aching yesterday.', 1],
    ['This morning my back went into spasm.', 0],
    ['I hurt my back lifting a sofa five days ago.', 5],
    ['My back has ached for about two and a half weeks.', 17.5],
    ['The pain started a couple of days ago.', 2],
    ['Back pain for a fortnight.', 14],
    ['Low back pain x 3 days after lifting.', 3],
    ['LBP 2/52.', 14],
    ['Three-day history of back pain.', 3],
    ['Over the last six months my back has been stiff.', 180],
    ['About an hour ago a terrible pain started in my back.', 0],
    ['My back pain began 48 hours ago.', 2],
    ['Back pain, onset 6 weeks prior.', 42],
    ['Back pain 3 weeks, 8/10, after lifting.', 21],
    ['Back pain for 3-4 days.', 3.5],
    ["It's been about a week, my back hurts.", 7],
  ])('"%s" lasts %s days', (text, expected) => {
    expect(days(text)).toBe(expected);
  });

  it('reads a start timed to the hour within the day as sudden, and not one dated days back in hours', () => {
    expect(read('My back pain started 2 hours ago.').get('onset_sudden')?.state).toBe('present');
    expect(read('My back pain began 48 hours ago.').get('onset_sudden')).toBeUndefined();
  });

  it('counts "since Tuesday" from the date passed in, and the same story another day gives another answer', () => {
    const text = 'My back has hurt since Tuesday.';
    expect(days(text, '2026-12-03')).toBe(2); // a Thursday
    expect(days(text, '2026-12-08')).toBe(7); // the next Tuesday: a week ago
  });

  it('cannot place a weekday or a date without today: no duration, and the words are listed as not understood', () => {
    const out = parseStory({ text: 'My back has hurt since Tuesday.' });
    expect(out.evidence.find((e) => e.id === 'duration_days')).toBeUndefined();
    expect(out.unrecognised.map((u) => u.text)).toEqual(['since Tuesday']);
    expect(days('My back has been bad since the 20th of November.', '2026-12-02')).toBe(12);
    expect(days('My back has been bad since the 20th of November.')).toBeUndefined();
  });

  it('dates a medicine by a time in brackets after it, and the episode by "since … ago" after one', () => {
    expect(days('My back has cramped for ten days, and I take spironolactone (added two months ago).')).toBe(
      10,
    );
    expect(days('Spasms in my lower back since I started the new inhaler (Symbicort) six weeks ago.')).toBe(
      42,
    );
  });

  it('takes "in 1960", "in October" as when something happened, never as how long the episode has lasted', () => {
    expect(days('I was born in 1960 and have had back pain for 3 days.', '2026-12-07')).toBe(3);
    expect(days('Back pain for a week, I had a baby in October.', '2026-12-07')).toBe(7);
    expect(days('I had a slipped disc in 2019, this time it started 2 days ago.', '2026-12-07')).toBe(2);
  });

  it('places a month or a year alone at the middle of its part up to today', () => {
    expect(days('My back has hurt since October.', '2026-12-07')).toBe(52);
    expect(days('Lower back pain since December.', '2026-12-07')).toBe(3);
    expect(days('Back pain since March 2025.', '2026-12-07')).toBe(631);
    expect(days('My back has hurt since October.')).toBeUndefined();
    // A month not yet begun this year is last year's, counted to its own end, not to today.
    expect(days('Back pain since December.', '2027-02-10')).toBe(56);
    // "in 2 minds" is no year.
    expect(days('I was in 2 minds about writing. My back hurts.', '2026-12-07')).toBeUndefined();
  });

  it('takes an operation dated long ago as neither recent nor the start of the episode', () => {
    const today = { today: '2026-12-07' };
    const old = read('I had an operation on my lower back in 2015.', today);
    expect(old.get('recent_infection_or_spinal_procedure')).toBeUndefined();
    expect(old.get('duration_days')).toBeUndefined();
    const recent = read("I had surgery on my spine in October and now there's redness and fever.", today);
    expect(recent.get('recent_infection_or_spinal_procedure')?.state).toBe('present');
  });

  it('dates the episode, not a medicine, an operation or an earlier illness', () => {
    expect(
      days(
        'About six weeks ago my doctor started me on furosemide. For the last two weeks my back has cramped.',
      ),
    ).toBe(14);
    expect(days('I had a hip replacement three weeks ago. For two days my calf has been swollen.')).toBe(2);
    expect(days('I had breast cancer six years ago. For three weeks I have had a new backache.')).toBe(21);
    expect(days('I was told I had sciatica two years ago and it settled. Nine days ago it came back.')).toBe(
      9,
    );
  });

  it('takes the longest time said about the episode', () => {
    expect(days('My back has been bad for a week. This morning I wet myself.')).toBe(7);
  });

  it('leaves out times that are not about the episode', () => {
    expect(
      read('I played 18 holes of golf for the first time since winter.').get('duration_days'),
    ).toBeUndefined();
    expect(days("I'm 34 weeks pregnant and my back aches.")).toBeUndefined();
  });
});

describe('"been this way" gives how long, as "been like this" does', () => {
  it.each([
    ['back pain, been this way 3 days', 3],
    ['My back hurts. It has been this way for a week.', 7],
  ])('"%s" has lasted %i days', (text, days) => {
    expect(numberOf(text, 'duration_days', { today: '2026-12-07' })).toBe(days);
  });
});
