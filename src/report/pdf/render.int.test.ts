// The PDF read back the way a person or a clinician's system would: its text, its pages and paper and
// its pixels (src/report/testing/read-pdf.ts: pdf.js from npm, so nothing to install but `npm ci`).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkIn, diaryOf, episode, question } from '../../insights/fixtures.ts';
import { parsePeriod } from '../../insights/period.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary } from '../sample-diary.ts';
import { buildSummary } from '../summary.ts';
import { pdfInfo, pdfPages, pdfRasters, pdfWords, type Raster, type WordBox } from '../testing/read-pdf.ts';
import { renderSummaryPdf } from './render.ts';
import { PAPER_SIZES, type Paper } from './writer.ts';

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error('bad sample period');
const range = period.value;
// Without the knowledge base, so the layout does not move when its wording changes.
const sample = buildSummary(sampleDiary(), range, SAMPLE_NOW);

/** Every word inside the page with a margin to spare: nothing is cut off on this paper. */
function expectFits(words: readonly WordBox[], paper: Paper): void {
  const [width, height] = PAPER_SIZES[paper];
  expect(words.length).toBeGreaterThan(50);
  const outside = words.filter(
    (w) => w.xMin < 30 || w.xMax > width - 30 || w.yMin < 30 || w.yMax > height - 25,
  );
  expect(outside).toEqual([]);
}

/** Pixels near a colour within rows [top, bottom) of a page image. */
function countColour(
  r: Raster,
  [cr, cg, cb]: readonly [number, number, number],
  top = 0,
  bottom = r.height,
): number {
  let n = 0;
  for (let y = Math.max(0, top); y < Math.min(bottom, r.height); y++) {
    for (let x = 0; x < r.width; x++) {
      const i = (y * r.width + x) * 3;
      if (
        Math.abs((r.rgb[i] as number) - cr) +
          Math.abs((r.rgb[i + 1] as number) - cg) +
          Math.abs((r.rgb[i + 2] as number) - cb) <
        40
      )
        n++;
    }
  }
  return n;
}

/** Page text with runs of spaces and line breaks as one space, so wrapped sentences read whole. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const ACCENT_RGB = [0x1f, 0x5f, 0xbf] as const;
const EPISODE_RGB = [0xdf, 0xe9, 0xf7] as const;
const DPI = 50;

/** The chart's rows in a page image: from under the "Pain over time" heading to the caption below it. */
function chartBand(words: readonly WordBox[], page: number): [number, number] {
  const heading = words.find(
    (w) =>
      w.page === page &&
      w.word === 'over' &&
      words.some((v) => v.page === page && v.word === 'Pain' && Math.abs(v.yMin - w.yMin) < 1),
  );
  const caption = words.find((w) => w.page === page && w.word === '(none)');
  if (!heading || !caption) throw new Error('chart not found on that page');
  return [Math.ceil(((heading.yMax + 6) * DPI) / 72), Math.floor((caption.yMin * DPI) / 72)];
}

describe.each(['a4', 'letter'] as const)('the sample summary on %s paper', (paper) => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    pdf = await renderSummaryPdf(sample, { paper });
  });

  it('is two or three pages of the right paper size', async () => {
    const info = await pdfInfo(pdf);
    const [width, height] = PAPER_SIZES[paper];
    expect(info).toMatchObject({ width, height, title: 'BackEase summary 2026-10-01 to 2026-11-27' });
    // Letter is shorter than A4, so its page breaks may fall differently.
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(info.pages).toBeLessThanOrEqual(3);
  });

  it('says what a doctor needs, in order, with page numbers', async () => {
    const pages = (await pdfPages(pdf)).map(flat);
    const all = pages.join(' ');
    const inOrder = [
      'BackEase: summary for a doctor',
      '1 Oct 2026 to 27 Nov 2026',
      'Woman, 46',
      'Points to act on',
      'See a GP or a physiotherapist: self-care has not helped after a few weeks.',
      'Questions for my doctor',
      '1. Could my statin be making the spasms worse?',
      '3. Is it safe to keep going to the gym, and what should I avoid?',
      'Latest check (24 Nov 2026)',
      'See a doctor or physiotherapist within days',
      'Book an appointment with a doctor or physiotherapist',
      'Back pain that is not clearly improving after 3 weeks',
      'Sciatica (irritated nerve root, often a disc)',
      'Pain over time',
      'Episodes',
      '29 Oct 2026',
      'not yet',
      'Remedies tried',
      'Warmth on the sore muscle',
      'Medicines and conditions',
      'A statin',
      'High blood pressure',
    ];
    let at = 0;
    for (const text of inOrder) {
      const found = all.indexOf(text, at);
      expect(found, text).toBeGreaterThanOrEqual(0);
      at = found;
    }
    expect(all).toMatch(/Sciatica \(irritated nerve root, often a disc\) 50%/);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('fits the paper: no word runs off a page', async () => {
    expectFits(await pdfWords(pdf), paper);
  });

  it('draws the pain chart: axis labels as text, the line and dots and the shaded episodes as pixels', async () => {
    const words = await pdfWords(pdf);
    const chartPage = words.find((w) => w.word === '(none)')?.page as number;
    const onPage = words.filter((w) => w.page === chartPage).map((w) => w.word);
    for (const label of ['0', '10', '1', 'Oct', '27', 'Nov']) expect(onPage).toContain(label);
    const raster = (await pdfRasters(pdf, DPI))[chartPage - 1] as Raster;
    const [top, bottom] = chartBand(words, chartPage);
    expect(countColour(raster, ACCENT_RGB, top, bottom)).toBeGreaterThan(60);
    expect(countColour(raster, EPISODE_RGB, top, bottom)).toBeGreaterThan(1500);
  });

  it('gives the same bytes for the same summary', async () => {
    expect(Buffer.from(await renderSummaryPdf(sample, { paper })).equals(Buffer.from(pdf))).toBe(true);
  });
});

describe('an empty diary', () => {
  it('gives one honest page with an empty chart', async () => {
    const pdf = await renderSummaryPdf(buildSummary(diaryOf(), range, SAMPLE_NOW));
    expect((await pdfInfo(pdf)).pages).toBe(1);
    const text = flat((await pdfPages(pdf))[0] ?? '');
    for (const line of [
      'Nothing in the diary calls for getting help sooner than planned.',
      'No questions written down yet.',
      'No saved check in these dates.',
      'No pain check-ins in this period',
      'No new episode started in this period.',
      'No remedy sessions in this period.',
      'None entered.',
      'Person, age not given',
    ])
      expect(text, line).toContain(line);
    const words = await pdfWords(pdf);
    const [top, bottom] = chartBand(words, 1);
    expect(countColour((await pdfRasters(pdf, DPI))[0] as Raster, ACCENT_RGB, top, bottom)).toBe(0);
  });
});

describe('a long diary', () => {
  const episodes = Array.from({ length: 40 }, (_, i) =>
    episode(
      new Date(range.start + i * 1.4 * 86_400_000).toISOString(),
      new Date(range.start + (i * 1.4 + 1) * 86_400_000).toISOString(),
      (i % 10) + 1,
      {
        areas: ['lower_back', 'left_leg'],
        triggers: ['sitting'],
        notes: `Note ${i}: pain ≥ 7 → took a break 😀. ${'Long note words '.repeat(i % 4 === 0 ? 12 : 1)}`,
      },
    ),
  );
  const diary = diaryOf({
    episodes,
    checkIns: episodes.map((e) => checkIn(e.startedAt, e.pain)),
    doctorQuestions: Array.from({ length: 25 }, (_, i) =>
      question('2026-11-01T00:00:00Z', `Question number ${i + 1} about my back?`),
    ),
  });

  it.each(['a4', 'letter'] as const)(
    'breaks across pages on %s, repeating table headers, and still fits',
    async (paper) => {
      const pdf = await renderSummaryPdf(buildSummary(diary, range, SAMPLE_NOW), { paper });
      const info = await pdfInfo(pdf);
      expect(info.pages).toBeGreaterThan(2);
      const pages = (await pdfPages(pdf)).map(flat);
      expect(pages).toHaveLength(info.pages);
      expect(pages[info.pages - 1]).toContain(`Page ${info.pages} of ${info.pages}`);
      const all = pages.join(' ');
      expect(all).toContain('25. Question number 25 about my back?');
      // Drawn as written: the symbols are in the fonts; the emoji is not, so it shows as a box.
      expect(all).toContain('Note 39: pain ≥ 7 → took a break');
      // The episode table runs over a page break, so its header is drawn again.
      expect(pages.filter((p) => p.includes('Started Settled Days')).length).toBeGreaterThan(1);
      expectFits(await pdfWords(pdf), paper);
    },
  );
});
