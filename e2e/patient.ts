/**
 * A simulated patient for the browser tests, as the contract describes it: a finding listed as present
 * is answered yes (with its value for numbers), every other finding no. It answers whatever the engine
 * asks, through the real interface, as a person would: a gateway gets "Yes" when one of its items
 * applies, otherwise the button that says no to all of it; a list gets its ticks and Continue, or that
 * same named button. So the tests follow the knowledge base as it changes. It finds its way by the form's
 * names and data attributes, never by words, so it answers in every language.
 */
import type { Page } from 'playwright-core';

export interface Patient {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly present: readonly string[];
  readonly values: Readonly<Record<string, number>>;
}

/** One screen as the person sees it: a question, or its list after "Yes" or "Not sure". */
export interface Screen {
  readonly id: string;
  readonly stage: 'gateway' | 'list' | 'single' | 'number' | 'bundle';
  /** The question's number in the check, from 0. */
  readonly n: number;
}

export async function answerAboutYou(page: Page, p: Patient): Promise<void> {
  await page.locator('input#age').fill(String(p.age));
  await page.locator(`input[type=radio][name=sex][value=${p.sex}]`).check();
  await page.locator('main form button[type=submit]').click();
}

const FORM = 'form[data-question]';

/**
 * Waits until the question on screen is no longer `key` (a new question, or the result). When it never
 * changes, the failure says what the screen shows instead (its stage, an error it gives, the page's
 * own errors), so a stall is told apart from an answer the screen refused.
 */
export async function waitForNextScreen(page: Page, key: string): Promise<void> {
  const pageErrors: string[] = [];
  const onError = (e: Error) => pageErrors.push(e.message);
  page.on('pageerror', onError);
  try {
    await page.waitForFunction(
      ([selector, before]) =>
        document.querySelector('#triage-heading') !== null ||
        (document.querySelector<HTMLElement>(selector as string)?.dataset.key ?? before) !== before,
      [FORM, key],
    );
  } catch (e) {
    const shown = await page
      .evaluate((selector) => {
        const form = document.querySelector<HTMLElement>(selector);
        return JSON.stringify({
          key: form?.dataset.key,
          stage: form?.dataset.stage,
          error: document.querySelector('#question-error')?.textContent ?? null,
          heading: document.querySelector('h1')?.textContent ?? null,
        });
      }, FORM)
      .catch(() => 'the page could not be read');
    throw new Error(
      `the screen stayed on ${key}: ${shown}; page errors: ${pageErrors.join(' | ') || 'none'} (${String(e)})`,
    );
  } finally {
    page.off('pageerror', onError);
  }
}

const STORY = 'form[data-story=write]';

/** The optional story step, when it is on screen: Skip (the story tests write one instead). */
export async function skipStoryIfAsked(page: Page): Promise<void> {
  const story = page.locator(STORY);
  await story.or(page.locator(FORM)).or(page.locator('#triage-heading')).first().waitFor();
  if (await story.isVisible()) {
    await story.locator('button[data-skip]').click();
    await page.locator(FORM).or(page.locator('#triage-heading')).first().waitFor();
  }
}

/**
 * Answers questions until the result appears (skipping the story step if it is asked first); returns
 * the question ids asked, in order ("bundle" for a screen of several gateways).
 */
export async function answerInterview(
  page: Page,
  p: Patient,
  onScreen?: (screen: Screen) => Promise<void>,
  /** Stop (on the next question, unanswered) after answering this many. */
  stopAfter = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  const asked: string[] = [];
  await skipStoryIfAsked(page);
  for (let n = 0; n < 60; n++) {
    if (asked.length >= stopAfter) {
      await page.locator(FORM).waitFor();
      return asked;
    }
    const form = page.locator(FORM);
    const result = page.locator('#triage-heading');
    await form.or(result).first().waitFor();
    if (await result.isVisible()) return asked;
    const key = (await form.getAttribute('data-key')) as string;
    const id = (await form.getAttribute('data-question')) as string;
    const findings = ((await form.getAttribute('data-findings')) as string).split(' ');
    let stage = (await form.getAttribute('data-stage')) as Screen['stage'];
    asked.push(id);
    await onScreen?.({ id, stage, n });
    const applies = findings.filter((f) => p.present.includes(f));
    if (stage === 'bundle') {
      // One line per gateway: ticked when one of its signs applies; none ticked is "None of these".
      let any = false;
      for (const box of await form.locator('input[type=checkbox]').all()) {
        const its = ((await box.getAttribute('data-findings')) ?? '').split(' ');
        if (its.some((f) => p.present.includes(f))) {
          await box.check();
          any = true;
        }
      }
      await form.locator(any ? 'button[type=submit]' : 'button[data-none]').click();
      await waitForNextScreen(page, key);
      continue;
    }
    if (stage === 'gateway') {
      if (applies.length === 0) {
        await form.locator('button[data-none]').click();
        await waitForNextScreen(page, key);
        continue;
      }
      await form.locator('button[data-gateway=yes]').click();
      await page.locator(`${FORM}[data-stage=list]`).waitFor();
      stage = 'list';
      await onScreen?.({ id, stage, n });
    }
    if (stage === 'list') {
      // Ticks pre-set from a story are confirmed or taken off like any other.
      for (const f of findings) {
        const box = form.locator(`input[type=checkbox][name=${f}]`);
        if ((await box.count()) > 0) await box.setChecked(applies.includes(f));
      }
      if (applies.length === 0) await form.locator('button[data-none]').click();
      else await form.locator('button[type=submit]').click();
    } else if (stage === 'single') {
      await form.locator(`button[data-answer=${applies.length > 0 ? 'present' : 'absent'}]`).click();
    } else {
      const finding = findings[0] as string;
      const value = p.values[finding];
      if (value === undefined) await form.locator('button[data-dont-know]').click();
      else {
        if (finding === 'pain_severity') await form.locator(`input[type=radio][value="${value}"]`).check();
        else {
          await page.locator('#duration-amount').fill(String(value));
          await page.locator('#duration-unit').selectOption('days');
        }
        await form.locator('button[type=submit]').click();
      }
    }
    await waitForNextScreen(page, key);
  }
  throw new Error(`the interview did not finish: ${asked.join(', ')}`);
}

/**
 * What the screen asks of a reader: the words of its question, why-we-ask link, items and buttons (not
 * the progress line), the number of items, and whether every main answer button is in view without
 * scrolling.
 */
export function readScreen(page: Page): Promise<{ words: number; items: number; primaryInView: boolean }> {
  return page.evaluate((selector) => {
    const form = document.querySelector<HTMLElement>(selector);
    if (!form) throw new Error('no question on screen');
    const count = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const parts = [
      ...form.querySelectorAll<HTMLElement>('h1, .list-question, label.choice, button, summary, .why-text'),
    ].filter((el) => el.checkVisibility());
    const words = parts.reduce((n, el) => n + count(el.textContent ?? ''), 0);
    const primary = [...form.querySelectorAll<HTMLElement>('[data-primary]')].filter((b) =>
      b.checkVisibility(),
    );
    const primaryInView =
      primary.length > 0 &&
      primary.every((b) => {
        const r = b.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
    return { words, items: form.querySelectorAll('input[type=checkbox]').length, primaryInView };
  }, FORM);
}
