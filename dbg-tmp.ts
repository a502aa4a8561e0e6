import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const locale of ['en-GB', 'es-ES']) {
  const ctx = await b.newContext({ baseURL: 'http://127.0.0.1:39123', viewport: { width: 390, height: 844 }, locale });
  const page = await ctx.newPage();
  await page.goto('/check');
  await page.locator('#age').waitFor();
  await page.locator('.app-header').screenshot({ path: `/tmp/header-${locale}.png` });
  await ctx.close();
}
await b.close();
