/**
 * Spanish and Arabic in the browser (issue 12): the app follows the browser's language; the header's
 * picker switches it without losing the check's answers; the choice and the country follow the person's
 * account to another device; and the benign-spasm and cauda-equina journeys, and a check ending on each
 * result level, are walked in both languages with axe finding nothing (screenshots of each result, at
 * 390 × 844 and 1280 px, with UPDATE_SCREENSHOTS=1: docs/screenshots/result-<level>-<lang>-*.png).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderer } from '../src/i18n/catalogs.ts';
import { guessCountry, servicesFor } from '../src/knowledge/services.ts';
import {
  checkScreenAt390,
  expectNoAxeViolations,
  launchBrowser,
  newPhoneContext,
  PHONE_390,
} from './browser.ts';
import { walkCheck } from './journey.ts';
import { answerAboutYou, answerInterview, type Patient } from './patient.ts';
import { afterCancer, benignSpasm, caudaEquina, stopsActivities } from './patients.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const LOCALES = { es: 'es-ES', ar: 'ar-EG' } as const;
/** As long as a locator waits (browser.ts): the machine may be busy with other tests. */
const SLOW = { timeout: 15_000 };

async function open(locale: string, path: string): Promise<Page> {
  const context = await newPhoneContext(browser, inject('baseURL'), PHONE_390, locale);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

const pageLang = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('the language of the web app', () => {
  it('follows the browser, and says on Settings that the words are not yet reviewed', async () => {
    const page = await open('es-MX', '/');
    await expect.poll(() => pageLang(page), SLOW).toEqual({ lang: 'es', dir: 'ltr' });
    const es = renderer('es');
    expect(await page.locator('h1').textContent()).toBe(es.text('home.title'));
    expect(await page.locator('#header-language').inputValue()).toBe('es');
    await page.goto('/settings');
    await page.getByText(es.text('settings.translationMachine')).waitFor();
    await page.context().close();
  });

  it("switches from the header without losing the check's answers, and mirrors the page in Arabic", async () => {
    const page = await open('en-GB', '/check');
    await answerAboutYou(page, benignSpasm);
    const asked = await answerInterview(page, benignSpasm, undefined, 2);
    const form = page.locator('form[data-question]');
    const id = await form.getAttribute('data-question');
    const english = await form.locator('h1').textContent();

    await page.locator('#header-language').selectOption('es');
    await expect.poll(() => pageLang(page), SLOW).toEqual({ lang: 'es', dir: 'ltr' });
    // The same question, in Spanish, at the same place in the check.
    expect(await form.getAttribute('data-question')).toBe(id);
    const spanish = await form.locator('h1').textContent();
    expect(spanish).not.toBe(english);
    const progressPrefix = renderer('es')
      .text('question.progress', { step: 9, total: 9 })
      .split('9')[0] as string;
    expect(await page.locator('.progress-text').textContent()).toContain(progressPrefix.trim());
    // Back goes to the question answered before the switch, and forward returns.
    await page.goBack();
    await expect.poll(() => form.getAttribute('data-question'), SLOW).toBe(asked.at(-1));
    await page.goForward();
    await expect.poll(() => form.getAttribute('data-question'), SLOW).toBe(id);

    await page.locator('#header-language').selectOption('ar');
    await expect.poll(() => pageLang(page), SLOW).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await form.getAttribute('data-question')).toBe(id);
    // The rest of the check in Arabic ends where the whole check in English does: the first answers held.
    await walkCheck(page, benignSpasm);
    expect(await page.locator('#triage-heading').textContent()).toBe(
      renderer('ar').text('triage.headline.self_care'),
    );
    // Remembered on this device.
    await page.reload();
    await expect.poll(() => pageLang(page), SLOW).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.context().close();
  });

  it('keeps the language and the country in the account, for every device the person signs in on', async () => {
    const email = `lang-${Date.now()}@example.com`;
    const password = 'quiet river lantern';
    const en = renderer('en');
    const first = await open('en-GB', '/account');
    await first.locator('#signup-email').fill(email);
    await first.locator('#signup-password').fill(password);
    await first.locator('#signup-password').press('Enter');
    await first.getByText(en.text('account.signedInAs', { email })).waitFor();
    await first.locator('#header-language').selectOption('ar');
    await expect.poll(() => pageLang(first), SLOW).toEqual({ lang: 'ar', dir: 'rtl' });
    await first.goto('/settings');
    await first.locator('#settings-country').selectOption('EG');
    const stored = () => first.request.get('/api/v1/profile').then((r) => r.json());
    await expect.poll(stored, SLOW).toMatchObject({ language: 'ar', country: 'EG' });

    // Another device, set to English in the UK: signing in brings Arabic and Egypt's numbers.
    const second = await open('en-GB', '/account');
    await expect.poll(() => pageLang(second), SLOW).toEqual({ lang: 'en', dir: 'ltr' });
    await second.getByRole('button', { name: en.text('account.haveAccount') }).click();
    await second.locator('#signin-email').fill(email);
    await second.locator('#signin-password').fill(password);
    await second.locator('#signin-password').press('Enter');
    await expect.poll(() => pageLang(second), SLOW).toEqual({ lang: 'ar', dir: 'rtl' });
    const number = servicesFor('EG').emergency[0].number;
    await expect
      .poll(() => second.locator('.call-link').textContent())
      .toBe(renderer('ar').text('header.emergency', { number }));
    // A choice made there goes back to the account.
    await second.locator('#header-language').selectOption('es');
    await expect.poll(stored, SLOW).toMatchObject({ language: 'es', country: 'EG' });
    await first.context().close();
    await second.context().close();
  });
});

const LEVELS: readonly { level: string; patient: Patient; axeEveryScreen: boolean }[] = [
  { level: 'self-care', patient: benignSpasm, axeEveryScreen: true },
  { level: 'emergency', patient: caudaEquina, axeEveryScreen: true },
  { level: 'urgent', patient: afterCancer, axeEveryScreen: false },
  { level: 'gp', patient: stopsActivities, axeEveryScreen: false },
];

function expectedHeadline(lang: string, level: string): string {
  const r = renderer(lang);
  if (level === 'emergency') {
    const country = guessCountry([LOCALES[lang as keyof typeof LOCALES]]);
    return r.text('triage.headline.emergencyCall', { number: servicesFor(country).emergency[0].number });
  }
  return r.text(`triage.headline.${level === 'self-care' ? 'self_care' : level}`);
}

describe.each(Object.keys(LOCALES))('the check in %s', (lang) => {
  it.each(LEVELS)('ends on $level, with axe finding nothing', async ({ level, patient, axeEveryScreen }) => {
    const page = await open(LOCALES[lang as keyof typeof LOCALES], '/check');
    await expect.poll(() => pageLang(page), SLOW).toEqual({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr' });
    if (axeEveryScreen) await expectNoAxeViolations(page, `about you (${lang})`);
    await answerAboutYou(page, patient);
    await walkCheck(page, patient, async (s) => {
      if (axeEveryScreen) await expectNoAxeViolations(page, `${s.id} ${s.stage} (${lang})`);
    });
    expect(await page.locator('#triage-heading').textContent()).toBe(expectedHeadline(lang, level));
    expect(await page.locator('.triage').getAttribute('class')).toContain(
      `triage-${level === 'self-care' ? 'self_care' : level}`,
    );
    expect(await page.locator('main').textContent()).not.toMatch(/\d\s?[%٪]/);
    await checkScreenAt390(page, `result-${level}-${lang}`);
    await page.context().close();
  });
});
