/**
 * Shared browser-test helpers: Debian's Chromium through playwright-core, an axe scan that must find
 * nothing (WCAG 2.0/2.1/2.2 A and AA), and screenshots of a screen at phone and desktop widths for
 * docs/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_PATH } from '../scripts/chromium.ts';
export const PHONE = { width: 360, height: 780 };
/** The phone the person-first journeys are walked on: the main button must be in view without scrolling. */
export const PHONE_390 = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** A fresh profile as a person in the UK on a phone would have it (or with the browser set to `locale`). */
export async function newPhoneContext(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = PHONE,
  locale = 'en-GB',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale,
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
  // Fail a step quickly with its own message rather than at the whole test's timeout.
  context.setDefaultTimeout(15_000);
  const problems: string[] = [];
  PROBLEMS.set(context, problems);
  context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));
  context.on('console', (m) => {
    // The server's strict CSP blocks inline scripts and styles; the app must never trip it.
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`);
  });
  return context;
}

const PROBLEMS = new WeakMap<BrowserContext, string[]>();

/** Uncaught errors and CSP violations seen so far in this context. */
export function pageProblems(page: Page): readonly string[] {
  return PROBLEMS.get(page.context()) ?? [];
}

/** Runs axe on the page as it is now; any violation fails the test, listed with its nodes. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Controls smaller than 44 x 44 CSS px (our target; WCAG 2.2 AA asks 24). A tick box or radio counts by
 * its label, which is the real target; a link inside a sentence is exempt, as WCAG exempts it.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary')) {
      if (el.classList.contains('skip-link') || el.closest('[hidden], details:not([open]) > :not(summary)'))
        continue;
      const own = el.getBoundingClientRect();
      if (own.width === 0 && own.height === 0) continue;
      const parentText = el.parentElement?.textContent?.trim() ?? '';
      if (el.tagName === 'A' && parentText.length > (el.textContent?.trim().length ?? 0)) continue;
      const box = (el.closest('label') ?? el).getBoundingClientRect();
      if (box.width < 44 || box.height < 44) {
        out.push(`${el.outerHTML.slice(0, 90)} (${Math.round(box.width)} x ${Math.round(box.height)})`);
      }
    }
    return out;
  });
}

/**
 * Checks a screen: no uncaught error or CSP violation so far, no sideways scrolling at 320 px, every
 * control at least 44 x 44 px on a phone, and no axe violation at phone and desktop widths. With UPDATE_SCREENSHOTS=1 it also saves a full-page screenshot
 * of each as docs/screenshots/<name>-phone.png and -desktop.png.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize() ?? PHONE;
  expect(pageProblems(page), `errors or CSP violations before ${name}`).toEqual([]);
  // WCAG 1.4.10 reflow: at 320 CSS px (a 1280 px screen at 400%, or a 640 px one at 200%) nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize(PHONE);
  expect(await smallTargets(page), `${name}: controls smaller than 44 x 44 px`).toEqual([]);
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${name} (${label})`);
    // Screenshots are written on request (`npm run screenshots`), so a test run leaves the tree clean.
    if (process.env.UPDATE_SCREENSHOTS !== '1') continue;
    await page.screenshot({
      path: `${SHOTS}${name}-${label}.png`,
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  await page.setViewportSize(original);
}

/**
 * Screenshots of a screen as it is, at 390 × 844 (a phone) and 1280 px (a desktop), with axe at both
 * widths; written to docs/screenshots/<name>-phone.png and -desktop.png with UPDATE_SCREENSHOTS=1.
 */
export async function checkScreenAt390(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? PHONE_390;
  expect(pageProblems(page), `errors or CSP violations before ${name}`).toEqual([]);
  for (const [label, size] of [
    ['phone', PHONE_390],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await expectNoAxeViolations(page, `${name} (${label})`);
    if (process.env.UPDATE_SCREENSHOTS !== '1') continue;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: `${SHOTS}${name}-${label}.png`,
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  await page.setViewportSize(original);
}
