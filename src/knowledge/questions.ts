import type { QuestionSpec } from './types.ts';

export const questions: readonly QuestionSpec[] = [];
