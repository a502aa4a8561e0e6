/**
 * The check with the keyboard alone: every step is reachable and operable without a pointer, focus
 * moves to each new question's heading, Back returns to the previous question, and a reload resumes.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPhoneContext, pageProblems } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      text: el?.textContent?.trim() ?? '',
      type: el?.getAttribute('type') ?? '',
    };
  });

/**
 * The heading takes focus in an effect just after the new screen renders (web/src/components/heading.tsx),
 * so on a busy machine a test can see the new screen a moment before its heading has focus: wait for it.
 */
async function expectHeadingFocused(page: import('playwright-core').Page): Promise<void> {
  await expect.poll(async () => (await focused(page)).tag, { timeout: 5_000 }).toBe('H1');
}

describe('keyboard only', () => {
  it('walks the first questions and goes back', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'));
    const page = await context.newPage();
    await page.goto('/');
    // The skip link comes first, then the links in the header.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');

    await page.getByRole('link', { name: 'Check my back' }).last().focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Your age in years').waitFor();
    await expectHeadingFocused(page);
    await page.keyboard.press('Tab');
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');

    const first = page.locator('form[data-question]');
    await first.waitFor();
    const firstId = await first.getAttribute('data-question');
    await expectHeadingFocused(page);
    expect((await focused(page)).text).toBe(await page.locator('form[data-question] h1').textContent());

    // Tab to the first answer, tick it with Space, and submit with Enter from the form.
    await page.keyboard.press('Tab');
    const answer = await focused(page);
    expect(answer.tag).toBe('INPUT');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('form[data-question]').getAttribute('data-question'))
      .not.toBe(firstId);
    await expectHeadingFocused(page);

    await page.getByRole('button', { name: 'Back' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form[data-question]').getAttribute('data-question')).toBe(firstId);
    await expectHeadingFocused(page);
    // A reload (or a phone that dropped the tab) resumes the check at the same question.
    await page.reload();
    await expect.poll(() => page.locator('form[data-question]').getAttribute('data-question')).toBe(firstId);
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
