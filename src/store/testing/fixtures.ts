/** Valid records of every collection, for store and server tests. */
import { randomUUID } from 'node:crypto';
import type { Diary, Profile } from '../../diary/model.ts';
import type { CollectionName, CollectionRecords } from '../collections.ts';
import type { Session, User } from '../store.ts';

export function makeUser(email = `${randomUUID()}@example.test`): User {
  return {
    id: randomUUID(),
    email,
    passwordHash: '$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA',
    createdAt: 1,
  };
}

export function makeSession(userId: string, overrides: Partial<Session> = {}): Session {
  return {
    tokenHash: randomUUID().replaceAll('-', ''),
    userId,
    createdAt: 1_000,
    lastSeenAt: 1_000,
    expiresAt: 1_000_000,
    ...overrides,
  };
}

/** Text that would break string-built SQL or unescaped HTML, plus characters that trip encoders. */
export const HOSTILE_TEXT = `Robert'); DROP TABLE diary_entries;-- <script>alert(1)</script> \u0000 "q" \\ 😖 ü \ud800`;

export function makeRecord<C extends CollectionName>(
  c: C,
  at = '2026-11-28T08:00:00Z',
  id: string = randomUUID(),
): CollectionRecords[C] {
  const records: { [K in CollectionName]: () => CollectionRecords[K] } = {
    episodes: () => ({
      id,
      startedAt: at,
      endedAt: null,
      areas: ['lower_back'],
      pain: 6,
      triggers: ['lifting'],
      notes: 'bent to pick up a box',
    }),
    checkIns: () => ({ id, episodeId: null, at, pain: 4, notes: '' }),
    remedySessions: () => ({
      id,
      episodeId: null,
      remedy: 'heat_wrap',
      startedAt: at,
      minutes: 20,
      painBefore: 6,
      painAfter: 4,
      notes: '',
    }),
    assessments: () => ({
      id,
      at,
      input: { age: 38, sex: 'male', evidence: [{ id: 'pain_lower_back', state: 'present' }] },
      output: { triage: { level: 'self_care' }, nested: [1, 2.5, null, { deep: true }] },
    }),
    doctorQuestions: () => ({ id, createdAt: at, text: 'Should I have a scan?' }),
  };
  return records[c]();
}

export const PROFILE: Profile = { age: 38, sex: 'male', evidence: [], country: 'GB', language: null };

/** One of everything, with hostile text in the free-text fields. */
export function makeDiary(): Diary {
  const episode = { ...makeRecord('episodes', '2026-11-20T07:30:00+01:00'), notes: HOSTILE_TEXT };
  return {
    profile: PROFILE,
    episodes: [episode, makeRecord('episodes', '2026-11-25T10:00:00.123Z')],
    checkIns: [
      { ...makeRecord('checkIns', '2026-11-20T09:00:00Z'), episodeId: episode.id, notes: HOSTILE_TEXT },
      makeRecord('checkIns', '2026-11-21T09:00:00-05:00'),
    ],
    remedySessions: [makeRecord('remedySessions', '2026-11-20T10:00:00Z')],
    assessments: [makeRecord('assessments', '2026-11-20T06:00:00Z')],
    doctorQuestions: [
      { ...makeRecord('doctorQuestions', '2026-11-22T12:00:00Z'), text: HOSTILE_TEXT.trim() },
    ],
  };
}
