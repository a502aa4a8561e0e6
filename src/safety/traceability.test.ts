/**
 * The hazard log proved against the code: every hazard is controlled and verified, every test it names
 * exists (read from the test files' syntax trees: scripts/test-names.ts says why), every code path and
 * file it names exists, every triage and safety rule is linked to a hazard, and every warning sign is
 * covered by a missed-emergency hazard whose own rules catch it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectSuite, fullName } from '../../scripts/test-names.ts';
import type { FindingId } from '../contract/ids.generated.ts';
import { toEvidence } from '../engine/evidence.ts';
import { person } from '../engine/testing.ts';
import { triageLevel } from '../engine/triage.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { getHazardLog } from './index.ts';
import type { ControlRef } from './types.ts';

const root = join(import.meta.dirname, '..', '..');
const kb = getKnowledge();
const log = getHazardLog();
const suite = collectSuite(root);

/** The refs of every control of a hazard. */
const refsOf = (controlIds: readonly string[]): ControlRef[] =>
  controlIds.flatMap((id) => log.controlById.get(id)?.refs ?? []);

/**
 * The warning signs: every item on a warning screen of the question bank ("Safety first"), and every
 * finding that alone, with back pain and every other answer "no", makes the result an emergency, for a
 * man of 40 or a pregnant woman of 30.
 */
function warningSigns(): Set<FindingId> {
  const out = new Set<FindingId>(kb.questions.filter((q) => q.warning).flatMap((q) => q.items));
  const emergencyAlone = (f: FindingId, sex: 'male' | 'female', extra: FindingId[]) =>
    triageLevel(
      kb,
      toEvidence(
        person({
          age: sex === 'male' ? 40 : 30,
          sex,
          present: ['pain_lower_back', ...extra, f],
          values: { duration_days: 2, pain_severity: 5 },
        }),
        kb.findings,
      ),
    ) === 'emergency';
  for (const f of kb.findings.map((x) => x.id))
    if (emergencyAlone(f, 'male', []) || emergencyAlone(f, 'female', ['pregnant'])) out.add(f);
  return out;
}

describe('hazard log traceability', () => {
  it('every hazard has a control and a verifying test', () => {
    for (const h of log.hazards) {
      const tests = h.controls.flatMap((id) => log.controlById.get(id)?.verifiedBy ?? []);
      expect(h.controls.length, `${h.id} has no control`).toBeGreaterThan(0);
      expect(tests.length, `${h.id} has no verifying test`).toBeGreaterThan(0);
    }
  });

  it('every named test exists in the suite', () => {
    expect(suite.length, 'the collector found the suite').toBeGreaterThan(400);
    const missing: string[] = [];
    for (const c of log.controls)
      for (const t of c.verifiedBy) {
        // A template is named as written (`%s is an emergency`), which covers every case of it.
        const found = suite.some((s) => s.file === t.file && !s.dynamic && fullName(s.path) === t.name);
        if (!found) missing.push(`${c.id}: ${t.file} :: ${t.name}`);
      }
    expect(missing, 'tests named by the hazard log but not in the suite (renamed or removed?)').toEqual([]);
  });

  it('every code path and file named by a control exists', () => {
    const missing: string[] = [];
    for (const c of log.controls)
      for (const ref of c.refs) {
        if (ref.kind !== 'code' && ref.kind !== 'file') continue;
        const path = join(root, ref.file);
        if (!existsSync(path)) {
          missing.push(`${c.id}: ${ref.file} does not exist`);
          continue;
        }
        if (ref.kind === 'code') {
          const declared = new RegExp(
            `\\b(?:function\\*?|const|let|class|interface|type|enum)\\s+${ref.symbol}\\b`,
          ).test(readFileSync(path, 'utf8'));
          if (!declared) missing.push(`${c.id}: ${ref.file} declares no ${ref.symbol}`);
        }
      }
    expect(missing).toEqual([]);
  });

  it('every triage rule and every safety rule is linked to a hazard', () => {
    const linked = refsOf(log.hazards.flatMap((h) => h.controls));
    const triage = new Set(linked.flatMap((r) => (r.kind === 'triage_rule' ? [r.id] : [])));
    const safety = new Set(linked.flatMap((r) => (r.kind === 'safety_rule' ? [r.id] : [])));
    expect(kb.triageRules.map((r) => r.id).filter((id) => !triage.has(id))).toEqual([]);
    expect(kb.safetyRules.map((r) => r.id).filter((id) => !safety.has(id))).toEqual([]);
  });

  it('every warning sign is covered by a missed-emergency hazard, and caught by one of its rules', () => {
    const signs = warningSigns();
    // The set is the product's own: the cauda equina signs, chest pain and an overdose must be in it.
    for (const f of [
      'saddle_numbness',
      'urinary_retention',
      'pain_chest',
      'med_paracetamol_over_max',
    ] as const)
      expect(signs, f).toContain(f);
    const covered = new Set(
      log.hazards.filter((h) => h.group === 'missed_emergency').flatMap((h) => h.warningSigns ?? []),
    );
    expect([...signs].filter((f) => !covered.has(f)).sort()).toEqual([]);
    // load.ts checks that each listed sign is caught by one of the hazard's own triage rules; a log that
    // loaded proves it, and a sign no rule catches is refused (see load.test.ts).
  });

  it('every body system of the emergency screens has its missed-emergency hazard', () => {
    const emergencyHazards = log.hazards.filter((h) => h.group === 'missed_emergency');
    const screens = kb.questions.filter((q) => q.warning);
    for (const q of screens) {
      const owners = emergencyHazards.filter((h) => q.items.some((f) => h.warningSigns?.includes(f)));
      expect(owners.length, `screen ${q.id}`).toBeGreaterThan(0);
    }
  });

  it('a planned control that has been built is made a real control', () => {
    // The feedback route is planned (issue 15, item 4): once a route serves it, the log must name the
    // route and its tests as a control instead of the plan.
    const planned = new Set(log.hazards.flatMap((h) => h.planned ?? []));
    const built = existsSync(join(root, 'src/server/routes/feedback.ts'));
    expect(planned.has('PLN-feedback-route') && built, 'the feedback route exists: make it a control').toBe(
      false,
    );
    // Issue 12 built the translation review state and the pseudo-locale run, and the sourced contacts
    // with the country synced: their plans are controls now, and must not come back as plans.
    const ids = new Set(log.controls.map((c) => c.id));
    expect(existsSync(join(root, 'web/src/i18n/pseudo.ts')) && !ids.has('CTL-translation-review')).toBe(
      false,
    );
    expect(existsSync(join(root, 'web/src/settings/prefs-sync.ts')) && !ids.has('CTL-country-synced')).toBe(
      false,
    );
    expect(
      [...planned].filter((p) => p === 'PLN-translation-review' || p === 'PLN-sourced-emergency-numbers'),
    ).toEqual([]);
  });
});
