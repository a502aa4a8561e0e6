/**
 * People the check must take to the right place first, walked on a 390 × 844 phone (journey.ts checks
 * every question screen on the way): the place in the headline, the button that acts on it, plain risk
 * with what happens next, and axe with nothing to report on each result. The benign spasm and cauda
 * equina journeys are in self-care.e2e.test.ts and emergency.e2e.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkScreen, launchBrowser } from './browser.ts';
import { startCheck, walkCheck } from './journey.ts';
import { type Patient, waitForNextScreen } from './patient.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const start = (p: Patient): Promise<Page> => startCheck(browser, p);

const headline = (page: Page) => page.locator('#triage-heading').textContent();
const triageClass = (page: Page) => page.locator('.triage').getAttribute('class');
const callLinks = (page: Page) =>
  page
    .locator('.triage a[href^="tel:"]')
    .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));

describe('the right place first', () => {
  it('new back pain after breast cancer, with weight loss: a doctor today, 111 to call', async () => {
    const p: Patient = {
      age: 64,
      sex: 'female',
      present: [
        'pain_lower_back',
        'history_cancer',
        'weight_loss_unexplained',
        'pain_severity',
        'duration_days',
      ],
      values: { pain_severity: 6, duration_days: 10 },
    };
    const page = await start(p);
    await walkCheck(page, p);
    expect(await headline(page)).toBe('Get medical help today');
    expect(await triageClass(page)).toContain('triage-urgent');
    expect(await callLinks(page)).toEqual([['Call 111', 'tel:111']]);
    expect(await page.locator('.triage').textContent()).toContain('urgent care centre');
    // 111's number depends on the country: the picker is here.
    expect(await page.locator('.triage details.country').count()).toBe(1);
    // Causes first when the person is to be seen today: cancer in the spine, in plain risk, with what
    // happens next.
    const cancer = page.locator('#cause-spinal_malignancy');
    expect(await cancer.locator('.cause-frequency').textContent()).toMatch(
      /^About \d+ in 100 people with answers like yours$/,
    );
    expect(await cancer.locator('.cause-next').textContent()).toMatch(/^What happens next: /);
    expect(await page.locator('main').textContent()).not.toMatch(/\d\s?%/);
    await checkScreen(page, 'result-urgent');
    await page.context().close();
  });

  it('30 weeks pregnant with tummy pain: the maternity unit, in the headline', async () => {
    const p: Patient = {
      age: 31,
      sex: 'female',
      present: [
        'pregnant',
        'pregnant_over_20_weeks',
        'pain_lower_back',
        'pain_abdomen',
        'pain_severity',
        'duration_days',
      ],
      values: { pain_severity: 5, duration_days: 0 },
    };
    const page = await start(p);
    await walkCheck(page, p);
    expect(await headline(page)).toBe('Call your maternity unit or midwife now');
    expect(await triageClass(page)).toContain('service-maternity_unit');
    expect(await page.locator('.triage-action').textContent()).toContain('pregnancy notes');
    // If they cannot be reached: the emergency number, as a button.
    expect(await callLinks(page)).toEqual([['Call 999', 'tel:999']]);
    expect(await page.locator('#cause-pregnancy_complication .cause-next').textContent()).toContain(
      'maternity unit',
    );
    await checkScreen(page, 'result-maternity');
    await page.context().close();
  });

  it('a back spasm on warfarin: ibuprofen not advised, right beside the safe alternatives', async () => {
    const p: Patient = {
      age: 52,
      sex: 'male',
      present: [
        'med_anticoagulant',
        'pain_lower_back',
        'onset_lifting_twisting',
        'muscle_knot_tight',
        'pain_worse_movement',
        'pain_eases_stretch_rest',
        'pain_severity',
        'duration_days',
      ],
      values: { pain_severity: 5, duration_days: 2 },
    };
    const page = await start(p);
    await walkCheck(page, p);
    expect(await headline(page)).toBe('You can look after this at home');
    expect(await callLinks(page)).toEqual([]);
    const withheld = page.locator('#withheld-oral_nsaid');
    expect(await withheld.locator('.withheld-title').textContent()).toMatch(
      /^Not advised for you: Anti-inflammatory tablets/,
    );
    expect(await withheld.textContent()).toContain('blood thinner');
    // It sits just before the first alternative offered in its place, and names them all.
    expect(await withheld.evaluate((el) => (el.nextElementSibling as HTMLElement | null)?.id)).toBe(
      'advice-painkiller_when_nsaid_unsafe',
    );
    const instead = withheld.locator('.instead a');
    expect(await instead.allTextContents()).toEqual([
      'A painkiller that is safe for you',
      'Anti-inflammatory gel or pain-relief rub',
      'Warmth on the sore muscle',
    ]);
    // The gel's card is folded among "more things that may help": the link opens it and goes there.
    await instead.filter({ hasText: 'gel' }).click();
    const gel = page.locator('#advice-topical_nsaid h3');
    await expect.poll(() => gel.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(await gel.isVisible()).toBe(true);
    // The withholding is within the first two phone screens, not four down.
    const top = await withheld.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(2 * 844);
    await checkScreen(page, 'result-self-care-warfarin');
    await page.context().close();
  });

  it('a bladder infection (a woman of 26): a pharmacist or GP today, never self-care', async () => {
    const p: Patient = {
      age: 26,
      sex: 'female',
      present: ['burning_urination', 'pain_abdomen', 'pain_severity', 'duration_days'],
      values: { pain_severity: 3, duration_days: 2 },
    };
    const page = await start(p);
    await walkCheck(page, p);
    expect(await headline(page)).toBe('See a pharmacist or GP today');
    expect(await triageClass(page)).toContain('service-pharmacist');
    expect(await triageClass(page)).not.toContain('self_care');
    expect(await page.locator('.triage-action').textContent()).toMatch(/^Go to a pharmacy today/);
    // Nothing to dial and so no country picker: the number shown would not depend on it.
    expect(await callLinks(page)).toEqual([]);
    expect(await page.locator('.triage details.country').count()).toBe(0);
    expect(await page.locator('.causes > li').first().textContent()).toContain('Bladder infection');
    await checkScreen(page, 'result-pharmacist');
    await page.context().close();
  });

  it('a line ticked as "not sure" opens its list of four, and the named "no" button answers it all', async () => {
    const p: Patient = {
      age: 40,
      sex: 'female',
      present: [
        'pain_lower_back',
        'muscle_knot_tight',
        'stops_daily_activities',
        'pain_severity',
        'duration_days',
      ],
      values: { pain_severity: 6, duration_days: 5 },
    };
    const page = await start(p);
    await page.getByRole('button', { name: 'Skip' }).click();
    // The first screen asks the emergency signs together, one line per group, "None of these" last.
    const form = page.locator('form[data-question]');
    await page.locator('form[data-stage=bundle]').waitFor();
    expect(await form.locator('h1').textContent()).toBe('Do you have any of these?');
    // Continue with nothing ticked asks for a tick or "None of these", rather than saying no for you.
    await form.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Tick what applies, or choose “None of these”.');
    await checkScreen(page, 'question-bundle');
    let key = (await form.getAttribute('data-key')) as string;
    await form.getByLabel('Chest pain, trouble breathing or a racing heart').check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await waitForNextScreen(page, key);
    // Not sure: that line's list comes next, open, under its own question.
    expect(await form.getAttribute('data-question')).toBe('heart_lungs');
    expect(await form.getAttribute('data-stage')).toBe('list');
    expect(await form.locator('input[type=checkbox]').count()).toBe(4);
    expect(await form.locator('h1').textContent()).toBe(
      'Any chest pain, trouble breathing or a racing heart?',
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await checkScreen(page, 'question');
    await form.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Tick what applies, or choose “No chest pain or breathing trouble”.',
    );
    key = (await form.getAttribute('data-key')) as string;
    await form.getByRole('button', { name: 'No chest pain or breathing trouble' }).click();
    await waitForNextScreen(page, key);
    expect(await form.getAttribute('data-question')).not.toBe('heart_lungs');

    await walkCheck(page, p);
    expect(await headline(page)).toBe("Book a doctor's appointment in the next few days");
    expect(await triageClass(page)).toContain('triage-gp');
    // What to book and what to say.
    expect(await page.locator('.triage-action').textContent()).toContain('GP or a physiotherapist');
    expect(await page.locator('.what-to-say li').allTextContents()).toEqual(
      expect.arrayContaining(['Stops daily activities', 'Pain score: 6 out of 10']),
    );
    expect(await callLinks(page)).toEqual([]);
    await checkScreen(page, 'result-gp');
    await page.context().close();
  });
});
