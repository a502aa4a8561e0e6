/**
 * Regenerates docs/samples/ from the made-up sample diary: the summary PDF on A4 and on Letter, PNG
 * images of their pages, the diary export file the CLI reads, and the FHIR Bundle made from it; and
 * an Arabic-layout summary (`--lang ar`) of the same diary with questions in Arabic, Polish and
 * Chinese, with its page images.
 * Uses the real knowledge base (its remedy titles and finding labels), so rerun it when that changes:
 *
 *   node src/report/make-samples.ts
 *
 * The page images are drawn by pdf.js (src/report/testing/read-pdf.ts), from npm like everything else.
 */

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFhirBundle } from '../fhir/bundle.ts';
import { renderer, translationRenderers } from '../i18n/catalogs.ts';
import { exportOf } from '../insights/fixtures.ts';
import { parsePeriod } from '../insights/period.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { renderSummaryPdf } from './pdf/render.ts';
import { SAMPLE_FROM, SAMPLE_NOW, SAMPLE_TO, sampleDiary, sampleDiaryInManyScripts } from './sample-diary.ts';
import { buildSummary } from './summary.ts';
import { pdfToPngs } from './testing/read-pdf.ts';

const out = new URL('../../docs/samples/', import.meta.url).pathname;

const period = parsePeriod(SAMPLE_FROM, SAMPLE_TO);
if (!period.ok) throw new Error(period.issues.map((i) => i.path).join('; '));
const kb = getKnowledge();
const diary = sampleDiary();

mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (/^summary-.*\.(pdf|png)$/.test(f)) rmSync(join(out, f));

const exported = exportOf(diary, new Date(SAMPLE_NOW).toISOString());
writeFileSync(join(out, 'diary-export.json'), `${JSON.stringify(exported, null, 2)}\n`);

const summary = buildSummary(diary, period.value, SAMPLE_NOW);
for (const paper of ['a4', 'letter'] as const) {
  const pdf = await renderSummaryPdf(summary, { paper });
  writeFileSync(join(out, `summary-${paper}.pdf`), pdf);
  await pdfToPngs(pdf, join(out, `summary-${paper}`), 80);
}

const manyScripts = buildSummary(sampleDiaryInManyScripts(), period.value, SAMPLE_NOW);
const arabic = await renderSummaryPdf(manyScripts, { paper: 'a4', renderer: renderer('ar') });
writeFileSync(join(out, 'summary-ar.pdf'), arabic);
await pdfToPngs(arabic, join(out, 'summary-ar'), 80);

const bundle = buildFhirBundle(diary, kb, period.value, {
  now: SAMPLE_NOW,
  words: renderer(),
  designations: translationRenderers(),
});
writeFileSync(join(out, 'fhir-bundle.json'), `${JSON.stringify(bundle, null, 2)}\n`);

console.log(`Wrote ${readdirSync(out).sort().join(', ')} to docs/samples/.`);
