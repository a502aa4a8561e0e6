/**
 * What the story parser takes and gives. The output holds finding ids and character spans only (no
 * sentences of ours), so a surface can show it in any language.
 */
import type { EvidenceState, FindingId, Sex } from '../contract/ids.ts';

export interface ParseInput {
  /** The person's story, 1 to 5,000 characters. */
  readonly text: string;
  readonly age?: number;
  readonly sex?: Sex;
  /** The day the story is told (YYYY-MM-DD), to place "since Tuesday"; the parser never reads a clock. */
  readonly today?: string;
}

/** [start, end) character offsets into the text (UTF-16 code units, as JavaScript strings count). */
export type TextSpan = readonly [number, number];

export interface ParsedEvidence {
  readonly id: FindingId;
  readonly state: EvidenceState;
  /** For number findings that are present: pain_severity 0-10, duration_days >= 0. */
  readonly value?: number;
  /** The words that say so. */
  readonly spans: readonly TextSpan[];
}

export interface Unrecognised {
  /** The words as written. */
  readonly text: string;
  readonly span: TextSpan;
}

export interface ParseOutput {
  readonly evidence: readonly ParsedEvidence[];
  /** Pieces that look like symptoms (or dates) but gave no finding. */
  readonly unrecognised: readonly Unrecognised[];
}

/** The output with each finding in words, in one language: what the API and `backease parse --json` answer. */
export interface ParseAnswer {
  readonly lang: string;
  readonly evidence: readonly (ParsedEvidence & { readonly label: string })[];
  readonly unrecognised: readonly Unrecognised[];
}
