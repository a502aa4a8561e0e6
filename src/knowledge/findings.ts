import type { FindingKnowledge } from './types.ts';

export const findings: readonly FindingKnowledge[] = [];
