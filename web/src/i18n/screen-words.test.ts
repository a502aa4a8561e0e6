/**
 * The interface's words are split in two so the first screen carries only its own (issue 13: the first
 * screen's JavaScript within 20 KB gzipped): web.json is loaded with the entry, screens.json with any other
 * screen (LazyScreen awaits it with the screen's code; i18n.ts loadScreenCatalog). A key on the wrong side
 * shows as a raw key on the first screen; a key on neither side (or only in the terminal's words, which the
 * web app never loads) shows as a raw key on a screen. Both fail here, naming the file and line.
 *
 * The first screen is web/src/main.tsx and everything it imports statically (web/scripts/import-graph.ts).
 * Every string literal there counts, not only t('…') arguments, so keys kept in arrays (the NAV of
 * app.tsx) are caught too, and so is a key built from a template (`timer.${kind}`) whose head starts a key
 * of screens.json.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, SOURCE_LANGUAGE } from '../../../src/i18n/catalogs.ts';
import {
  keyArguments,
  type Literal,
  staticGraph,
  stringsIn,
  wholeGraph,
} from '../../scripts/import-graph.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const entry = join(root, 'web/src/main.tsx');
const english = CATALOG_FILES[SOURCE_LANGUAGE];
if (!english) throw new Error('no English catalog');
const keysOf = (...domains: (keyof typeof english)[]) =>
  new Set(domains.flatMap((d) => Object.keys(english[d]).filter((k) => !k.startsWith('_meta.'))));

const firstScreenWords = keysOf('web');
const screenWords = keysOf('screens');
/** What loadKnowledgeCatalog brings to the screens that need the core and knowledge-base words. */
const knowledgeWords = keysOf('core', 'knowledge', 'report');

const first = staticGraph([entry]);
const lazy = [...wholeGraph(entry)].filter((f) => !first.has(f));
const rel = (file: string) => file.slice(root.length + 1);
const where = (file: string, l: Literal) => `${rel(file)}:${l.line} ${l.text}${l.prefix ? '…' : ''}`;
/** A template's head that reads like the start of a key ("visit.error."), not any text before a ${…}. */
const keyHead = (l: Literal) => l.prefix && /^[a-zA-Z_]+\.[a-zA-Z0-9_.]*$/.test(l.text);
const startsAKey = (head: string, keys: ReadonlySet<string>) => [...keys].some((k) => k.startsWith(head));

describe('the first screen and its words', () => {
  it('follows the static imports of main.tsx only (a check that the graph itself is right)', () => {
    const files = [...first].map(rel);
    expect(files).toEqual(
      expect.arrayContaining([
        'web/src/app.tsx',
        'web/src/screens/home-screen.tsx',
        'web/src/components/lazy-screen.tsx',
        'web/src/components/timer-banner.tsx',
        'web/src/i18n/i18n.ts',
      ]),
    );
    // Loaded with import(): screens, the prefs sync, the message formatter.
    for (const f of ['web/src/interview/check-screen.tsx', 'web/src/settings/prefs-sync-runner.ts'])
      expect(files).not.toContain(f);
    expect(lazy.map(rel)).toEqual(
      expect.arrayContaining(['web/src/interview/check-screen.tsx', 'web/src/settings/prefs-sync-runner.ts']),
    );
    // The shell's menu keeps its keys in an array, not in t('…') calls: the scan must see them.
    const named = stringsIn(join(root, 'web/src/app.tsx')).map((l) => l.text);
    expect(named).toContain('nav.diary');
  });

  it('names no key of screens.json (those load after it): move the key to web.json', () => {
    const wrong: string[] = [];
    for (const file of first)
      for (const l of stringsIn(file))
        if (l.prefix ? keyHead(l) && startsAKey(l.text, screenWords) : screenWords.has(l.text))
          wrong.push(where(file, l));
    expect(wrong).toEqual([]);
  });

  it('words only keys of web.json', () => {
    const wrong = [...first]
      .flatMap((file) => keyArguments(file, ['t', 'has']).map((l) => ({ file, l })))
      .filter(({ l }) => (l.prefix ? !startsAKey(l.text, firstScreenWords) : !firstScreenWords.has(l.text)))
      .map(({ file, l }) => where(file, l));
    expect(wrong).toEqual([]);
  });

  it('web.json holds only what the first screen names, so it stays small (else move the key to screens.json)', () => {
    const named = new Set([...first].flatMap((f) => stringsIn(f).map((l) => l.text)));
    // index.html's <noscript> says it without the app's code (noscript.test.ts).
    const unused = [...firstScreenWords].filter((k) => !named.has(k) && k !== 'app.noscript');
    expect(unused).toEqual([]);
  });
});

describe('the screens that load on demand', () => {
  it('word only keys of web.json, screens.json or the knowledge catalog (what the web app loads)', () => {
    const loaded = (k: string) => firstScreenWords.has(k) || screenWords.has(k) || knowledgeWords.has(k);
    const wrong: string[] = [];
    for (const file of lazy.filter((f) => rel(f).startsWith('web/')))
      for (const l of keyArguments(file, ['t', 'has'])) {
        const ok = l.prefix
          ? !keyHead(l) || [firstScreenWords, screenWords, knowledgeWords].some((s) => startsAKey(l.text, s))
          : loaded(l.text);
        if (!ok) wrong.push(where(file, l));
      }
    expect(wrong).toEqual([]);
  });

  it('find their words in screens.json (a check that the scan sees the screens)', () => {
    const named = new Set(lazy.flatMap((f) => keyArguments(f, ['t']).map((l) => l.text)));
    for (const k of ['check.restart', 'diary.title', 'account.title', 'settings.title']) {
      expect(screenWords.has(k), k).toBe(true);
      expect(named.has(k), k).toBe(true);
    }
  });
});
