/**
 * What a story the person has checked does to the interview (issue 11, "warning signs stay safe"). The
 * person first sees what was read as chips, and unticks what is wrong; then:
 *
 * - a finding that is not a warning sign, present or absent, is their answer (the chip was the check);
 * - a warning sign the story mentions (one on a screen of warning signs) is not answered for them: it
 *   is pre-ticked on its own screen, which comes first, for them to confirm there;
 * - a warning sign the story denies is no chip: it is asked on its screen as for anyone. Confirming
 *   denials as chips spared almost nothing (a screen of warning signs is still asked while any of its
 *   signs is open, and its line names them all) and added their words to read;
 * - an unknown (a hedge) gives nothing: it is asked again, and so is everything the story left out.
 *
 * Warning signs are the findings some triage rule reads positively. Number findings (pain score, how
 * long) are answers once kept: their chip shows the number.
 */
import { NUMBER_FINDINGS } from '../contract/ids.ts';
import type { EvidenceItem } from '../contract/input.ts';
import { mentions } from '../knowledge/conditions.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { ParsedEvidence } from './types.ts';

/** Findings that some triage rule reads positively: the warning signs. */
export function warningSigns(kb: LoadedKnowledge): Set<string> {
  const out = new Set<string>();
  for (const r of kb.triageRules)
    for (const [id, signs] of mentions(r.when)) if (signs.has('pos')) out.add(id);
  return out;
}

/**
 * The warning signs a story can pre-tick: those on the screens the question bank marks as warning signs
 * ("Safety first"). Other findings a rule reads (where it hurts, how it started) are answered by their
 * chip, like any finding: an answer of "present" can only make the level more urgent.
 */
export function screenWarningSigns(kb: LoadedKnowledge): Set<string> {
  const signs = warningSigns(kb);
  return new Set(kb.questions.filter((q) => q.warning).flatMap((q) => q.items.filter((id) => signs.has(id))));
}

export type ChipKind = 'present' | 'absent';

/** One thing read from the story, as the chips step shows it. */
export interface Chip {
  readonly id: ParsedEvidence['id'];
  readonly kind: ChipKind;
  readonly value?: number;
  readonly spans: ParsedEvidence['spans'];
}

/**
 * The chips of a story: what it says is there, and what it says is not, except warning signs it denies
 * (those are asked on their screens).
 */
export function chipsOf(evidence: readonly ParsedEvidence[], warning: ReadonlySet<string>): Chip[] {
  return evidence.flatMap((e): Chip[] => {
    if (e.state === 'unknown') return [];
    if (e.id in NUMBER_FINDINGS && e.value === undefined) return [];
    if (e.state === 'absent' && warning.has(e.id) && !(e.id in NUMBER_FINDINGS)) return [];
    const kind: ChipKind = e.state === 'present' ? 'present' : 'absent';
    return [{ id: e.id, kind, ...(e.value !== undefined ? { value: e.value } : {}), spans: e.spans }];
  });
}

export interface StorySeed {
  /** Answers given by the story: the kept chips, never a warning sign (those are asked). */
  readonly answers: readonly EvidenceItem[];
  /** Warning signs the story mentions, to pre-tick on their screens. */
  readonly suggested: readonly string[];
}

/**
 * The seed from the chips the person kept (by id); `pretick` the warning signs to pre-tick on their
 * screens rather than answer (screenWarningSigns). Only id, state and value reach the engine.
 */
export function seedFromChips(
  chips: readonly Chip[],
  kept: ReadonlySet<string>,
  pretick: ReadonlySet<string>,
): StorySeed {
  const answers: EvidenceItem[] = [];
  const suggested: string[] = [];
  for (const c of chips) {
    if (!kept.has(c.id)) continue;
    if (c.kind === 'present' && pretick.has(c.id)) {
      suggested.push(c.id);
      continue;
    }
    const state = c.kind === 'present' ? 'present' : 'absent';
    answers.push(
      c.value !== undefined
        ? ({ id: c.id, state, value: c.value } as EvidenceItem)
        : ({ id: c.id, state } as EvidenceItem),
    );
  }
  return { answers, suggested };
}
