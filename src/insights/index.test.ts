import { describe, expect, it } from 'vitest';
import { diaryExportSchema } from '../diary/model.ts';
import { renderer } from '../i18n/catalogs.ts';
import type { Message } from '../i18n/message.ts';
import { assessment, checkIn, diaryOf, episode, exportOf, question, session } from './fixtures.ts';
import { computeInsights } from './index.ts';

const en = renderer('en');

const nov = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const now = Date.UTC(2026, 10, 30, 12);

describe('computeInsights', () => {
  it('gives honest empty answers for an empty diary', () => {
    const i = computeInsights(diaryOf(), nov, now);
    expect(i.episodes.count).toBe(0);
    expect(i.pain.direction).toBe('unknown');
    expect(i.recovery.episodes).toEqual([]);
    expect(i.remedies.effects).toEqual([]);
    expect(i.nudges).toEqual([]);
  });

  it('gives honest answers for a diary with one entry of each kind', () => {
    const e = episode('2026-11-28T08:00:00Z', null, 6);
    const diary = diaryOf({
      episodes: [e],
      checkIns: [checkIn('2026-11-29T08:00:00Z', 5, e.id)],
      remedySessions: [session('heat_wrap', '2026-11-29T09:00:00Z', 5, 3)],
      assessments: [assessment('2026-11-28T09:00:00Z', { level: 'self_care' })],
      doctorQuestions: [question('2026-11-28T09:00:00Z', 'Should I keep working?')],
    });
    expect(diaryExportSchema.safeParse(exportOf(diary, '2026-11-30T12:00:00Z')).success).toBe(true);
    const i = computeInsights(diary, nov, now);
    expect(i.episodes.count).toBe(1);
    expect(en.render(i.pain.message)).toBe(
      'One pain check-in (5 out of 10): too few to tell whether pain is changing.',
    );
    expect(i.recovery.messages.map((x) => en.render(x)).join(' ')).toBe(
      'None of the 1 episode has settled yet. One is still going after 2 days.',
    );
    expect(i.remedies.effects[0]).toMatchObject({ enough: false, meanDrop: 2 });
    expect(en.render((i.remedies.effects[0] as { name: Message }).name)).toBe('Heat wrap');
    expect(i.nudges).toEqual([]);
  });
});
