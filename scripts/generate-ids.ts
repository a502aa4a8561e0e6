/**
 * Writes the literal unions of every public id, so a typo in an id fails `npm run typecheck` instead of
 * waiting for the knowledge base's load-time check:
 * - src/contract/ids.generated.ts from contract/*.json (finding and cause ids, triage levels);
 * - src/knowledge/ids.generated.ts from the knowledge base's own entries (rule, advice, question, …).
 * Run `npm run generate:ids` after adding an id; src/contract/ids-generated.test.ts fails while a file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderContractIds, renderKnowledgeIds } from './ids-source.ts';

const write = (rel: string, text: string) => {
  writeFileSync(fileURLToPath(new URL(`../${rel}`, import.meta.url)), text);
  console.log(`wrote ${rel}`);
};
write('src/contract/ids.generated.ts', renderContractIds());
write('src/knowledge/ids.generated.ts', renderKnowledgeIds());
