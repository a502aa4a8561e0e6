/**
 * Regenerates web/src/i18n/kb.en.json from the knowledge base. Run after changing src/knowledge:
 * `npm run extract:messages`. A unit test fails while the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { knowledgeData } from '../../src/knowledge/index.ts';
import { buildKnowledgeCatalog, KB_CATALOG_PATH, serialiseCatalog } from './kb-catalog.ts';

const target = fileURLToPath(new URL(`../../${KB_CATALOG_PATH}`, import.meta.url));
const catalog = buildKnowledgeCatalog(knowledgeData);
writeFileSync(target, serialiseCatalog(catalog));
console.log(`wrote ${KB_CATALOG_PATH}: ${Object.keys(catalog).length - 3} texts`);
