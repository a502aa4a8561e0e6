/**
 * The diary works with no account and no connection: a check-in survives a reload, the app reloads
 * from the service worker while offline, and an entry made offline is kept.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('diary on the device', () => {
  it('keeps entries across a reload and offline', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'));
    const page = await context.newPage();
    await page.goto('/diary');
    await page.getByRole('heading', { name: 'My pain diary' }).waitFor();
    // Wait until the service worker controls the page, so it can serve the app offline.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });

    await page.locator('input[name=checkin-pain][value="7"]').check();
    await page.getByLabel('Note (optional)').first().fill('woke up stiff');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved on this phone.' }).waitFor();
    const entries = page.locator('.entries li');
    await expect.poll(() => entries.count()).toBe(1);

    await page.reload();
    await expect.poll(() => entries.count()).toBe(1);
    expect(await entries.first().textContent()).toContain('woke up stiff');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'My pain diary' }).waitFor();
    await page.getByText('You are offline. Everything still works').waitFor();
    await expect.poll(() => entries.count()).toBe(1);

    await page.locator('input[name=checkin-pain][value="4"]').check();
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => entries.count()).toBe(2);
    await page.reload();
    await expect.poll(() => entries.count()).toBe(2);
    expect(
      await page
        .getByRole('table', { name: /Pain entries/ })
        .locator('tbody tr')
        .count(),
    ).toBe(2);
    expect(await page.locator('#chart-summary').textContent()).toContain('2 entries');

    // An episode in a few taps, marked over when it is.
    await page.getByText('Log a spasm episode').click();
    await page.locator('input[name=episode-pain][value="8"]').check();
    await page.getByRole('button', { name: 'Save episode' }).click();
    await expect.poll(() => entries.count()).toBe(3);
    await page.getByRole('button', { name: /^It is over/ }).click();
    await expect.poll(() => page.locator('.entries').textContent()).toContain('worst pain 8, over');

    // The rest of the app works offline too: the check needs no network.
    await page.goto('/check');
    await page.getByLabel('Your age in years').waitFor();
    await context.setOffline(false);
    await page.goto('/diary');
    await page.locator('.entries li').first().waitFor();
    await checkScreen(page, 'diary');
    await page.goto('/settings');
    await page.locator('#settings-language').waitFor();
    await checkScreen(page, 'settings');
    await context.close();
  });
});
