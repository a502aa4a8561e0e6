/**
 * The check with the keyboard alone: every step is reachable and operable without a pointer (the story
 * step skipped, a screen of several gateways answered "None of these", a list ticked, a gateway opened
 * with Yes), focus moves to each new question's heading (and to a gateway's list when it opens), Back
 * returns to the previous question, and a reload resumes.
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
    expect((await focused(page)).tag).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('34');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');

    // The story step: its heading has focus; Tab to the text area, past "Read my story", to Skip.
    await page.locator('form[data-story=write]').waitFor();
    expect((await focused(page)).text).toBe('Tell us what happened, in your own words');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Read my story');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip');
    await page.keyboard.press('Enter');

    // The first screen asks several gateways at once: Tab past every line to "None of these" ("Why
    // we ask" sits under the buttons there, so six lines and the buttons fit a phone's screen).
    const bundle = page.locator('form[data-stage=bundle]');
    await bundle.waitFor();
    expect((await focused(page)).tag).toBe('H1');
    const lines = await bundle.locator('input[type=checkbox]').count();
    for (let i = 0; i < lines; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page)).type).toBe('checkbox');
    }
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('None of these');
    await page.keyboard.press('Enter');

    // Where it hurts, a list: Tab past "Why we ask" to its first place, tick it with Space, and
    // submit with Enter from the form.
    const where = page.locator('form[data-stage=list]');
    await where.waitFor();
    const whereId = await where.getAttribute('data-question');
    let heading = await focused(page);
    expect(heading.tag).toBe('H1');
    expect(heading.text).toBe(await page.locator('form[data-question] h1').textContent());
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Why we ask');
    await page.keyboard.press('Tab');
    expect((await focused(page)).type).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');

    const first = page.locator('form[data-stage=gateway]');
    await first.waitFor();
    const firstId = await first.getAttribute('data-question');
    expect(firstId).not.toBe(whereId);
    heading = await focused(page);
    expect(heading.tag).toBe('H1');
    expect(heading.text).toBe(await page.locator('form[data-question] h1').textContent());

    // The next is a gateway: Tab past "Why we ask" to Yes, and Enter opens its list in place.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Why we ask');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Yes');
    await page.keyboard.press('Enter');
    await page.locator('form[data-stage=list]').waitFor();
    // Focus is on the list's own question; Tab to the first item, tick it with Space, and submit with
    // Enter from the form.
    expect((await focused(page)).text).toBe(await page.locator('.list-question').textContent());
    await page.keyboard.press('Tab');
    const answer = await focused(page);
    expect(answer.tag).toBe('INPUT');
    expect(answer.type).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('form[data-question]').getAttribute('data-question'))
      .not.toBe(firstId);
    expect((await focused(page)).tag).toBe('H1');

    await page.getByRole('button', { name: 'Back', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('form[data-question]').getAttribute('data-question')).toBe(firstId);
    expect((await focused(page)).tag).toBe('H1');
    // A reload (or a phone that dropped the tab) resumes the check at the same question.
    await page.reload();
    await expect.poll(() => page.locator('form[data-question]').getAttribute('data-question')).toBe(firstId);
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
