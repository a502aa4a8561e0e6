/**
 * The parse output as a Zod schema, for the API's documentation; the parser builds the same shape
 * (./types.ts), and a test checks the one against the other.
 */
import { z } from 'zod';
import { EVIDENCE_STATES } from '../contract/ids.ts';

const span = z
  .tuple([z.number().int().min(0), z.number().int().min(0)])
  .describe('[start, end) character offsets into the text, in UTF-16 code units as JavaScript counts');

export const parseOutputSchema = z
  .object({
    evidence: z.array(
      z
        .object({
          id: z.string().describe('A finding id from contract/findings.json'),
          state: z.enum(EVIDENCE_STATES),
          value: z.number().optional().describe('For pain_severity (0-10) and duration_days when present'),
          spans: z.array(span).describe('The words that say so'),
        })
        .strict(),
    ),
    unrecognised: z
      .array(z.object({ text: z.string(), span }).strict())
      .describe('Pieces that look like symptoms, or dates that need "today", but gave no finding'),
  })
  .strict()
  .describe('Evidence read from the story, ready to send as assessment or interview evidence');
