/**
 * Every screen, visited twice (issue 12):
 *
 * - in Arabic: the page is right to left; each heading starts on the right; a closed disclosure's
 *   triangle points left (the reading direction); the icon arrays, the pain chart's time axis and the
 *   timer's step marker are mirrored; nothing scrolls sideways at 320 px; axe finds nothing;
 * - in the pseudo-locale (web/src/i18n/pseudo.ts): every message, date, number and country name Intl
 *   words is drawn between ⟦ and ⟧, and any visible text, accessible name or page title left unmarked
 *   fails the test: words that bypass the catalogs, which no translation would reach. The only text
 *   allowed unmarked is a language's name in itself (an element with its own `lang`) and what is not to
 *   be translated (`translate="no"`: a source's title, a web address); <noscript>, never shown where
 *   scripts run, has its own test (web/src/i18n/noscript.test.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderer } from '../src/i18n/catalogs.ts';
import { expectNoAxeViolations, launchBrowser, newPhoneContext, PHONE } from './browser.ts';
import { answerAboutYou, answerInterview } from './patient.ts';
import { benignSpasm } from './patients.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type OnScreen = (name: string) => Promise<void>;

/** Waits for an element; if it never comes, the failure says what the page showed instead. */
async function shows(page: Page, selector: string): Promise<void> {
  try {
    await page.locator(selector).first().waitFor();
  } catch (e) {
    const body = await page
      .locator('body')
      .textContent()
      .catch(() => '(no body)');
    throw new Error(
      `${(e as Error).message}\nat ${page.url()} the page showed:\n${(body ?? '').slice(0, 1500)}`,
    );
  }
}

/** Goes through every screen of the app as one person would, calling `onScreen` on each. */
async function everyScreen(page: Page, word: (key: string) => string, onScreen: OnScreen): Promise<string[]> {
  const seen: string[] = [];
  const at = async (name: string) => {
    seen.push(name);
    await onScreen(name);
  };
  await page.goto('/');
  await shows(page, 'h1');
  await at('home');

  await page.goto('/check');
  await shows(page, 'input#age');
  await at('about-you');
  await answerAboutYou(page, benignSpasm);
  await shows(page, 'form[data-story=write]');
  await at('story');
  await page.locator('form[data-story=write] button[data-skip]').click();
  // The first screen of each kind the interview shows on the way (several yes/no questions, a list, a number).
  const kinds = new Set<string>();
  await answerInterview(page, benignSpasm, async (s) => {
    if (['bundle', 'list', 'number'].includes(s.stage) && !kinds.has(s.stage)) {
      kinds.add(s.stage);
      await at(`question-${s.stage}`);
    }
  });
  await shows(page, '#triage-heading');
  await page.locator('.causes > li details').first().locator('summary').click();
  await at('result');

  await page.getByRole('button', { name: word('result.save') }).click();
  await page.locator('.plan-now button').first().click();
  await shows(page, 'input[name=awake]');
  await at('timer-setup');
  await page.locator('input[name=pain-before][value="6"]').check();
  await page.locator('input[name=awake]').check();
  await page.locator('form.timer-setup button[type=submit]').click();
  await page.getByRole('timer').waitFor();
  await at('timer-running');
  await page.getByRole('button', { name: word('timer.stop') }).click();
  await shows(page, '.confirm');
  await at('timer-stop');
  await page.locator('.confirm .button-danger').click();
  await shows(page, 'input[name=pain-after]');
  await at('timer-done');
  await page.locator('input[name=pain-after][value="3"]').check();
  await page.locator('main form button[type=submit]').click();

  await page.goto('/diary');
  await page.locator('input[name=checkin-pain][value="4"]').check();
  await page.getByRole('button', { name: word('diary.saveCheckIn') }).click();
  await expect.poll(() => page.locator('.pain-chart .chart-point').count(), { timeout: 15_000 }).toBe(2);
  await at('diary');

  await page.goto('/visit');
  await shows(page, 'h1');
  await at('visit');

  await page.goto('/account');
  await shows(page, '#signup-email');
  await at('account-signed-out');
  await page.locator('#signup-email').fill(`screens-${Date.now()}-${Math.random()}@example.com`);
  await page.locator('#signup-password').fill('amber kettle harbour');
  await page.locator('#signup-password').press('Enter');
  await shows(page, '#sessions-heading');
  await at('account-signed-in');

  await page.goto('/settings');
  await shows(page, '#settings-language');
  await at('settings');

  await page.goto('/no-such-page');
  await shows(page, 'h1');
  await at('not-found');
  return seen;
}

const ALL_SCREENS = [
  'home',
  'about-you',
  'story',
  'question-bundle',
  'question-list',
  'question-number',
  'result',
  'timer-setup',
  'timer-running',
  'timer-stop',
  'timer-done',
  'diary',
  'visit',
  'account-signed-out',
  'account-signed-in',
  'settings',
  'not-found',
];

describe('every screen in Arabic', () => {
  it('reads right to left, with direction-bound icons, the chart and the timer mirrored, and axe 0', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'), PHONE, 'ar-EG');
    const page = await context.newPage();
    const ar = renderer('ar');
    const seen = await everyScreen(
      page,
      (k) => ar.text(k),
      async (name) => {
        const layout = await page.evaluate(() => {
          const html = document.documentElement;
          const h1 = document.querySelector('h1');
          let headingGap = 0;
          if (h1?.firstChild) {
            const range = document.createRange();
            range.selectNodeContents(h1);
            headingGap = h1.getBoundingClientRect().right - range.getBoundingClientRect().right;
          }
          const closed = [...document.querySelectorAll('details:not([open]) > summary')].map(
            (s) => getComputedStyle(s, '::before').content,
          );
          const arrays = [...document.querySelectorAll('svg.icon-array')].map(
            (s) => getComputedStyle(s).transform,
          );
          return {
            lang: html.lang,
            dir: html.dir,
            bodyDirection: getComputedStyle(document.body).direction,
            headingGap,
            closed,
            arrays,
          };
        });
        expect(layout, name).toMatchObject({ lang: 'ar', dir: 'rtl', bodyDirection: 'rtl' });
        // The heading's words end against the right edge of the heading (text starts on the right).
        expect(Math.abs(layout.headingGap), `${name}: heading aligned to the right`).toBeLessThan(2);
        for (const c of layout.closed) expect(c, `${name}: a closed disclosure points left`).toBe('"◂"');
        for (const t of layout.arrays)
          expect(t, `${name}: icon arrays fill from the right`).toMatch(/^matrix\(-1, /);
        if (name === 'result') expect(layout.arrays.length).toBeGreaterThan(0);
        if (name === 'diary') {
          // Time runs right to left: the older check-in is to the right of the newer one.
          const xs = await page
            .locator('.pain-chart .chart-point')
            .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
          expect(xs[0] as number, 'oldest point on the right').toBeGreaterThan(xs[1] as number);
          const labels = await page
            .locator('.pain-chart text.chart-label')
            .evaluateAll((ts) => ts.slice(-2).map((t) => Number(t.getAttribute('x'))));
          expect(labels[0] as number, 'first day on the right').toBeGreaterThan(labels[1] as number);
        }
        if (name === 'timer-running') {
          const step = page.locator('.timer-progress li[aria-current=step]');
          const border = await step.evaluate((li) => {
            const s = getComputedStyle(li);
            return {
              right: Number.parseFloat(s.borderRightWidth),
              left: Number.parseFloat(s.borderLeftWidth),
            };
          });
          expect(border.right, 'the current step is marked on the right').toBeGreaterThan(0);
          expect(border.left).toBe(0);
          expect(await page.getByRole('timer').textContent()).toMatch(/^[\d٠-٩]+:[\d٠-٩]{2}$/);
        }
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
        await page.setViewportSize(PHONE);
        await expectNoAxeViolations(page, `${name} (ar)`);
      },
    );
    expect(seen).toEqual(ALL_SCREENS);
    await context.close();
  });
});

/** Text on the page a person can see or hear that is not inside ⟦ ⟧. */
function unmarkedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strip = (text: string) => {
      let out = text;
      for (let before = ''; before !== out; ) {
        before = out;
        out = out.replace(/⟦[^⟦⟧]*⟧/g, '');
      }
      return out;
    };
    // <noscript> is never shown where scripts run; its words, in every language, are checked by
    // web/src/i18n/noscript.test.ts.
    const exempt = (el: Element | null) =>
      el?.closest('script, style, noscript, [translate="no"], body [lang]') ?? null;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (exempt(node.parentElement) || !/\p{L}/u.test(strip(text))) continue;
      found.push(`text "${text.trim()}" in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (exempt(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && /\p{L}/u.test(strip(v))) found.push(`${a} "${v}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    if (/\p{L}/u.test(strip(document.title.replace(/BackEase/, '')))) found.push(`title "${document.title}"`);
    return found;
  });
}

describe('every screen in the pseudo-locale', () => {
  it('shows no text that bypasses the catalogs', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'), PHONE);
    await context.addInitScript(() => localStorage.setItem('backease.pseudo', '1'));
    const page = await context.newPage();
    const en = renderer('en');
    const problems: string[] = [];
    let marked = 0;
    const seen = await everyScreen(
      page,
      (k) => `⟦${en.text(k)}⟧`,
      async (name) => {
        for (const p of await unmarkedText(page)) problems.push(`${name}: ${p}`);
        marked += await page.evaluate(() => (document.body.textContent?.match(/⟦/g) ?? []).length);
      },
    );
    expect(seen).toEqual(ALL_SCREENS);
    // The check can fail: the pseudo-locale was on, and it marks what goes through the catalogs.
    expect(marked).toBeGreaterThan(ALL_SCREENS.length * 5);
    expect(problems).toEqual([]);
    await context.close();
  });
});
