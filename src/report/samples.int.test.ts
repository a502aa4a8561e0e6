// The files under docs/samples/ (made by `node src/report/make-samples.ts`) are what they claim to be:
// summary PDFs on the right paper with one image per page (an English one on A4 and Letter, and an
// Arabic one, laid out right to left, with questions in three scripts), a diary export the CLI can
// read, and a Bundle with Spanish and Arabic designations that passes the official FHIR R4 schema.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiled, fhirSchemaErrors } from '../fhir/testing/official-schema.ts';
import { renderer } from '../i18n/catalogs.ts';
import { parseDiaryExport } from './diary-export.ts';
import { PAPER_SIZES } from './pdf/writer.ts';
import { pdfInfo, pdfPages, pdfTags, readPdf, structElements } from './testing/read-pdf.ts';

const samples = new URL('../../docs/samples/', import.meta.url).pathname;

describe('docs/samples', () => {
  it.each(['a4', 'letter'] as const)('has the %s summary PDF and an image of each page', async (paper) => {
    const pdf = new Uint8Array(readFileSync(`${samples}summary-${paper}.pdf`));
    const info = await pdfInfo(pdf);
    const [width, height] = PAPER_SIZES[paper];
    expect(info).toMatchObject({ width, height });
    for (let page = 1; page <= info.pages; page++)
      expect(existsSync(`${samples}summary-${paper}-${page}.png`)).toBe(true);
    expect(existsSync(`${samples}summary-${paper}-${info.pages + 1}.png`)).toBe(false);
    expect((await pdfPages(pdf)).join(' ')).toContain('BackEase: summary for a doctor');
  });

  it('has the Arabic summary: tagged, in Arabic words, right to left, its questions read back in every script', async () => {
    const pdf = new Uint8Array(readFileSync(`${samples}summary-ar.pdf`));
    const info = await pdfInfo(pdf);
    for (let page = 1; page <= info.pages; page++)
      expect(existsSync(`${samples}summary-ar-${page}.png`)).toBe(true);
    expect(existsSync(`${samples}summary-ar-${info.pages + 1}.png`)).toBe(false);
    expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (ar)');
    // pdfinfo's "Tagged: yes": the catalog's /MarkInfo << /Marked true >>, read with pdf.js.
    const tags = await pdfTags(pdf);
    expect([tags.marked, tags.lang]).toEqual([true, 'ar']);
    const ar = renderer('ar');
    const elements = structElements(tags);
    expect(elements.filter((e) => e.role === 'H1').map((e) => e.text)).toEqual([ar.text('pdf.title')]);
    expect(elements.filter((e) => e.role === 'H2').map((e) => e.text)).toContain(
      ar.text('visit.questionsTitle'),
    );
    const read = await readPdf(pdf);
    expect(read.items.find((i) => i.text === ar.text('visit.questionsTitle'))?.dir).toBe('rtl');
    const text = read.text.replace(/[\u202a-\u202e]/g, '');
    for (const q of [
      'هل يمكن أن يكون دواء الستاتين سببًا في زيادة التشنجات؟',
      'Czy mogę dalej chodzić na siłownię i czego unikać?',
      '我可以继续去健身房锻炼吗？应该避免哪些动作？',
    ])
      expect(text, q).toContain(q);
  });

  it('has a diary export that the CLI reads', () => {
    const r = parseDiaryExport(readFileSync(`${samples}diary-export.json`, 'utf8'));
    expect(r.ok && r.value.checkIns.length).toBe(13);
  });

  it('has a FHIR Bundle that passes the official R4 schema, with Spanish and Arabic designations', () => {
    compiled();
    const bundle = JSON.parse(readFileSync(`${samples}fhir-bundle.json`, 'utf8'));
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const languages = new Set(
      JSON.stringify(bundle)
        .match(/"language":"[a-z]+"/g)
        ?.map((l) => l.slice(12, -1)),
    );
    expect([...languages].sort()).toEqual(['ar', 'es']);
  });
});
