import type { EvidenceGrade } from '../../../src/contract/output.ts';
import { t } from '../i18n/i18n.ts';

/** The evidence grade in words (never colour alone). */
export function GradeBadge(props: { grade: EvidenceGrade }) {
  return <span class={`grade grade-${props.grade}`}>{t(`grade.${props.grade}`)}</span>;
}
