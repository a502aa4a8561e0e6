/**
 * The story lexicons, one per language, each validated once on first use. Spanish and Arabic are
 * added as data beside English.
 */
import { developerText } from '../../contract/errors.ts';
import { english } from './en/index.ts';
import type { Lexicon } from './types.ts';
import { validateLexicon } from './validate.ts';

export const LEXICONS: Readonly<Record<string, Lexicon>> = { en: english };

const cache = new Map<string, Lexicon>();

/** The validated lexicon of a language; throws naming every bad entry if the data is inconsistent. */
export function getLexicon(language = 'en'): Lexicon {
  const hit = cache.get(language);
  if (hit) return hit;
  const lex = LEXICONS[language];
  if (!lex) throw new Error(`No story lexicon for the language "${language}".`);
  const r = validateLexicon(lex);
  if (!r.ok)
    throw new Error(
      `Story lexicon "${language}" is invalid:\n${r.issues.map((i) => `- ${developerText(i)}`).join('\n')}`,
    );
  cache.set(language, r.value);
  return r.value;
}

export type { Lexicon } from './types.ts';
