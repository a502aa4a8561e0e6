/**
 * The Arabic story lexicon (Modern Standard Arabic with common Egyptian, Levantine and Gulf words):
 * words, cues, time and scores, and the entries grouped as the English lexicon groups them.
 * Machine-made by the team, not yet reviewed by a native-speaking clinician (see docs/parse.md).
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

export const arabic: Lexicon = {
  language: 'ar',
  classes: { ...classes, ...medicineClass },
  spellings,
  abbreviations,
  // No Arabic word list is shipped to tell real words from slips, so misspellings are not guessed.
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
  // Words written onto the next one: "و" and, "ف" so, "ب" with/in, "ل" for, "ك" like, "ال" the (which
  // stands for nothing here), and their combinations ("وال", "بال", "لل").
  proclitics: {
    و: 'و',
    ف: 'ف',
    ب: 'ب',
    ل: 'ل',
    ك: 'ك',
    ال: '',
    وال: 'و',
    فال: 'ف',
    بال: 'ب',
    كال: 'ك',
    لل: 'ل',
    ولل: 'و ل',
    وب: 'و ب',
    ول: 'و ل',
    فب: 'ف ب',
    فل: 'ف ل',
    وبال: 'و ب',
    فبال: 'ف ب',
    // Levantine "عالحمام" is "على الحمام".
    عال: 'على',
  },
  // The accusative's "ا" of an adverb or object ("صباحاً", "متيبساً", "تمدداً"), written with or
  // without its mark: the lexicon writes the bare word.
  caseEndings: ['ا'],
};
