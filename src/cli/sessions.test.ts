import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderer } from '../i18n/catalogs.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { recordSession, SESSIONS } from './sessions.ts';

const kb = getKnowledge();

describe('the recorded terminal sessions in docs/sessions', () => {
  it.each(SESSIONS.map((s) => [s.name, s] as const))('%s is what the CLI does today', async (name, s) => {
    const file = new URL(`../../docs/sessions/${name}.txt`, import.meta.url);
    const recorded = await recordSession(kb, renderer('en'), s);
    // Regenerate with `npm run record:sessions` after changing questions, words or the CLI.
    expect(readFileSync(file, 'utf8')).toBe(recorded);
  });

  it('the README shows each session as recorded', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const s of SESSIONS) {
      const file = readFileSync(new URL(`../../docs/sessions/${s.name}.txt`, import.meta.url), 'utf8');
      expect(readme, s.name).toContain(`\`\`\`\n${file.trimEnd()}\n\`\`\``);
    }
  });

  it('the benign spasm ends in self-care and the cauda equina story in an emergency, action first', async () => {
    const [benign, ces] = await Promise.all(SESSIONS.map((s) => recordSession(kb, renderer('en'), s)));
    expect(benign).toMatch(/SELF-CARE/);
    expect(ces).toMatch(/EMERGENCY/);
    expect(ces?.indexOf('EMERGENCY')).toBeLessThan(ces?.indexOf('WHAT THIS CAN BE') ?? 0);
    // What the warning sign can mean comes first, with what happens next.
    const causes = ces?.slice(ces.indexOf('WHAT THIS CAN BE')) ?? '';
    expect(causes.indexOf('Cauda equina syndrome')).toBeLessThan(causes.indexOf('Muscle strain'));
    expect(causes).toMatch(/What happens next: Hospital the same day/);
    expect(benign).not.toMatch(/\d+%/);
  });
});
