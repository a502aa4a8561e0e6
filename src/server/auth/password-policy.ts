/**
 * What makes a new password acceptable (OWASP ASVS 5.0 6.2.4, 6.2.11, 6.2.12; NIST SP 800-63B): at least
 * 12 characters (the schema checks length), not one of the 49,233 most common passwords of the breach
 * corpus that @zxcvbn-ts/language-common ships (the whole password, compared case-insensitively), not
 * built from the person's email or the product's name, and not guessable by zxcvbn's patterns
 * (repeats, sequences, keyboard rows, dates, common words) below score 3 (about 10^8 guesses). No
 * composition rules. The list and the estimator run on the server only: they never reach the web bundle.
 *
 * A refusal names why, as a message the edge puts into words (`error.password.*` in core.json).
 */
import { type ZxcvbnFactory as Factory, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { type Message, msg } from '../../i18n/message.ts';

/** zxcvbn's score: 0 too guessable … 4 very unguessable. 3 and up are accepted. */
export const MIN_SCORE = 3;

/** Words that belong to this service, which a password must not lean on (ASVS 6.2.11). */
export const CONTEXT_WORDS = ['backease', 'back ease', 'back pain', 'backpain', 'spasm', 'diary'];

let zxcvbn: Factory | undefined;
let common: ReadonlySet<string> | undefined;

function estimator(): Factory {
  zxcvbn ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  return zxcvbn;
}

/** The breached-password list, lower-cased as it is shipped. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

const REASONS: Readonly<Record<string, string>> = {
  straightRow: 'error.password.keyboard',
  keyPattern: 'error.password.keyboard',
  simpleRepeat: 'error.password.repeated',
  extendedRepeat: 'error.password.repeated',
  sequences: 'error.password.sequence',
  recentYears: 'error.password.dates',
  dates: 'error.password.dates',
  topTen: 'error.password.common',
  topHundred: 'error.password.common',
  common: 'error.password.common',
  similarToCommon: 'error.password.common',
  wordByItself: 'error.password.words',
  namesByThemselves: 'error.password.words',
  commonNames: 'error.password.words',
  userInputs: 'error.password.personal',
  pwned: 'error.password.common',
};

/** The email's own parts: the whole address, the part before the @, and its words. */
function personalWords(email: string | undefined): string[] {
  if (!email) return [];
  const local = email.split('@')[0] ?? '';
  return [email, local, ...local.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3)];
}

/** Why the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): Message | null {
  if (commonPasswords().has(password.toLowerCase())) return msg('error.password.breached');
  if (password.trim() === '' || /^[\p{C}\p{Z}]*$/u.test(password)) return msg('error.password.blank');
  const result = estimator().check(password, [...CONTEXT_WORDS, ...personalWords(email)]);
  const personal = result.sequence.some(
    (s) => s.pattern === 'dictionary' && 'dictionaryName' in s && s.dictionaryName === 'userInputs',
  );
  // Leaning on the email or the product's name is the first thing a targeted guess tries: such a
  // password must be strong even so (the top score), not just strong enough.
  if (result.score >= (personal ? MIN_SCORE + 1 : MIN_SCORE)) return null;
  const key = personal
    ? 'error.password.personal'
    : (REASONS[result.feedback.warning ?? ''] ?? 'error.password.guessable');
  return msg(key);
}
