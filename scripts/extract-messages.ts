/**
 * Regenerates src/i18n/catalogs/en/knowledge.json from the knowledge base. Run after changing
 * src/knowledge: `npm run extract:messages`. src/i18n/catalogs.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildKnowledgeCatalog,
  KNOWLEDGE_CATALOG_PATH,
  serialiseCatalog,
} from '../src/i18n/knowledge-catalog.ts';
import { knowledgeData } from '../src/knowledge/index.ts';

const target = fileURLToPath(new URL(`../${KNOWLEDGE_CATALOG_PATH}`, import.meta.url));
const catalog = buildKnowledgeCatalog(knowledgeData);
writeFileSync(target, serialiseCatalog(catalog));
console.log(`wrote ${KNOWLEDGE_CATALOG_PATH}: ${Object.keys(catalog).length - 2} texts`);
