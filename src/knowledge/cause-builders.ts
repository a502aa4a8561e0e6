/**
 * Builders for the cause tables: `lr('fever', 10, 0.3, ...)` is "fever present multiplies the odds by
 * 10, fever absent by 0.3". Ratios are against the whole population of people with back pain or spasm
 * using the tool, so they are comparable across causes and the normalised posterior is meaningful.
 */
import type { FindingId } from '../contract/ids.generated.ts';
import type { Cond, LikelihoodRatio, NumberBand, PriorModifier, SourceId } from './types.ts';

export interface Src {
  readonly sources?: readonly SourceId[];
  readonly estimate?: string;
}

function sourced(src: Src): { sources: readonly SourceId[]; estimate?: string } {
  return { sources: src.sources ?? [], ...(src.estimate ? { estimate: src.estimate } : {}) };
}

export function lr(
  finding: FindingId,
  present: number | undefined,
  absent: number | undefined,
  src: Src,
): LikelihoodRatio {
  return {
    finding,
    ...(present !== undefined ? { present } : {}),
    ...(absent !== undefined ? { absent } : {}),
    ...sourced(src),
  };
}

export function bands(
  finding: 'pain_severity' | 'duration_days',
  list: NumberBand[],
  src: Src,
): LikelihoodRatio {
  return { finding, bands: list, ...sourced(src) };
}

export function mod(when: Cond, multiply: number, src: Src): PriorModifier {
  return { when, multiply, ...sourced(src) };
}

export const est = (estimate: string, sources: SourceId[] = []): Src => ({ estimate, sources });
export const cite = (...sources: SourceId[]): Src => ({ sources });
