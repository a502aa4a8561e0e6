/**
 * The account's security screens against the real server: a common password is refused with the
 * reason shown; two-step sign-in is turned on with a code from the (simulated) authenticator app and
 * its recovery codes are shown once; signing in then asks for the code; the sessions list shows the
 * other browser, which can be signed out from here.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { base32Decode, hotp, stepAt } from '../src/server/auth/totp.ts';
import { checkScreen, launchBrowser, newPhoneContext } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  if (inject('server') !== 'backease') throw new Error('The account tests need the real server.');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The authenticator app: the code for now, `offset` steps of 30 s on. */
const appCode = (key: string, offset = 0) => hotp(base32Decode(key), stepAt(Date.now()) + offset);

describe('account security screens', () => {
  it('refuses a common password with the reason, turns on two-step sign-in, and ends another session', async () => {
    const context = await newPhoneContext(browser, inject('baseURL'));
    const page = await context.newPage();
    const email = `e2e-security-${Date.now()}@example.com`;
    const password = 'lantern meadow copper violin';

    await page.goto('/account');
    await page.getByRole('heading', { name: 'Create an account' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'too easy to guess' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('leaked');
    expect(await alert.textContent()).toContain('guess. This password is on a list');
    await checkScreen(page, 'account-weak-password');

    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${email}.`).waitFor();

    // Two-step sign-in: password again, then the app's first code.
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await page.locator('#tf-password').fill(password);
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    const key = ((await page.locator('code.secret').textContent()) ?? '').replaceAll(' ', '');
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(
      await page.getByRole('link', { name: 'Open in authenticator app' }).getAttribute('href'),
    ).toContain(`secret=${key}`);
    await page.locator('#tf-code').fill('000000');
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is wrong' }).waitFor();
    await page.locator('#tf-code').fill(appCode(key));
    await page.getByRole('button', { name: 'Turn on', exact: true }).click();
    await expect.poll(() => page.locator('.recovery-codes li').count()).toBe(10);
    const recovery = ((await page.locator('.recovery-codes li').first().textContent()) ?? '').trim();
    await checkScreen(page, 'account-two-factor-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByText('Recovery codes left: 10.').waitFor();

    // Signing in again now needs the code.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'I already have an account' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter the code from your authenticator app' }).waitFor();
    // The step of the first code is used up; the app's next code works.
    await page.getByLabel('Code from your authenticator app').fill(appCode(key, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`Signed in as ${email}.`).waitFor();

    // Another browser signs in with a recovery code.
    const other = await newPhoneContext(browser, inject('baseURL'));
    const otherPage = await other.newPage();
    await otherPage.goto('/account');
    const signedIn = await otherPage.evaluate(
      async (body) =>
        (
          await fetch('/api/v1/auth/signin', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).status,
      { email, password, code: recovery },
    );
    expect(signedIn).toBe(200);

    // The sessions list shows both; this one is marked, the other can be signed out from here.
    await page.reload();
    await page.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await expect.poll(() => page.locator('.sessions li').count()).toBe(2);
    await expect.poll(() => page.getByText('(This device)').count()).toBe(1);
    // The browser in words, not the raw User-Agent.
    await expect
      .poll(() => page.locator('.sessions li strong').allTextContents())
      .toEqual(['Chrome on Linux', 'Chrome on Linux']);
    await checkScreen(page, 'account-security');
    await page.getByRole('button', { name: /^Sign out this one: / }).click();
    await page.getByText('That session has ended.').waitFor();
    await expect.poll(() => page.locator('.sessions li').count()).toBe(1);
    const otherAfter = await otherPage.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(otherAfter).toBe(401);
    await other.close();
    await context.close();
  });
});
