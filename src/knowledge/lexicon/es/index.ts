/**
 * The Spanish story lexicon (Spain and Latin America): words, cues, time and scores, and the entries
 * grouped as the English lexicon groups them. Machine-made by the team, not yet reviewed by a
 * native-speaking clinician (see docs/parse.md).
 */
import type { Lexicon } from '../types.ts';
import { background } from './background.ts';
import { course } from './course.ts';
import { cues } from './cues.ts';
import { legsAndNerves } from './legs-and-nerves.ts';
import { medicineClass, medicines } from './medicines.ts';
import { severity, time } from './time.ts';
import { whereItHurts } from './where-it-hurts.ts';
import { wholeBody } from './whole-body.ts';
import {
  abbreviations,
  classes,
  episodeWords,
  numbers,
  periodAbbreviations,
  spellings,
  symptomWords,
} from './words.ts';

export const spanish: Lexicon = {
  language: 'es',
  classes: { ...classes, ...medicineClass },
  spellings,
  abbreviations,
  // No Spanish word list is shipped to tell real words from slips, so misspellings are not guessed.
  realWords: [],
  correctMisspellings: false,
  decimalComma: true,
  periodAbbreviations,
  numbers,
  cues,
  time,
  severity,
  symptomWords,
  episodeWords,
  entries: [...whereItHurts, ...course, ...legsAndNerves, ...wholeBody, ...medicines, ...background],
};
