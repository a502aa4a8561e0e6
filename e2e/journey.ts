/**
 * A check walked as a person on a phone meets it, with what every question screen owes them checked
 * on the way: the main answer button in view without scrolling, at most six items, "Safety first"
 * only on screens of warning signs (as the question bank marks them), and a heading of its own (never
 * the previous screen's). Returns the questions asked and the words read before the result.
 */
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { renderer } from '../src/i18n/catalogs.ts';
import { questions } from '../src/knowledge/questions.ts';
import { newPhoneContext, PHONE_390 } from './browser.ts';
import { answerAboutYou, answerInterview, type Patient, readScreen, type Screen } from './patient.ts';

const WARNING: ReadonlySet<string> = new Set(questions.filter((q) => q.warning).map((q) => q.id));

/** A phone (390 × 844) on the check, past its "about you" screen as `p` answers it. */
export async function startCheck(browser: Browser, p: Patient): Promise<Page> {
  const context = await newPhoneContext(browser, inject('baseURL'), PHONE_390);
  const page = await context.newPage();
  await page.goto('/check');
  await answerAboutYou(page, p);
  return page;
}

export async function walkCheck(
  page: Page,
  p: Patient,
  onScreen?: (screen: Screen) => Promise<void>,
): Promise<{ asked: string[]; words: number }> {
  let words = 0;
  let lastHeading = '';
  let lastKey = '';
  // "Safety first" in the page's language (the check may be walked in any of them).
  const safetyFirst = renderer(await page.evaluate(() => document.documentElement.lang)).text(
    'question.safetyFirst',
  );
  const asked = await answerInterview(page, p, async (s) => {
    const where = `${s.id} (${s.stage})`;
    const read = await readScreen(page);
    expect(read.primaryInView, `${where}: the main answer button is not in view without scrolling`).toBe(
      true,
    );
    expect(read.items, `${where}: items on one screen`).toBeLessThanOrEqual(6);
    const progress = (await page.locator('.progress-text').textContent()) ?? '';
    // A screen of several gateways is a warning-sign screen when every one of them is.
    const ids =
      s.stage === 'bundle'
        ? ((await page.locator('form[data-question]').getAttribute('data-questions')) ?? '').split(' ')
        : [s.id];
    expect(progress.includes(safetyFirst), `${where}: "${safetyFirst}" only on warning signs`).toBe(
      ids.every((id) => WARNING.has(id)),
    );
    // A list opened in place under its gateway is the same screen; any other is a new one.
    const key = (await page.locator('form[data-question]').getAttribute('data-key')) ?? '';
    if (key !== lastKey) {
      const heading = (await page.locator('form[data-question] h1').textContent()) ?? '';
      expect(heading, `${where}: the same heading as the screen before`).not.toBe(lastHeading);
      lastHeading = heading;
      lastKey = key;
    }
    words += read.words;
    await onScreen?.(s);
  });
  await page.locator('#triage-heading').waitFor();
  return { asked, words };
}
