/**
 * Our own code systems as CodeSystem resources, so a receiving system can read what our codes mean
 * without knowing BackEase: findings (the contract's plain-words meanings), causes and triage levels.
 */
import { ALL_FINDINGS, CONTRACT_CAUSES, TRIAGE_LEVEL_MEANINGS, TRIAGE_LEVELS } from '../contract/ids.ts';
import { SYSTEM } from './codes.ts';
import type { CodeSystem } from './types.ts';

function codeSystem(
  id: string,
  url: string,
  title: string,
  version: string,
  concept: CodeSystem['concept'],
): CodeSystem {
  const name = title.replace(/[^A-Za-z0-9]/g, '');
  return {
    resourceType: 'CodeSystem',
    id,
    url,
    version,
    name,
    title,
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    concept,
  };
}

export function ownCodeSystems(version: string): CodeSystem[] {
  return [
    codeSystem(
      'backease-finding',
      SYSTEM.finding,
      'BackEase findings',
      version,
      ALL_FINDINGS.map((f) => ({
        code: f.id,
        display: f.meaning,
        definition: `${f.group}: ${f.meaning}`,
      })),
    ),
    codeSystem(
      'backease-cause',
      SYSTEM.cause,
      'BackEase causes',
      version,
      CONTRACT_CAUSES.map((c) => ({ code: c.id, display: c.name, definition: `${c.kind} cause: ${c.name}` })),
    ),
    codeSystem(
      'backease-triage-level',
      SYSTEM.triageLevel,
      'BackEase triage levels',
      version,
      TRIAGE_LEVELS.map((l) => ({ code: l, display: TRIAGE_LEVEL_MEANINGS[l] })),
    ),
    codeSystem('backease-assessment-kind', SYSTEM.assessmentKind, 'BackEase assessment kinds', version, [
      { code: 'triage', display: 'BackEase triage and possible causes' },
    ]),
  ];
}
