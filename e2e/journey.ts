/**
 * A check walked as a person on a phone meets it, with what every question screen owes them checked
 * on the way: the main answer button in view without scrolling, at most six items, "Safety first"
 * only on screens of warning signs (as the question bank marks them), and a heading of its own (never
 * the previous screen's). Returns the questions asked and the words read before the result.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { renderer } from '../src/i18n/catalogs.ts';
import { questions } from '../src/knowledge/questions.ts';
import { answerInterview, type Patient, readScreen, type Screen } from './patient.ts';

const WARNING: ReadonlySet<string> = new Set(questions.filter((q) => q.warning).map((q) => q.id));

export async function walkCheck(
  page: Page,
  p: Patient,
  onScreen?: (screen: Screen) => Promise<void>,
  /** mainButtonInView false: only for a walk that knowingly does not hold it yet (see its caller). */
  options: { mainButtonInView?: boolean } = {},
): Promise<{ asked: string[]; words: number }> {
  let words = 0;
  let lastHeading = '';
  // "Safety first" in the page's language (the check may be walked in any of them).
  const safetyFirst = renderer(await page.evaluate(() => document.documentElement.lang)).text(
    'question.safetyFirst',
  );
  const asked = await answerInterview(page, p, async (s) => {
    const where = `${s.id} (${s.stage})`;
    const read = await readScreen(page);
    if (options.mainButtonInView !== false)
      expect(read.primaryInView, `${where}: the main answer button is not in view without scrolling`).toBe(
        true,
      );
    expect(read.items, `${where}: items on one screen`).toBeLessThanOrEqual(6);
    const progress = (await page.locator('.progress-text').textContent()) ?? '';
    expect(progress.includes(safetyFirst), `${where}: "${safetyFirst}" only on warning signs`).toBe(
      WARNING.has(s.id),
    );
    if (s.stage !== 'list') {
      const heading = (await page.locator('form[data-question] h1').textContent()) ?? '';
      expect(heading, `${where}: the same heading as the screen before`).not.toBe(lastHeading);
      lastHeading = heading;
    }
    words += read.words;
    await onScreen?.(s);
  });
  await page.locator('#triage-heading').waitFor();
  return { asked, words };
}
