/**
 * A benign back spasm (a 34-year-old man who lifted a washing machine; a hard knot that eases with
 * heat and stretching; no red flags) goes from the start screen through the interview to a self-care
 * plan, and a guided remedy timer runs, survives a reload, and records pain before and after in the diary.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext } from './browser.ts';
import { answerAboutYou, answerInterview, type Patient } from './patient.ts';

const spasm: Patient = {
  age: 34,
  sex: 'male',
  present: [
    'pain_lower_back',
    'onset_lifting_twisting',
    'onset_sudden',
    'muscle_knot_tight',
    'pain_worse_movement',
    'pain_eases_stretch_rest',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 6, duration_days: 1 },
};

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser, inject('baseURL'));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('benign back spasm', () => {
  it('reaches a self-care plan through the interview', async () => {
    await page.goto('/');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Find your next step');
    await checkScreen(page, 'home');

    await page.getByRole('link', { name: 'Check my back' }).first().click();
    await page.getByLabel('Your age in years').waitFor();
    await checkScreen(page, 'about-you');

    await answerAboutYou(page, spasm);
    const asked = await answerInterview(page, spasm, async (_id, n) => {
      if (n === 0) {
        // Focus moves to the question heading on every step.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        await page.getByText('Why we ask').click();
        await checkScreen(page, 'question');
      }
    });
    expect(asked.length).toBeGreaterThan(0);

    await expect
      .poll(() => page.locator('#triage-heading').textContent())
      .toBe('You can look after this at home');
    expect(await page.locator('.triage').getAttribute('class')).toContain('triage-self_care');
    expect(await page.locator('#causes-heading').isVisible()).toBe(true);
    expect(await page.locator('.causes > li').first().textContent()).toContain('Muscle strain');
    // "Why we think so" names the answers behind the most likely cause.
    await page.locator('.causes > li').first().getByText('Why we think so').click();
    expect(await page.locator('.causes > li').first().textContent()).toContain(
      'Your answers that point to it',
    );
    expect(await page.locator('.plan-item').count()).toBeGreaterThan(0);
    await checkScreen(page, 'result-self-care');
    await page.getByRole('button', { name: 'Save this result in my diary' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved in your diary on this phone.' }).waitFor();
  });

  it('starts a guided remedy timer that keeps running across a reload', async () => {
    // Only the best-supported actions show at first; a remedy with a timer may be among the rest.
    const startTimer = page.getByRole('button', { name: /^Start guided timer/ }).first();
    if (!(await startTimer.isVisible())) await page.locator('.more-actions > summary').click();
    await startTimer.click();
    await page.getByRole('checkbox', { name: /I am awake/ }).waitFor();
    // The safety list is shown before starting, and it cannot start without the stay-awake promise.
    expect(await page.locator('.safety-box li').count()).toBeGreaterThan(0);
    await checkScreen(page, 'timer-setup');
    await page.locator('input[name=pain-before][value="6"]').check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toContain('awake');
    await page.getByRole('checkbox', { name: /I am awake/ }).check();
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    const clock = page.getByRole('timer');
    await clock.waitFor();
    expect(await clock.textContent()).toMatch(/^\d+:\d\d$/);
    expect(await page.getByText(/^Step 1 of \d+/).isVisible()).toBe(true);
    await checkScreen(page, 'timer-running');

    await page.reload();
    await page.getByRole('timer').waitFor();
    expect(await page.getByText(/^Step 1 of \d+/).isVisible()).toBe(true);

    // Elsewhere in the app a running timer is one tap away, so a pack is not forgotten on the skin.
    await page.getByRole('link', { name: 'Diary' }).click();
    await page.getByRole('link', { name: /^Timer running/ }).click();
    await page.getByRole('timer').waitFor();

    await page.getByRole('button', { name: 'Stop now' }).click();
    await page.getByRole('heading', { name: /Finished/ }).waitFor();
    await checkScreen(page, 'timer-done');
    await page.locator('input[name=pain-after][value="3"]').check();
    await page.getByRole('button', { name: 'Save to my diary' }).click();
    await page.getByText('Saved in your diary').waitFor();

    await page.getByRole('link', { name: 'Open my diary' }).click();
    const helped = page.getByRole('table', { name: 'What helped you' });
    await helped.waitFor();
    expect(await helped.locator('tbody tr').first().textContent()).toContain('3');
  });
});
