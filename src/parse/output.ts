/**
 * The parse output as Zod schemas, for the API's document and its serialiser: the parser's own output
 * (codes only: finding ids, states, values, spans; ./types.ts builds the same shape, and a test checks
 * the one against the other), and the answer the API and `backease parse --json` give, which adds each
 * finding's words in the language asked for.
 */
import { z } from 'zod';
import { EVIDENCE_STATES, FINDING_IDS } from '../contract/ids.ts';

const span = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .describe('[start, end) character offsets into the text, in UTF-16 code units as JavaScript counts');

const evidenceShape = {
  id: z.enum(FINDING_IDS).describe('A finding id (contract/findings.json)'),
  state: z.enum(EVIDENCE_STATES),
  value: z.number().optional().describe('For pain_severity (0-10) and duration_days when present'),
  spans: z.array(span).describe('The words of the story that say so'),
};

const unrecognised = z
  .array(z.object({ text: z.string().describe('The words as the person wrote them'), span }).strict())
  .describe('Pieces that look like symptoms, or dates that need "today", but gave no finding');

export const parseOutputSchema = z
  .object({ evidence: z.array(z.object(evidenceShape).strict()), unrecognised })
  .strict()
  .describe('Evidence read from the story, ready to send as assessment or interview evidence');

export const parseAnswerSchema = z
  .object({
    /** The language of the words (also the Content-Language header). */
    lang: z.string(),
    evidence: z.array(
      z
        .object({
          ...evidenceShape,
          label: z.string().describe('The finding in words, in the answer’s language (finding.<id>.label)'),
        })
        .strict(),
    ),
    unrecognised,
  })
  .strict()
  .describe(
    'Evidence read from the story with each finding in words; send id, state and value (leave out the unknown items to have them asked) as assessment or interview evidence',
  );
