import type { AdviceItem } from './types.ts';

export const advice: readonly AdviceItem[] = [];
