import type { CauseKnowledge } from './types.ts';

export const causes: readonly CauseKnowledge[] = [];
