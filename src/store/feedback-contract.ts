/**
 * The contract of the feedback store, run on memory (unit project), SQLite and PostgreSQL (int).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackReport } from './feedback.ts';
import type { Store } from './store.ts';
import type { StoreHarness } from './store-contract.ts';
import { makeRecord, makeSession, makeUser } from './testing/fixtures.ts';

/** Quotes, SQL, markup, a newline, right-to-left text and an emoji: stored and read back as they are. */
const AWKWARD = `Robert'); DROP TABLE feedback_reports;-- <b>"q"</b> \\ line\nbreak مرحبا 😖`;

function report(overrides: Partial<FeedbackReport> = {}): FeedbackReport {
  return {
    id: randomUUID(),
    receivedAt: 1_800_000_000_000,
    problem: 'unclear',
    item: { kind: 'advice', id: 'heat' },
    text: null,
    lang: null,
    answers: null,
    ...overrides,
  };
}

export function describeFeedbackContract(name: string, open: () => Promise<StoreHarness>): void {
  describe(`Feedback store contract: ${name}`, () => {
    let h: StoreHarness;
    let store: Store;
    // Each test works after its own time, so the tests of one store never see each other's reports.
    let base = 1_800_000_000_000;
    const since = () => {
      base += 1_000_000;
      return base;
    };
    beforeAll(async () => {
      h = await open();
      store = h.store;
    });
    afterAll(async () => {
      await h?.cleanup();
    });

    it('stores a report and reads it back exactly, with and without its optional parts', async () => {
      const t = since();
      const full = report({
        receivedAt: t,
        problem: 'unsafe',
        item: { kind: 'triage', id: 'self_care' },
        text: AWKWARD,
        lang: 'en',
        answers: {
          age: 41,
          sex: 'female',
          evidence: [
            { id: 'pain_lower_back', state: 'present' },
            { id: 'pain_severity', state: 'present', value: 7 },
          ],
        },
      });
      const bare = report({ receivedAt: t + 1 });
      await store.feedback.add(full);
      await store.feedback.add(bare);
      expect(await store.feedback.list({ since: t, limit: 10 })).toEqual([full, bare]);
    });

    it('lists oldest first from a time, ties by id, up to the limit', async () => {
      const t = since();
      const a = report({ id: 'b0000000-0000-4000-8000-000000000000', receivedAt: t + 5 });
      const b = report({ id: 'a0000000-0000-4000-8000-000000000000', receivedAt: t + 5 });
      const c = report({ receivedAt: t + 1 });
      const before = report({ receivedAt: t - 1 });
      for (const r of [a, b, c, before]) await store.feedback.add(r);
      expect((await store.feedback.list({ since: t, limit: 10 })).map((r) => r.id)).toEqual([
        c.id,
        b.id,
        a.id,
      ]);
      expect((await store.feedback.list({ since: t, limit: 2 })).map((r) => r.id)).toEqual([c.id, b.id]);
      expect((await store.feedback.list({ limit: 100_000 })).map((r) => r.id)).toContain(before.id);
    });

    it('never overwrites a stored report with another of the same id', async () => {
      const t = since();
      const first = report({ receivedAt: t, text: 'first' });
      await store.feedback.add(first);
      await store.feedback.add({ ...first, text: 'second', problem: 'other' });
      expect(await store.feedback.list({ since: t, limit: 10 })).toEqual([first]);
    });

    it('is kept apart from accounts and diaries: deleting an account leaves reports, and reports add no diary rows', async () => {
      const t = since();
      const user = makeUser();
      expect(await store.createUser(user, makeSession(user.id))).toBe('created');
      await store.putEntry(user.id, 'checkIns', makeRecord('checkIns'), t);
      const counts = await store.countRows();
      const r = report({ receivedAt: t, text: 'a report sent while signed in' });
      await store.feedback.add(r);
      expect(await store.countRows()).toEqual(counts);
      await store.deleteUser(user.id);
      expect(await store.feedback.list({ since: t, limit: 10 })).toEqual([r]);
      const exported = await store.exportDiary(user.id);
      expect(JSON.stringify(exported)).not.toContain('a report sent while signed in');
    });
  });
}
