import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../contract/ids.ts';
import { CAUSE_CODES, PAIN_SEVERITY_LOINC } from './codes.ts';
import { derivedUuid } from './ids.ts';

// §4.3 of the research notes, kept in the repository so the test runs on any clean checkout.
const CODES = resolve(import.meta.dirname, '../../docs/research/codes.md');

function section43(): string {
  const text = readFileSync(CODES, 'utf8');
  const start = text.indexOf('### 4.3 Codes');
  if (start < 0) throw new Error(`${CODES} has no §4.3 code table`);
  return text.slice(start);
}

describe('standard codes', () => {
  it('uses only codes that research/peers.md §4.3 lists (never invented)', () => {
    const table = section43();
    const all = [PAIN_SEVERITY_LOINC, ...Object.values(CAUSE_CODES).flat()];
    expect(all.length).toBeGreaterThan(5);
    for (const c of all) expect(table, `${c.system}|${c.code}`).toContain(c.code);
  });

  it('maps only contract causes, each code marked with where it was seen', () => {
    for (const [cause, codes] of Object.entries(CAUSE_CODES)) {
      expect(CAUSE_IDS).toContain(cause);
      for (const c of codes) expect(c.seen).toMatch(/peers\.md §4\.3/);
    }
  });
});

describe('derivedUuid', () => {
  it('is a version 8 UUID, the same for the same name and different for different names', () => {
    const a = derivedUuid('assessment-1/condition/sciatica');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedUuid('assessment-1/condition/sciatica')).toBe(a);
    const names = Array.from({ length: 2000 }, (_, i) => `assessment-${i}/condition/sciatica`);
    expect(new Set(names.map(derivedUuid)).size).toBe(names.length);
  });
});
