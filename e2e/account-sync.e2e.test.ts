/**
 * Accounts and sync against the real server: sign up, a diary entry reaches the server, sign out
 * clears the phone, sign in brings the entry back; export and delete-account work.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  if (inject('server') !== 'backease') {
    throw new Error(
      'The account tests need the real server (scripts/start.ts and src/server); it is not in this tree yet.',
    );
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function serverItems(page: Page, collection: string): Promise<{ id: string; text: string }[]> {
  return page.evaluate(async (path) => {
    const res = await fetch(path, { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
    return ((await res.json()) as { items: { id: string; text: string }[] }).items;
  }, `/api/v1/${collection}?limit=100`);
}

async function serverCheckIns(page: Page): Promise<{ id: string; pain: number; notes: string }[]> {
  return page.evaluate(async () => {
    const res = await fetch('/api/v1/checkins?limit=100', { credentials: 'same-origin' });
    if (!res.ok) throw new Error(`GET /api/v1/checkins answered ${res.status}`);
    return ((await res.json()) as { items: { id: string; pain: number; notes: string }[] }).items;
  });
}

describe('account and sync', () => {
  it('signs up, syncs the diary, signs out and in, exports and deletes', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'));
    const page = await context.newPage();
    const email = `e2e-${Date.now()}@example.com`;
    const password = 'correct horse battery';

    // An entry made before having an account is kept and uploaded at sign-up.
    await page.goto('/diary');
    await page.locator('input[name=checkin-pain][value="5"]').check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => page.locator('.entries li').count()).toBe(1);

    await page.goto('/account');
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await checkScreen(page, 'account-signed-out');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${email}.`).waitFor();
    await expect.poll(async () => (await serverCheckIns(page)).map((c) => c.pain)).toEqual([5]);
    await checkScreen(page, 'account-signed-in');

    await page.goto('/diary');
    await page.locator('input[name=checkin-pain][value="3"]').check();
    await page.getByLabel('Note (optional)').first().fill('after a walk');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved and synced.' }).waitFor();
    await expect
      .poll(async () => (await serverCheckIns(page)).map((c) => c.notes).sort())
      .toEqual(['', 'after a walk']);

    // A question for the doctor syncs like the diary's entries.
    await page.goto('/visit');
    await page.getByLabel('A question to ask').fill('Should I see a physiotherapist?');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect
      .poll(async () => (await serverItems(page, 'doctor-questions')).map((q) => q.text))
      .toEqual(['Should I see a physiotherapist?']);

    const download = page.waitForEvent('download');
    await page.goto('/account');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')) as {
      checkIns: unknown[];
    };
    expect(exported.checkIns).toHaveLength(2);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out.', { exact: false }).waitFor();
    await page.goto('/diary');
    await page.getByRole('heading', { name: 'My pain diary' }).waitFor();
    await expect.poll(() => page.locator('.entries li').count()).toBe(0);
    await page.goto('/visit');
    await page.getByText('No questions written down yet.').waitFor();

    await page.goto('/account');
    await page.getByRole('button', { name: 'I already have an account' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${email}.`).waitFor();
    await page.goto('/diary');
    // The page syncs once it knows who is signed in (a session check, then a pull): its "Last synced"
    // line appears only after that pull is stored and shown, however long a loaded machine takes.
    await page.getByText('Last synced', { exact: false }).waitFor();
    expect(await page.locator('.entries li').count()).toBe(2);
    await page.goto('/visit');
    await expect
      .poll(() => page.locator('.visit-question-text').allTextContents())
      .toEqual(['Should I see a physiotherapist?']);

    await page.goto('/account');
    await page.locator('#delete-password').fill(password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your account and its data are deleted.').waitFor();
    const after = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(after).toBe(401);
    await context.close();
  });
});
