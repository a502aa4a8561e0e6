/**
 * Regenerates docs/sessions/*.txt, the terminal sessions the README shows, and the README's copy of
 * each (the fenced block after its `<!-- session:NAME ... -->` marker): `npm run record:sessions`.
 * src/cli/sessions.test.ts fails while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { recordSession, SESSIONS } from '../src/cli/sessions.ts';
import { renderer } from '../src/i18n/catalogs.ts';
import { getKnowledge } from '../src/knowledge/index.ts';

const kb = getKnowledge();
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
let readme = readFileSync(readmePath, 'utf8');
for (const s of SESSIONS) {
  const text = await recordSession(kb, renderer('en'), s);
  writeFileSync(fileURLToPath(new URL(`../docs/sessions/${s.name}.txt`, import.meta.url)), text);
  const block = new RegExp(`(<!-- session:${s.name} [^\\n]*-->\\n)\`\`\`\\n[\\s\\S]*?\\n\`\`\``);
  if (!block.test(readme)) throw new Error(`README.md has no <!-- session:${s.name} --> block`);
  readme = readme.replace(block, (_m, marker: string) => `${marker}\`\`\`\n${text.trimEnd()}\n\`\`\``);
  console.log(`wrote docs/sessions/${s.name}.txt`);
}
writeFileSync(readmePath, readme);
