import { describe, expect, it } from 'vitest';
import type { RemedySession } from '../../../src/diary/model.ts';
import { remedyStats } from './remedy-stats.ts';

const s = (remedy: string, painBefore: number, painAfter: number | null): RemedySession => ({
  id: '00000000-0000-4000-8000-000000000001',
  episodeId: null,
  remedy,
  startedAt: '2026-11-28T08:00:00Z',
  minutes: 20,
  painBefore,
  painAfter,
  notes: '',
});

describe('remedy stats', () => {
  it('averages pain before and after per remedy, most helpful first, skipping unfinished sessions', () => {
    expect(
      remedyStats([s('stretch', 6, 5), s('heat', 7, 4), s('heat', 6, 3), s('heat', 5, null)]),
    ).toEqual([
      { remedy: 'heat', sessions: 2, meanBefore: 6.5, meanAfter: 3.5, meanRelief: 3 },
      { remedy: 'stretch', sessions: 1, meanBefore: 6, meanAfter: 5, meanRelief: 1 },
    ]);
  });
});
