/**
 * A simulated patient for the browser tests, as the contract describes it: a finding listed as present
 * is answered yes (with its value for numbers), every other finding no. It answers whatever the engine
 * asks, through the real interface, so the tests follow the knowledge base as it changes.
 */
import type { Page } from 'playwright-core';

export interface Patient {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly present: readonly string[];
  readonly values: Readonly<Record<string, number>>;
}

export async function answerAboutYou(page: Page, p: Patient): Promise<void> {
  await page.getByLabel('Your age in years').fill(String(p.age));
  await page.getByRole('radio', { name: p.sex === 'female' ? 'Female' : 'Male', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Answers questions until the result appears; returns the question ids asked, in order. */
export async function answerInterview(
  page: Page,
  p: Patient,
  onQuestion?: (id: string, n: number) => Promise<void>,
): Promise<string[]> {
  const asked: string[] = [];
  const screens: string[] = [];
  for (let n = 0; n < 60; n++) {
    const form = page.locator('form[data-question]');
    const result = page.locator('#triage-heading');
    await form.or(result).first().waitFor();
    if (await result.isVisible()) return asked;
    const id = (await form.getAttribute('data-question')) as string;
    const type = await form.getAttribute('data-type');
    const screen = `${id}: ${await form.getAttribute('data-findings')}`;
    // The same screen again means the answer was not taken: fail here rather than loop.
    if (screens[screens.length - 1] === screen) throw new Error(`the screen ${screen} came twice in a row`);
    screens.push(screen);
    asked.push(id);
    await onQuestion?.(id, n);
    if (type === 'multiple') {
      for (const box of await form.locator('input[type=checkbox]').all()) {
        if (p.present.includes((await box.getAttribute('name')) as string)) await box.check();
      }
    } else if (type === 'single') {
      const finding = (await form.getAttribute('data-findings')) as string;
      await form
        .locator(`input[type=radio][value=${p.present.includes(finding) ? 'present' : 'absent'}]`)
        .check();
    } else {
      const finding = (await form.getAttribute('data-findings')) as string;
      const value = p.values[finding];
      if (value === undefined) {
        await page.getByRole('button', { name: "I don't know" }).click();
        continue;
      }
      if (finding === 'pain_severity') await form.locator(`input[type=radio][value="${value}"]`).check();
      else {
        await page.getByLabel('How long').fill(String(value));
        await page.getByLabel('Unit').selectOption('days');
      }
    }
    await form.locator('button[type=submit]').click();
  }
  throw new Error(`the interview did not finish: ${asked.join(', ')}`);
}
