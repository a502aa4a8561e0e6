import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { msg } from '../i18n/message.ts';
import { session } from './fixtures.ts';
import { remedyEffects, remedyName } from './remedies.ts';

const en = renderer('en');

const nov = { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 11, 1) };
const at = (d: number) => `2026-11-${String(d).padStart(2, '0')}T18:00:00Z`;

describe('remedyEffects', () => {
  it('says so when there are no sessions', () => {
    const r = remedyEffects([], nov);
    expect(r).toMatchObject({ effects: [], best: null });
    expect(en.render(r.message)).toBe('No remedy sessions in this period.');
  });

  it('calls one session too few to tell', () => {
    const r = remedyEffects([session('heat_wrap', at(2), 7, 4)], nov);
    expect(r.best).toBeNull();
    expect(r.effects[0]).toMatchObject({
      remedy: 'heat_wrap',
      sessions: 1,
      rated: 1,
      meanDrop: 3,
      enough: false,
    });
    expect(r.effects[0] && en.render(r.effects[0].name)).toBe('Heat wrap');
    expect(r.effects[0] && en.render(r.effects[0].note)).toBe(
      'Pain went down by 3 points on average over 1 rated session: too few to tell (it takes 3).',
    );
    expect(en.render(r.message)).toContain('Too few sessions to tell');
  });

  it('ranks remedies with enough sessions first, by mean drop', () => {
    const sessions = [
      session('heat_wrap', at(1), 7, 4),
      session('heat_wrap', at(2), 6, 4),
      session('heat_wrap', at(3), 5, 4),
      session('heat_wrap', at(4), 5, null), // not rated after: counted, not averaged
      session('stretching', at(5), 8, 4),
      session('stretching', at(6), 8, 4),
      session('walking', at(7), 4, 4),
      session('walking', at(8), 4, 5),
      session('walking', at(9), 4, 3),
      session('cold_pack', '2026-10-30T10:00:00Z', 9, 0), // outside the period
    ];
    const r = remedyEffects(sessions, nov, (id) =>
      id === 'heat_wrap' ? msg('remedy.other', { name: 'Heat' }) : remedyName(id),
    );
    expect(r.effects.map((e) => [e.remedy, e.meanDrop, e.enough])).toEqual([
      ['heat_wrap', 2, true],
      ['walking', 0, true],
      ['stretching', 4, false],
    ]);
    expect(r.effects[0]).toMatchObject({ sessions: 4, rated: 3, totalMinutes: 80 });
    expect(r.best?.remedy).toBe('heat_wrap');
    expect(en.render(r.message)).toBe(
      'Heat was followed by the largest drop in pain: 2 points on average over 3 rated sessions. Back pain often eases on its own too, so this shows what went with relief, not proof that it caused it.',
    );
  });

  it('names no best remedy when none was followed by a drop', () => {
    const sessions = [3, 4, 5].map((d) => session('walking', at(d), 4, 5));
    const r = remedyEffects(sessions, nov);
    expect(r.best).toBeNull();
    expect(r.effects[0] && en.render(r.effects[0].note)).toBe(
      'Pain went up by 1 point on average over 3 rated sessions.',
    );
    expect(en.render(r.message)).toBe(
      'No remedy was followed by a drop in pain on average over enough sessions to tell.',
    );
  });

  it('says the effect is unknown when pain was never rated after', () => {
    const r = remedyEffects([session('massage', at(3), 6, null)], nov);
    expect(r.effects[0]).toMatchObject({ meanDrop: null, rated: 0, sessions: 1 });
    expect(r.effects[0] && en.render(r.effects[0].note)).toBe(
      'Pain was not rated after any session, so the effect is unknown.',
    );
  });
});
