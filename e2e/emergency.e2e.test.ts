/**
 * A cauda-equina story (a 46-year-old man with sciatica who now has a numb back passage and new
 * erection problems) must end on the emergency screen within a few short screens: call 999 now, with
 * the number as a call button, the causes naming cauda equina with what happens next, and no self-care
 * plan. The country picker is there, since the number depends on it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext, PHONE_390 } from './browser.ts';
import { walkCheck } from './journey.ts';
import { answerAboutYou, type Patient } from './patient.ts';

const caudaEquina: Patient = {
  age: 46,
  sex: 'male',
  present: [
    'pain_lower_back',
    'leg_pain_below_knee',
    'leg_pain_worse_than_back',
    'saddle_numbness',
    'urinary_retention',
    'sexual_dysfunction_new',
    'previous_similar_diagnosis_sciatica',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 7, duration_days: 14 },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cauda equina warning signs', () => {
  it('end on the emergency screen with the number to call', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'), PHONE_390);
    const page = await context.newPage();
    await page.goto('/check');
    await answerAboutYou(page, caudaEquina);
    const { asked } = await walkCheck(page, caudaEquina);
    // Red flags come first, so the emergency is found within a few screens.
    expect(asked.length).toBeLessThanOrEqual(5);

    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 999 now');
    expect(await page.locator('.triage').getAttribute('class')).toContain('triage-emergency');
    expect(await page.title()).toBe('Call 999 now – BackEase');
    expect(await page.getByRole('link', { name: 'Call 999', exact: true }).getAttribute('href')).toBe(
      'tel:999',
    );
    // No self-care plan competes with the one action that matters.
    expect(await page.locator('.plan-item').count()).toBe(0);
    // The causes agree with the rule that fired, and say what happens next.
    const first = page.locator('.causes > li').first();
    expect(await first.locator('h3').textContent()).toContain('Cauda equina');
    expect(await first.locator('.cause-next').textContent()).toMatch(
      /^What happens next: Hospital the same day/,
    );
    await checkScreen(page, 'result-emergency');

    // Right-to-left languages: the same page mirrored still fits and passes axe (layout uses logical properties).
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    await checkScreen(page, 'result-emergency-rtl');
    await page.evaluate(() => {
      document.documentElement.dir = 'ltr';
    });

    // Another country: the number follows, and the choice is remembered.
    await page.getByText('Choose your country (now: United Kingdom)').click();
    await page.getByLabel('Your country (for the numbers to call)').selectOption('US');
    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 911 now');
    expect(await page.title()).toBe('Call 911 now – BackEase');
    await page.reload();
    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 911 now');
    await context.close();
  });
});
