/**
 * "Something wrong with this advice?" in a real browser against the real server: a person reports the
 * triage card of a self-care result and a plan card; both reports reach the server's database (read back
 * with `backease feedback list --json`, as a reviewer would), the answers only where the person ticked
 * to send them. Offline, a report waits on the device and goes when the connection is back.
 */
import { spawnSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkScreen, launchBrowser, newPhoneContext, PHONE_390 } from './browser.ts';
import { answerAboutYou, answerInterview, type Patient } from './patient.ts';

const bin = new URL('../bin/backease.js', import.meta.url).pathname;

const spasm: Patient = {
  age: 34,
  sex: 'male',
  present: [
    'pain_lower_back',
    'onset_lifting_twisting',
    'muscle_knot_tight',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 5, duration_days: 2 },
};

interface Listed {
  id: string;
  receivedAt: string;
  problem: string;
  item: { kind: string; id: string };
  text: string | null;
  lang: string | null;
  answers: { age: number; sex: string; evidence: { id: string }[] } | null;
}

/** The reports in the server's database since the test began, as a reviewer lists them. */
function listed(since: string): Listed[] {
  const r = spawnSync(process.execPath, [bin, 'feedback', 'list', '--json', '--since', since], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', DATA_DIR: inject('dataDir') },
  });
  if (r.status !== 0) throw new Error(`backease feedback list failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Listed[];
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
const since = new Date(Date.now() - 1000).toISOString();

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser, inject('baseURL'), PHONE_390);
  page = await context.newPage();
  await page.goto('/check');
  await page.getByLabel('Your age in years').waitFor();
  await answerAboutYou(page, spasm);
  await answerInterview(page, spasm);
  await page.locator('#triage-heading').waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the report form under a card, fills it in and sends it; returns the status it then says. */
async function report(card: string, problem: string, words: string, withAnswers: boolean) {
  const form = page.locator(`details.report-problem[data-report="${card}"]`);
  await form.locator('summary').click();
  await form.getByRole('radio', { name: problem }).check();
  await form.getByLabel('Tell us more (if you like)').fill(words);
  const tick = form.getByRole('checkbox', { name: 'Also send my answers to the check' });
  expect(await tick.isChecked(), 'answers are off unless the person ticks').toBe(false);
  if (withAnswers) await tick.check();
  await form.getByRole('button', { name: 'Send report' }).click();
  const status = form.getByRole('status');
  await expect.poll(() => status.textContent()).not.toBe('');
  return status.textContent();
}

describe('reporting advice that seems wrong', () => {
  it('sends a report from the result card, with the answers the person chose to send', async () => {
    expect(inject('server')).toBe('backease');
    expect(await page.locator('details.report-problem').count()).toBeGreaterThan(2);
    const words = `The result card seems off ${Date.now()}`;
    expect(await report('triage:self_care', 'It could be unsafe', words, true)).toBe(
      'Thank you. Your report was sent.',
    );
    const found = listed(since).find((r) => r.text === words);
    expect(found).toMatchObject({ problem: 'unsafe', item: { kind: 'triage', id: 'self_care' }, lang: 'en' });
    expect(found?.answers).toMatchObject({ age: 34, sex: 'male' });
    expect(found?.answers?.evidence.map((e) => e.id)).toContain('pain_lower_back');
  });

  it('sends a report from a plan card, without the answers', async () => {
    const card = page.locator('.plan-item').first();
    const advice = ((await card.getAttribute('id')) ?? '').replace(/^advice-/, '');
    expect(advice).not.toBe('');
    const words = `This plan card is hard to follow ${Date.now()}`;
    await card.locator('details.report-problem > summary').scrollIntoViewIfNeeded();
    expect(await report(`advice:${advice}`, 'It is hard to understand', words, false)).toBe(
      'Thank you. Your report was sent.',
    );
    await checkScreen(page, 'result-feedback-sent');
    const found = listed(since).find((r) => r.text === words);
    expect(found).toMatchObject({ problem: 'unclear', item: { kind: 'advice', id: advice }, answers: null });
  });

  it('keeps a report made offline on the device and sends it when the connection is back', async () => {
    const words = `Sent while offline ${Date.now()}`;
    await context.setOffline(true);
    try {
      expect(await report(`seed_claim:${await firstSeedClaim()}`, 'It is wrong', words, false)).toBe(
        'You are offline. Your report is saved on this device and will be sent when you are back online.',
      );
      expect(listed(since).some((r) => r.text === words)).toBe(false);
    } finally {
      await context.setOffline(false);
    }
    await expect.poll(() => listed(since).some((r) => r.text === words), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('backease.feedbackQueue'))).toBeNull();
  });
});

/** The first seed claim's id, with the claims opened so its report form can be used. */
async function firstSeedClaim(): Promise<string> {
  const claims = page.locator('details.seed');
  if (!(await claims.getAttribute('open'))) await claims.locator('summary').first().click();
  const form = claims.locator('details.report-problem').first();
  return ((await form.getAttribute('data-report')) ?? '').replace(/^seed_claim:/, '');
}
