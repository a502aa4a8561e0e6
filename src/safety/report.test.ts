/**
 * docs/clinical-safety.md is generated from the hazard log; this checks it is fresh by rendering it again
 * from the date and test results it records, so time passing never makes it stale, while a change to the
 * log or the knowledge base does. Review dates in the past are listed in the report, never a failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKnowledge, knowledgeData } from '../knowledge/index.ts';
import { getHazardLog } from './index.ts';
import { readState, renderSafetyReport, testKey } from './report.ts';

const root = join(import.meta.dirname, '..', '..');
const log = getHazardLog();
const kb = getKnowledge();
const allTests = [...new Set(log.controls.flatMap((c) => c.verifiedBy.map(testKey)))];
const passedAll = Object.fromEntries(allTests.map((k) => [k, 'passed' as const]));

describe('the clinical safety report', () => {
  // Not named by the hazard log as a verifying test: the report records the results of the tests it
  // names, and this one can only pass once the report is written.
  it('docs/clinical-safety.md is fresh (run `npm run safety-report` if not)', () => {
    const committed = readFileSync(join(root, 'docs/clinical-safety.md'), 'utf8');
    const state = readState(committed);
    expect(state, 'the report records the date and test results it was made from').toBeDefined();
    if (!state) return;
    // Every test the log names was run for it, and passed: the committed report claims no failure.
    expect(Object.keys(state.results).sort()).toEqual([...allTests].sort());
    expect(Object.entries(state.results).filter(([, s]) => s !== 'passed')).toEqual([]);
    expect(committed).toBe(renderSafetyReport({ log, kb, asOf: state.asOf, results: state.results }));
  });

  it('lists entries past their review date instead of failing', () => {
    const later = renderSafetyReport({ log, kb, asOf: '2099-01-01', results: passedAll });
    const overdue = later.slice(later.indexOf('## 10. Past their review date'));
    for (const h of log.hazards) expect(overdue).toContain(`${h.id} ${h.title}`);
    for (const r of log.contentReviews) expect(overdue).toContain(`Knowledge area ${r.area}`);
    const earliest = [
      ...log.hazards.map((h) => h.reviewBy),
      ...log.contentReviews.map((r) => r.reviewBy),
    ].sort()[0];
    const before = renderSafetyReport({ log, kb, asOf: earliest ?? '2000-01-01', results: passedAll });
    expect(before).toContain('Nothing is overdue.');
    // A test that did not pass is shown as a test issue, not hidden.
    const [first] = allTests;
    const failing = renderSafetyReport({
      log,
      kb,
      asOf: '2099-01-01',
      results: { ...passedAll, [first ?? '']: 'failed' },
    });
    expect(failing.slice(failing.indexOf('## 8. Test issues'))).toContain('**FAILED**');
  });

  it('the review register covers every area of the knowledge base', () => {
    const areas = Object.entries(knowledgeData)
      .filter(([, v]) => Array.isArray(v))
      .map(([k]) => k)
      .sort();
    expect(log.contentReviews.map((r) => r.area).sort()).toEqual(areas);
  });

  it('is linked from the README under Known limits', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const limits = readme.slice(readme.indexOf('## Known limits'));
    expect(limits).toContain('(docs/clinical-safety.md)');
  });
});
