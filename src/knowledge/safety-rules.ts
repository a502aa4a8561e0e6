import type { SafetyRule } from './types.ts';

export const safetyRules: readonly SafetyRule[] = [];
