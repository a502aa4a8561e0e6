import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderContractIds, renderKnowledgeIds } from '../../scripts/ids-source.ts';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');

describe('generated id unions', () => {
  it('match contract/*.json and the knowledge base (run `npm run generate:ids` if not)', () => {
    expect(read('src/contract/ids.generated.ts')).toBe(renderContractIds());
    expect(read('src/knowledge/ids.generated.ts')).toBe(renderKnowledgeIds());
  });
});
