/**
 * The English story lexicon: words, cues, time and scores, and the entries grouped as the contract
 * groups its findings.
 */
import type { Lexicon } from '../types.ts';
import { background } from './background.ts';
import { clinicalNotes } from './clinical-notes.ts';
import { course } from './course.ts';
import { cues } from './cues.ts';
import { legsAndNerves } from './legs-and-nerves.ts';
import { medicineClass, medicines } from './medicines.ts';
import { notThere } from './not-there.ts';
import { realWords } from './real-words.ts';
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

export const english: Lexicon = {
  language: 'en',
  classes: { ...classes, ...medicineClass },
  spellings,
  abbreviations,
  realWords,
  periodAbbreviations,
  numbers,
  cues,
  time,
  severity,
  symptomWords,
  episodeWords,
  entries: [
    ...whereItHurts,
    ...course,
    ...legsAndNerves,
    ...notThere,
    ...wholeBody,
    ...medicines,
    ...background,
    ...clinicalNotes,
  ],
};
