/**
 * The review register of the knowledge base: each area, when an engineer last checked it against
 * research/clinical.md, whether a clinician has reviewed it, and when it is next due. A date passing is
 * never a failing test (it would fail on its own one day); the safety report lists what is overdue.
 */
import type { ContentReview } from './types.ts';

/** The last engineering check of the whole knowledge base against research/clinical.md. */
const CHECKED = '2026-12-06';
/** Three months on: guidance and the research behind it move slower than that, and nothing is reviewed yet. */
const DUE = '2027-03-06';

export const contentReviews: readonly ContentReview[] = [
  {
    area: 'triageRules',
    file: 'src/knowledge/triage-rules.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'safetyRules',
    file: 'src/knowledge/safety-rules.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'safetyNet',
    file: 'src/knowledge/safety-net.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'questions',
    file: 'src/knowledge/questions.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'findings',
    file: 'src/knowledge/findings.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'causes',
    file: 'src/knowledge/causes.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'advice',
    file: 'src/knowledge/advice.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'seedClaims',
    file: 'src/knowledge/seed-claims.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
  {
    area: 'sources',
    file: 'src/knowledge/sources.ts',
    checked: CHECKED,
    clinicalReview: 'not_done',
    reviewBy: DUE,
  },
];
