import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knowledgeData } from '../../../src/knowledge/index.ts';
import { buildKnowledgeCatalog, serialiseCatalog } from '../../scripts/kb-catalog.ts';
import en from './en.json' with { type: 'json' };

describe('knowledge-base message catalog', () => {
  it('kb.en.json matches the knowledge base (run `npm run extract:messages` after changing src/knowledge)', () => {
    const committed = readFileSync(new URL('./kb.en.json', import.meta.url), 'utf8');
    expect(committed).toBe(serialiseCatalog(buildKnowledgeCatalog(knowledgeData)));
  });

  it('has a text for every question, finding, triage rule, advice item and seed claim', () => {
    const catalog = buildKnowledgeCatalog(knowledgeData);
    for (const q of knowledgeData.questions) expect(catalog[`question.${q.id}.text`]).toBe(q.text);
    for (const f of knowledgeData.findings) expect(catalog[`finding.${f.id}.label`]).toBe(f.label);
    for (const r of knowledgeData.triageRules) expect(catalog[`triage.${r.id}.text`]).toBe(r.text);
    for (const a of knowledgeData.advice) expect(catalog[`advice.${a.id}.title`]).toBe(a.title);
    for (const s of knowledgeData.seedClaims) expect(catalog[`seed.${s.id}.verdict`]).toBe(s.verdict);
  });

  it('interface catalog declares its language and direction', () => {
    expect(en['_meta.lang']).toBe('en');
    expect(['ltr', 'rtl']).toContain(en['_meta.dir']);
  });
});
