/**
 * The fixed public vocabulary of the contract (../../contract/*.json): finding ids and kinds, cause ids,
 * triage levels. Everything else in the code base imports these from here, so a renamed id fails the build.
 */
import causesJson from '../../contract/causes.json' with { type: 'json' };
import findingsJson from '../../contract/findings.json' with { type: 'json' };
import levelsJson from '../../contract/triage-levels.json' with { type: 'json' };
import type { CauseId, FindingId } from './ids.generated.ts';
import type { TriageLevel } from './vocabulary.ts';

export type { CauseId, FindingId };

export type FindingKind = 'boolean' | 'number';

export interface ContractFinding {
  readonly id: FindingId;
  readonly kind: FindingKind;
  readonly meaning: string;
  readonly group: string;
  readonly unit?: string;
}

export const CONTRACT_FINDINGS: readonly ContractFinding[] = findingsJson.groups.flatMap((g) =>
  g.findings.map((f) => ({
    id: f.id as FindingId,
    kind: f.kind as FindingKind,
    meaning: f.meaning,
    group: g.group,
    ...('unit' in f && typeof f.unit === 'string' ? { unit: f.unit } : {}),
  })),
);

/**
 * Findings the engine defines beyond the contract, which the contract allows ("the engine may define
 * more findings of its own"). Each is phrased so that an answer of "no" (or a case that does not
 * mention it) is the cautious one. Accepted as evidence like the contract's own.
 */
export const ENGINE_FINDINGS: readonly ContractFinding[] = [
  {
    id: 'chest_pain_recurring_week',
    kind: 'boolean',
    meaning: 'The chest pain has come and gone for more than a week and is not new (§1.6 P8)',
    group: 'where and how it hurts',
  },
];

/** Every finding the engine accepts: the contract's, then the engine's own. */
export const ALL_FINDINGS: readonly ContractFinding[] = [...CONTRACT_FINDINGS, ...ENGINE_FINDINGS];

export const FINDING_BY_ID: ReadonlyMap<string, ContractFinding> = new Map(
  ALL_FINDINGS.map((f) => [f.id, f]),
);

/** Every finding id the engine accepts, for schemas. */
export const FINDING_IDS = ALL_FINDINGS.map((f) => f.id) as [FindingId, ...FindingId[]];

/** Narrows a string from outside (input, a saved record) to a finding id the engine accepts. */
export function isFindingId(id: string): id is FindingId {
  return FINDING_BY_ID.has(id);
}

export const NUMBER_FINDINGS = {
  pain_severity: { min: 0, max: 10 },
  duration_days: { min: 0, max: Number.POSITIVE_INFINITY },
} as const;

export type NumberFindingId = keyof typeof NUMBER_FINDINGS;

export { TRIAGE_LEVELS, type TriageLevel, urgencyRank } from './vocabulary.ts';

export const TRIAGE_LEVEL_MEANINGS: Readonly<Record<TriageLevel, string>> = Object.fromEntries(
  levelsJson.levels.map((l) => [l.id, l.meaning]),
) as Record<TriageLevel, string>;

export type CauseKind = 'common' | 'medical' | 'serious';

export interface ContractCause {
  readonly id: CauseId;
  readonly name: string;
  readonly kind: CauseKind;
}

export const CONTRACT_CAUSES: readonly ContractCause[] = causesJson.causes.map((c) => ({
  id: c.id as CauseId,
  name: c.name,
  kind: c.kind as CauseKind,
}));

export const CAUSE_IDS: readonly CauseId[] = CONTRACT_CAUSES.map((c) => c.id);

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

export const EVIDENCE_STATES = ['present', 'absent', 'unknown'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];
