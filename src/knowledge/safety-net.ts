import type { SafetyNetItem } from './types.ts';

export const safetyNet: readonly SafetyNetItem[] = [];
