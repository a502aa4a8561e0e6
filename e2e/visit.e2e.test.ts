/**
 * Doctor visit: from a saved check, a few check-ins and a question written on the visit screen, the
 * summary is built on the phone (no account), prints without the app around it (emulated print media,
 * and real PDFs from Chromium on A4 and Letter read back with pdf.js), and the FHIR download is
 * a valid R4 Bundle with the check-ins as Observations. Works offline.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compiled, fhirSchemaErrors } from '../src/fhir/testing/official-schema.ts';
import { pdfToPngs, readPdf } from '../src/report/testing/read-pdf.ts';
import { checkScreen, launchBrowser, newPhoneContext, pageProblems } from './browser.ts';
import { answerAboutYou, answerInterview, type Patient } from './patient.ts';

const caudaEquina: Patient = {
  age: 46,
  sex: 'male',
  present: [
    'pain_lower_back',
    'leg_pain_below_knee',
    'saddle_numbness',
    'urinary_retention',
    'pain_severity',
    'duration_days',
  ],
  values: { pain_severity: 7, duration_days: 14 },
};

const QUESTION = 'Do I need a scan, and how soon?';
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // Compiling the official FHIR schema takes seconds: do it outside the tests' time limits.
  compiled();
  browser = await launchBrowser();
  context = await newPhoneContext(browser, inject('baseURL'));
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function logCheckIn(pain: number, note = ''): Promise<void> {
  const entries = await page.locator('.entries li').count();
  await page.locator(`input[name=checkin-pain][value="${pain}"]`).check();
  if (note) await page.getByLabel('Note (optional)').first().fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect.poll(() => page.locator('.entries li').count()).toBe(entries + 1);
}

/** What a PDF printed by Chromium says, and whether it keeps to the paper and to black and white. */
async function readPrint(pdf: Uint8Array, paper: { width: number; height: number }) {
  const read = await readPdf(pdf);
  const info = read.info;
  // Chromium rounds the paper to whole pixels at 96 dpi: within a point of the standard size.
  expect(Math.abs(info.width - paper.width)).toBeLessThan(1.5);
  expect(Math.abs(info.height - paper.height)).toBeLessThan(1.5);
  // Every word inside the page with at least 14 mm (40 pt) of margin on each side.
  const outside = read.words.filter(
    (w) => w.xMin < 40 || w.yMin < 40 || w.xMax > info.width - 40 || w.yMax > info.height - 40,
  );
  expect(outside.map((w) => `${w.word} p${w.page}`)).toEqual([]);
  // Black on white: no pixel has a colour (greys from anti-aliasing and the shaded episodes are fine).
  for (let n = 1; n <= info.pages; n++) {
    const r = await read.raster(n, 40);
    let coloured = 0;
    for (let i = 0; i < r.rgb.length; i += 3) {
      const [red, green, blue] = [r.rgb[i] ?? 0, r.rgb[i + 1] ?? 0, r.rgb[i + 2] ?? 0];
      if (Math.max(red, green, blue) - Math.min(red, green, blue) > 24) coloured++;
    }
    expect(coloured).toBe(0);
  }
  return { pages: info.pages, text: read.text };
}

describe('doctor visit', () => {
  it('builds the summary from the diary on the phone', async () => {
    // A saved check gives the summary its triage and reasons.
    await page.goto('/check');
    await answerAboutYou(page, caudaEquina);
    await answerInterview(page, caudaEquina);
    await expect.poll(() => page.locator('#triage-heading').textContent()).toBe('Call 999 now');
    await page.getByRole('button', { name: 'Save this result in my diary' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved in your diary on this phone.' }).waitFor();

    await page.getByRole('link', { name: 'Diary', exact: true }).click();
    await page.getByRole('heading', { name: 'My pain diary' }).waitFor();
    await logCheckIn(6, 'stiff in the morning');
    await logCheckIn(4);
    await logCheckIn(3);
    await page.getByText('Log a spasm episode').click();
    await page.locator('input[name=episode-pain][value="8"]').check();
    await page.getByRole('button', { name: 'Save episode' }).click();
    // The diary's timeline: the saved check, three check-ins and the episode.
    await expect.poll(() => page.locator('.entries li').count()).toBe(5);
    expect(await page.locator('.entries').textContent()).toContain('back check: emergency');

    await page.getByRole('link', { name: 'Doctor visit', exact: true }).click();
    await page.getByRole('heading', { name: 'Prepare for a doctor visit', level: 1 }).waitFor();
    // The last four weeks by default, in the phone's own calendar.
    const expected = await page.evaluate(() => {
      const day = (d: Date) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const now = new Date();
      return { from: day(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 27)), to: day(now) };
    });
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(expected.from);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(expected.to);

    // Questions: add two, remove one.
    const questions = page.locator('.visit-questions li');
    await page.getByLabel('A question to ask').fill(QUESTION);
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => questions.count()).toBe(1);
    await page.getByRole('status').filter({ hasText: 'Question added.' }).waitFor();
    await page.getByRole('button', { name: 'Add question' }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Write your question first' }).count()).toBe(1);
    await page.getByLabel('A question to ask').fill('Temporary question');
    await page.getByRole('button', { name: 'Add question' }).click();
    await expect.poll(() => questions.count()).toBe(2);
    await page.getByRole('button', { name: /^Remove\b.*Temporary question$/ }).click();
    await expect.poll(() => questions.allTextContents()).toEqual([expect.stringContaining(QUESTION)]);

    const summary = page.locator('.visit-summary');
    // The saved check: its triage level and reasons.
    expect(await page.locator('#visit-latest').textContent()).toMatch(/^Latest check \(/);
    expect(await summary.locator('.visit-level').textContent()).toBe('Result: Emergency');
    expect(await summary.locator('.visit-label + ul li').count()).toBeGreaterThan(0);
    expect(await summary.locator('.visit-causes li').count()).toBeGreaterThan(0);
    // The check-ins: chart, its words and the numbers.
    expect(await page.locator('#visit-chart-summary').textContent()).toContain(
      '3 check-ins: lowest 3, highest 6, average 4.3 out of 10.',
    );
    await summary.getByText('Show the numbers').click();
    expect(
      await summary
        .getByRole('table', { name: /Pain entries/ })
        .locator('tbody tr')
        .count(),
    ).toBe(3);
    expect(await summary.locator('.pain-chart .chart-point').count()).toBe(3);
    // The episode: a row in the table and shaded on the chart.
    const episodeRows = summary.getByRole('table', { name: 'Episodes' }).locator('tbody tr');
    expect(await episodeRows.count()).toBe(1);
    expect(await episodeRows.first().textContent()).toContain('Worst 8');
    expect(await summary.locator('.pain-chart .chart-span').count()).toBe(1);
    // The person from the saved check.
    expect(await summary.locator('.visit-meta').textContent()).toContain('Man, 46');

    // A question survives a reload (it is in the diary on the phone).
    await page.reload();
    await expect.poll(() => questions.allTextContents()).toEqual([expect.stringContaining(QUESTION)]);
    await checkScreen(page, 'visit');
  });

  it('checks the dates', async () => {
    const today = await page.getByLabel('To', { exact: true }).inputValue();
    const defaultFrom = await page.getByLabel('From', { exact: true }).inputValue();
    await page.getByLabel('From', { exact: true }).fill('2999-01-01');
    await page
      .getByRole('alert')
      .filter({ hasText: 'The last day must be on or after the first day.' })
      .waitFor();
    expect(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    // The summary keeps the last dates that made sense.
    expect(await page.locator('.visit-summary .chart-point').count()).toBe(3);
    // Today alone still holds the check-ins just made.
    await page.getByLabel('From', { exact: true }).fill(today);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The last day' }).count()).toBe(0);
    expect(await page.locator('.visit-summary .chart-point').count()).toBe(3);
    // Back to the default four weeks (the period in the heading changes with it).
    const oneDay = await page.locator('.visit-meta').textContent();
    expect(oneDay).toMatch(/^(\d+ \w+ \d+) to \1 · /);
    await page.getByLabel('From', { exact: true }).fill(defaultFrom);
    await expect.poll(() => page.locator('.visit-meta').textContent()).not.toBe(oneDay);
    expect(await page.locator('.visit-summary .chart-point').count()).toBe(3);
  });

  it('prints the summary alone, black on white, on A4 and on Letter', async () => {
    // The Print button opens the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('button:visible, input:visible, textarea:visible, form:visible').count()).toBe(
      0,
    );
    expect(await page.locator('.visit-summary').isVisible()).toBe(true);
    expect(await page.locator('.visit-question-text').textContent()).toBe(QUESTION);
    expect(await page.locator('.visit-question-text').isVisible()).toBe(true);
    // Back to the page's own media (page.pdf prints with print media unless screen is forced).
    await page.emulateMedia({ media: null });

    await page.setViewportSize({ width: 1280, height: 800 });
    for (const [name, format, paper] of [
      ['a4', 'A4', { width: 595, height: 842 }],
      ['letter', 'Letter', { width: 612, height: 792 }],
    ] as const) {
      const pdf = new Uint8Array(await page.pdf({ format }));
      const { pages, text } = await readPrint(pdf, paper);
      expect(pages).toBeGreaterThanOrEqual(1);
      for (const words of [
        "Summary for a doctor's visit",
        'Worst 8',
        'Man, 46',
        'Points to act on',
        'Questions for my doctor',
        QUESTION,
        'Result: Emergency',
        'Pain over time',
        '3 check-ins: lowest 3, highest 6',
        'Episodes',
        'Remedies tried',
        'Medicines and conditions',
      ]) {
        expect(text, `${name}: ${words}`).toContain(words);
      }
      // Nothing of the app around it: no navigation, buttons, forms or emergency header.
      for (const words of [
        'Skip to main content',
        'Settings',
        'Add question',
        'Remove',
        'Download for my',
        'Emergency? Call',
      ]) {
        expect(text, `${name}: ${words}`).not.toContain(words);
      }
      if (process.env.UPDATE_SCREENSHOTS === '1') {
        await pdfToPngs(pdf, `${SHOTS}visit-print-${name}`, 72);
      }
    }
    await page.setViewportSize({ width: 360, height: 780 });
  });

  it('downloads a FHIR R4 Bundle with the check-ins as Observations', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { blobTypes: string[] };
      w.blobTypes = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        if (b instanceof Blob) w.blobTypes.push(b.type);
        return create(b);
      };
    });
    const download = async () => {
      const event = page.waitForEvent('download');
      await page.getByRole('button', { name: "Download for my doctor's system (FHIR)" }).click();
      const d = await event;
      return { name: d.suggestedFilename(), bundle: JSON.parse(await readFile(await d.path(), 'utf8')) };
    };
    const { name, bundle } = await download();
    expect(name).toMatch(/^backease-fhir-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await page.evaluate(() => (window as unknown as { blobTypes: string[] }).blobTypes)).toEqual([
      'application/fhir+json',
    ]);
    await page
      .getByRole('status')
      .filter({ hasText: `Downloaded ${name}.` })
      .waitFor();

    interface Entry {
      resource: {
        resourceType: string;
        id: string;
        code?: { coding?: { system: string; code: string }[] };
        valueInteger?: number;
        gender?: string;
      };
    }
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = (bundle.entry as Entry[]).map((e) => e.resource);
    const pain = resources.filter(
      (r) => r.resourceType === 'Observation' && r.code?.coding?.some((c) => c.code === '72514-3'),
    );
    expect(pain.map((o) => o.valueInteger)).toEqual([6, 4, 3]);
    expect(resources.filter((r) => r.resourceType === 'QuestionnaireResponse')).toHaveLength(1);
    expect(resources.filter((r) => r.resourceType === 'RiskAssessment')).toHaveLength(1);
    const patient = resources.find((r) => r.resourceType === 'Patient');
    expect(patient).toMatchObject({ gender: 'male' });
    expect(fhirSchemaErrors(bundle)).toEqual([]);

    // The pseudonymous Patient id is kept on the phone: a second export names the same Patient.
    const again = await download();
    const patientAgain = (again.bundle.entry as Entry[]).find((e) => e.resource.resourceType === 'Patient');
    expect(patientAgain?.resource.id).toBe(patient?.id);
  });

  it('works offline', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Prepare for a doctor visit', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.visit-summary .chart-point').count()).toBe(3);
    const event = page.waitForEvent('download');
    await page.getByRole('button', { name: "Download for my doctor's system (FHIR)" }).click();
    expect((await event).suggestedFilename()).toMatch(/^backease-fhir-/);
    await context.setOffline(false);
    expect(pageProblems(page)).toEqual([]);
  });
});
