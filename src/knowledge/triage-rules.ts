import type { TriageRule } from './types.ts';

export const triageRules: readonly TriageRule[] = [];
