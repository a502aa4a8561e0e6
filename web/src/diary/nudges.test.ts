import { describe, expect, it } from 'vitest';
import type { CheckIn, SavedAssessment } from '../../../src/diary/model.ts';
import { nudges } from './nudges.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const DAY = 86_400_000;
let n = 0;
const checkIn = (daysAgo: number, pain: number): CheckIn => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  episodeId: null,
  at: new Date(NOW - daysAgo * DAY).toISOString(),
  pain,
  notes: '',
});
const empty = { checkIns: [], episodes: [], assessments: [] };

describe('doctor nudges from the diary', () => {
  it('says nothing for a spasm that is settling', () => {
    const checkIns = [checkIn(10, 7), checkIn(7, 5), checkIn(4, 3), checkIn(1, 2)];
    expect(nudges({ ...empty, checkIns }, NOW)).toEqual([]);
  });

  it('nudges when pain is not clearly better after 3 weeks', () => {
    const checkIns = [checkIn(25, 6), checkIn(24, 6), checkIn(15, 5), checkIn(1, 5)];
    expect(nudges({ ...empty, checkIns }, NOW)).toEqual([{ kind: 'not_improving', days: 25 }]);
  });

  it('does not nudge before 3 weeks even without improvement', () => {
    const checkIns = [checkIn(15, 6), checkIn(1, 6)];
    expect(nudges({ ...empty, checkIns }, NOW)).toEqual([]);
  });

  it('nudges when pain keeps getting worse', () => {
    const checkIns = [checkIn(6, 3), checkIn(5, 3), checkIn(2, 6), checkIn(1, 7)];
    expect(nudges({ ...empty, checkIns }, NOW)).toEqual([{ kind: 'getting_worse', from: 3, to: 7 }]);
  });

  it('nudges after a recent check found warning signs, not an old one', () => {
    const a = (daysAgo: number, level: string): SavedAssessment => ({
      id: '00000000-0000-4000-8000-00000000aaaa',
      at: new Date(NOW - daysAgo * DAY).toISOString(),
      input: {},
      output: { triage: { level } },
    });
    expect(nudges({ ...empty, assessments: [a(2, 'urgent')] }, NOW)).toEqual([
      { kind: 'warning_signs', level: 'urgent', at: new Date(NOW - 2 * DAY).toISOString() },
    ]);
    expect(nudges({ ...empty, assessments: [a(30, 'urgent')] }, NOW)).toEqual([]);
    expect(nudges({ ...empty, assessments: [a(1, 'self_care')] }, NOW)).toEqual([]);
  });
});
