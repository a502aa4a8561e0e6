import type { SourceEntry } from './types.ts';

export const sources: readonly SourceEntry[] = [];
