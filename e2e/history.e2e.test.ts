/**
 * The phone's back gesture in the check: one history entry per screen, so back goes to the previous
 * question (and forward returns), from the first question back to the story step, "about you" and then
 * out of the check; back from the result reopens the last question, and forward shows the result again.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPhoneContext, PHONE_390, pageProblems } from './browser.ts';
import { answerAboutYou, answerInterview, type Patient, waitForNextScreen } from './patient.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The question on screen: its id, or the ids of a screen of several gateways. */
const question = (page: Page) =>
  page
    .locator('form[data-question]')
    .evaluate((f) => (f as HTMLElement).dataset.questions ?? (f as HTMLElement).dataset.question);

/** Says no to the whole screen with its named button, and waits for the next one. */
async function sayNo(page: Page): Promise<void> {
  const form = page.locator('form[data-question]');
  const key = (await form.getAttribute('data-key')) as string;
  await form.locator('button[data-none]').click();
  await waitForNextScreen(page, key);
}

const nobody: Patient = { age: 50, sex: 'male', present: [], values: {} };

describe('back and forward in the check', () => {
  it('goes question by question, then out of the check', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'), PHONE_390);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Check my back' }).first().click();
    await answerAboutYou(page, nobody);
    await page.getByRole('button', { name: 'Skip' }).click();
    const first = 'heart_lungs collapse brain spasm_signs saddle_bladder legs_nerves';
    await expect.poll(() => question(page)).toBe(first);
    await sayNo(page);
    await expect.poll(() => question(page)).toBe('where_pain');
    await sayNo(page);
    await expect.poll(() => question(page)).toBe('pain_legs');

    await page.goBack();
    await expect.poll(() => question(page)).toBe('where_pain');
    // Focus moves to the question shown, as on any new screen.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.goBack();
    await expect.poll(() => question(page)).toBe(first);
    await page.goForward();
    await expect.poll(() => question(page)).toBe('where_pain');
    // The on-screen Back does the same as the gesture.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect.poll(() => question(page)).toBe(first);
    // A reload stays on the same question.
    await page.reload();
    await expect.poll(() => question(page)).toBe(first);

    // Back from the first question is the story step, then "about you", then out of the check.
    await page.goBack();
    await page.locator('form[data-story=write]').waitFor();
    await page.goBack();
    await page.getByLabel('Your age in years').waitFor();
    expect(await page.getByLabel('Your age in years').inputValue()).toBe('50');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Find your next step');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('goes back from the result to the last question, and forward to the result', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'), PHONE_390);
    const page = await context.newPage();
    const caudaEquina: Patient = {
      age: 46,
      sex: 'male',
      present: ['pain_lower_back', 'saddle_numbness', 'urinary_retention'],
      values: {},
    };
    await page.goto('/check');
    await answerAboutYou(page, caudaEquina);
    const asked = await answerInterview(page, caudaEquina);
    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 999 now');
    await page.goBack();
    await expect.poll(() => question(page)).toBe(asked.at(-1));
    await page.goForward();
    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 999 now');
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
