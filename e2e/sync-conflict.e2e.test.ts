/**
 * Two devices of one person (two browser profiles, one account) change the same diary entry while
 * offline and sync in either order: the second to sync is asked, sees both versions, and its choice
 * reaches both devices and the server. A change against a deletion is asked about too. The choosing
 * screen passes the screen checks (axe, 44 px targets, no sideways scroll) and works offline.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from './browser.ts';

const PASSWORD = 'correct horse battery';
const HOUR = 3_600_000;

let browser: Browser;
beforeAll(async () => {
  if (inject('server') !== 'backease') throw new Error('The sync tests need the real server.');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Device {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

async function device(name: string): Promise<Device> {
  const context = await newPhoneContext(browser, inject('baseURL'));
  return { name, context, page: await context.newPage() };
}

async function signUp(d: Device, email: string) {
  await d.page.goto('/account');
  await d.page.getByLabel('Email').fill(email);
  await d.page.getByLabel('Password').fill(PASSWORD);
  await d.page.getByRole('button', { name: 'Create account' }).click();
  await d.page.getByText(`Signed in as ${email}.`).waitFor();
}

async function signIn(d: Device, email: string) {
  await d.page.goto('/account');
  await d.page.getByRole('button', { name: 'I already have an account' }).click();
  await d.page.getByLabel('Email').fill(email);
  await d.page.getByLabel('Password').fill(PASSWORD);
  await d.page.getByRole('button', { name: 'Sign in' }).click();
  await d.page.getByText(`Signed in as ${email}.`).waitFor();
}

const status = (d: Device, text: string) => d.page.getByRole('status').filter({ hasText: text }).waitFor();

/** Syncs with the button; the status says "Syncing…" at once, so the words awaited are this sync's. */
async function syncNow(d: Device, expected = 'Synced.') {
  await d.page.getByRole('button', { name: 'Sync now' }).click();
  await status(d, expected);
}

interface ServerEpisode {
  id: string;
  endedAt: string | null;
  version: number;
}

async function serverEpisodes(d: Device): Promise<ServerEpisode[]> {
  return d.page.evaluate(async () => {
    const res = await fetch('/api/v1/episodes?limit=100', { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`GET /api/v1/episodes answered ${res.status}`);
    return ((await res.json()) as { items: ServerEpisode[] }).items;
  });
}

/** A new episode logged on `d`, synced; its id. */
async function logEpisode(d: Device, pain: number): Promise<string> {
  const before = new Set((await serverEpisodes(d)).map((e) => e.id));
  await d.page.getByText('Log a spasm episode').click();
  await d.page.locator(`input[name=episode-pain][value="${pain}"]`).check();
  await d.page.getByRole('button', { name: 'Save episode' }).click();
  await status(d, 'Saved and synced.');
  const added = (await serverEpisodes(d)).filter((e) => !before.has(e.id));
  expect(added).toHaveLength(1);
  return (added[0] as ServerEpisode).id;
}

/** Ends the ongoing episode on `d` at a moment of its own clock, offline. */
async function endEpisodeAt(d: Device, at: number) {
  await d.page.clock.setFixedTime(at);
  await d.page.getByRole('button', { name: /^It is over/ }).click();
  await status(d, 'Saved on this phone.');
}

async function goOffline(...ds: Device[]) {
  for (const d of ds) await d.context.setOffline(true);
}

async function goOnline(...ds: Device[]) {
  for (const d of ds) await d.context.setOffline(false);
}

describe('sync between two devices', () => {
  it('asks the second device to sync when both ended one episode, in either order, and keeps the choice', async () => {
    const phone = await device('phone');
    const laptop = await device('laptop');
    const email = `e2e-sync-${Date.now()}@example.com`;
    await signUp(phone, email);
    await signIn(laptop, email);
    for (const d of [phone, laptop]) await d.page.goto('/diary');

    const rounds = [
      { first: phone, second: laptop, pick: 'other' as const },
      { first: laptop, second: phone, pick: 'this' as const },
    ];
    for (const [i, { first, second, pick }] of rounds.entries()) {
      const id = await logEpisode(first, 6 + i);
      await syncNow(second);
      await goOffline(first, second);
      const firstEnd = Date.now() + (2 * i + 1) * HOUR;
      const secondEnd = firstEnd + HOUR / 2;
      await endEpisodeAt(first, firstEnd);
      await endEpisodeAt(second, secondEnd);

      await goOnline(first);
      await syncNow(first);
      await goOnline(second);
      await syncNow(second, 'One entry needs your choice');
      const box = second.page.getByRole('region', { name: 'Changed on two devices' });
      const ended = box.getByRole('group', { name: 'When it ended' });
      await ended.waitFor();
      // Both versions, side by side, nothing chosen for the person.
      expect(await ended.getByRole('radio').count()).toBe(2);
      expect(await ended.getByRole('radio', { checked: true }).count()).toBe(0);
      if (i === 0) await checkScreen(second.page, 'diary-sync-conflict');
      // Nothing of either is lost meanwhile: the server has the first's, the second still its own.
      expect((await serverEpisodes(second)).find((e) => e.id === id)?.endedAt).toBe(
        new Date(firstEnd).toISOString(),
      );

      // The choice is made offline; it reaches the server when the connection is back.
      await goOffline(second);
      await box.getByRole('button', { name: /^Keep my choice/ }).click();
      await second.page.getByText('Choose one for each question above.').waitFor();
      await ended
        .getByRole('radio', { name: pick === 'other' ? /^As on the other device/ : /^As on this phone/ })
        .check();
      await box.getByRole('button', { name: /^Keep my choice/ }).click();
      await status(second, 'Your choice is saved on this phone.');
      await expect.poll(() => box.count()).toBe(0);
      await goOnline(second);
      await syncNow(second);
      await syncNow(first);
      const chosen = new Date(pick === 'other' ? firstEnd : secondEnd).toISOString();
      const onServer = (await serverEpisodes(first)).find((e) => e.id === id);
      expect(onServer?.endedAt).toBe(chosen);
      expect(await first.page.getByRole('region', { name: 'Changed on two devices' }).count()).toBe(0);
    }
    await phone.context.close();
    await laptop.context.close();
  });

  it('asks when one device deleted an entry that the other changed, and can keep the change', async () => {
    const phone = await device('phone');
    const laptop = await device('laptop');
    const email = `e2e-sync-delete-${Date.now()}@example.com`;
    await signUp(phone, email);
    await signIn(laptop, email);
    for (const d of [phone, laptop]) await d.page.goto('/diary');
    const id = await logEpisode(phone, 5);
    await syncNow(laptop);
    await goOffline(phone, laptop);
    await phone.page.getByRole('button', { name: /^Delete/ }).click();
    await status(phone, 'Saved on this phone.');
    await endEpisodeAt(laptop, Date.now() + HOUR);

    await goOnline(phone);
    await syncNow(phone);
    expect(await serverEpisodes(phone)).toEqual([]);
    await goOnline(laptop);
    await syncNow(laptop, 'One entry needs your choice');
    const box = laptop.page.getByRole('region', { name: 'Changed on two devices' });
    const choice = box.getByRole('group', { name: /deleted on another device/ });
    await choice.getByRole('radio', { name: /^Keep it, with the changes made on this phone/ }).check();
    await box.getByRole('button', { name: /^Keep my choice/ }).click();
    await status(laptop, 'Saved and synced.');
    await syncNow(phone);
    const back = await serverEpisodes(phone);
    expect(back.map((e) => e.id)).toEqual([id]);
    expect(back[0]?.endedAt).not.toBeNull();
    await expect.poll(() => phone.page.locator('.entries').textContent()).toContain('worst pain 5, over');
    await phone.context.close();
    await laptop.context.close();
  });
});
