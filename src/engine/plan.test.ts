/**
 * The self-care plan: safety rules always win over advice (property-tested over random people), every
 * withholding is explained, and specific rules do what §4 of the research says.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FINDINGS, type EvidenceState, type TriageLevel } from '../contract/ids.ts';
import type { EvidenceItem } from '../contract/input.ts';
import type { Triage } from '../contract/output.ts';
import { renderer } from '../i18n/catalogs.ts';
import { localisePlan } from '../i18n/localise.ts';
import { advice } from '../knowledge/advice.ts';
import { age, mentions, p } from '../knowledge/conditions.ts';
import type { SafetyRuleId } from '../knowledge/ids.generated.ts';
import { knowledgeData } from '../knowledge/index.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { safetyNet } from '../knowledge/safety-net.ts';
import { safetyRules } from '../knowledge/safety-rules.ts';
import { seedClaims } from '../knowledge/seed-claims.ts';
import { sources } from '../knowledge/sources.ts';
import { holds } from './conditions.ts';
import { toEvidence } from './evidence.ts';
import { buildPlan as buildCodedPlan, withholdings } from './plan.ts';

/** Only the parts the plan reads, so these tests do not depend on the triage and cause knowledge. */
const kb: LoadedKnowledge = {
  ...knowledgeData,
  sources,
  advice,
  seedClaims,
  safetyRules,
  safetyNet,
  findingById: new Map(),
  causeById: new Map(),
  adviceById: new Map(advice.map((a) => [a.id, a])),
  sourceById: new Map(sources.map((s) => [s.id, s])),
  questionById: new Map(),
  safetyRuleById: new Map(safetyRules.map((r) => [r.id, r])),
};

/** The plan with its English words beside the codes, as `assess --json` prints it. */
const buildPlan = (...args: Parameters<typeof buildCodedPlan>) =>
  localisePlan(buildCodedPlan(...args), renderer('en'), args[0], 'full');

function triage(level: TriageLevel): Triage {
  return { level, reasons: [], service: 'self_care', unanswered: [] };
}

function person(age: number, present: string[], sex: 'female' | 'male' = 'female', absent: string[] = []) {
  return toEvidence({
    age,
    sex,
    evidence: [
      ...present.map((id) => ({ id, state: 'present' as const })),
      ...absent.map((id) => ({ id, state: 'absent' as const })),
    ],
  });
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

// ── Property: safety rules always win ────────────────────────────────────────────────────────
const PROFILE_GROUPS = new Set(['medicines and substances', 'health background']);
const ruleFindings = [
  ...safetyRules.flatMap((r) => [...mentions(r.when).keys()]),
  ...advice.flatMap((a) => (a.showIf ? [...mentions(a.showIf).keys()] : [])),
];
const PROFILE_FINDINGS = [
  ...new Set([
    ...CONTRACT_FINDINGS.filter((f) => PROFILE_GROUPS.has(f.group) && f.kind === 'boolean').map((f) => f.id),
    ...ruleFindings.filter((id) => CONTRACT_FINDINGS.find((f) => f.id === id)?.kind === 'boolean'),
  ]),
];

const stateArb: fc.Arbitrary<EvidenceState> = fc.constantFrom('present', 'absent', 'unknown', 'unknown');
const personArb = fc.record({
  age: fc.integer({ min: 0, max: 120 }),
  sex: fc.constantFrom('female' as const, 'male' as const),
  states: fc.array(stateArb, { minLength: PROFILE_FINDINGS.length, maxLength: PROFILE_FINDINGS.length }),
  level: fc.constantFrom<TriageLevel>('self_care', 'gp', 'urgent'),
});

describe('buildPlan: safety rules always win (random people)', () => {
  it('never gives an action a matching rule withholds, and explains every withholding', () => {
    fc.assert(
      fc.property(personArb, ({ age, sex, states, level }) => {
        const evidence: EvidenceItem[] = PROFILE_FINDINGS.map((id, i) => ({
          id,
          state: states[i] ?? 'unknown',
        }));
        const ev = toEvidence({ age, sex, evidence });
        const plan = buildPlan(kb, ev, triage(level));
        const actionIds = new Set(ids(plan.actions));

        for (const rule of safetyRules) {
          if (!holds(rule.when, ev)) continue;
          for (const id of rule.withhold ?? []) {
            expect(actionIds.has(id), `${rule.id} withholds ${id}`).toBe(false);
            const item = advice.find((a) => a.id === id);
            if (item?.showIf && !holds(item.showIf, ev)) continue; // not for this person anyway
            // Offered only in place of a withheld item: listed only when that item is withheld.
            if (
              item?.onlyAsAlternative &&
              !plan.withheld.some((x) => advice.find((a) => a.id === x.id)?.alternatives?.includes(id))
            )
              continue;
            const w = plan.withheld.find((x) => x.id === id);
            expect(w, `${id} should be listed as withheld by ${rule.id}`).toBeDefined();
            expect(w?.why).toContain(rule.why);
            for (const why of w?.why ?? []) expect(why.trim().length).toBeGreaterThan(0);
          }
          for (const id of rule.caution?.items ?? []) {
            const action = plan.actions.find((a) => a.id === id);
            if (action) expect(action.cautions.map((c) => c.text)).toContain(rule.caution?.text);
          }
        }
        for (const a of plan.actions) {
          const item = advice.find((x) => x.id === a.id);
          if (item?.showIf) expect(holds(item.showIf, ev), `${a.id} shown without its condition`).toBe(true);
        }
        for (const w of plan.withheld) {
          expect(actionIds.has(w.id)).toBe(false);
          expect(w.why.length).toBeGreaterThan(0);
        }
        const withheldIds = new Set(withholdings(kb, ev).keys());
        for (const claim of plan.seedClaims) {
          const source = seedClaims.find((c) => c.id === claim.id);
          const blocked = (source?.adviceIds ?? []).some((id) => withheldIds.has(id));
          expect(claim.withheldBecause !== undefined, claim.id).toBe(blocked);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives no self-care actions to anyone in an emergency', () => {
    fc.assert(
      fc.property(personArb, ({ age, sex, states }) => {
        const evidence: EvidenceItem[] = PROFILE_FINDINGS.map((id, i) => ({
          id,
          state: states[i] ?? 'unknown',
        }));
        const plan = buildPlan(kb, toEvidence({ age, sex, evidence }), triage('emergency'));
        expect(plan.actions).toEqual([]);
        expect(plan.safetyNet.getHelpIf).toEqual([]);
        for (const w of plan.warnings) expect(w.id.startsWith('emergency')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

// ── Specific rules ───────────────────────────────────────────────────────────────────────────
describe('buildPlan: specific rules', () => {
  it('gives a healthy adult the supported advice first, and the things to avoid after the things to do', () => {
    const plan = buildPlan(kb, person(35, [], 'male'), triage('self_care'));
    expect(plan.withheld).toEqual([]);
    expect(plan.actions[0]?.id).toBe('stay_active');
    expect(plan.actions[0]?.grade).toBe('supported');
    const rank = { supported: 0, weak: 1, unsupported: 2, contradicted: 3 };
    const kinds = plan.actions.map((a) => a.kind === 'avoid');
    expect([...kinds].sort((a, b) => Number(a) - Number(b))).toEqual(kinds);
    for (const part of [
      plan.actions.filter((a) => a.kind !== 'avoid'),
      plan.actions.filter((a) => a.kind === 'avoid'),
    ]) {
      const grades = part.map((a) => a.grade);
      expect([...grades].sort((a, b) => rank[a] - rank[b])).toEqual(grades);
    }
    expect(ids(plan.actions)).toEqual(expect.arrayContaining(['heat', 'oral_nsaid', 'exercise_education']));
    expect(ids(plan.actions)).not.toContain('period_heat');
    expect(ids(plan.actions)).not.toContain('pregnancy_painkillers');
    expect(ids(plan.actions)).not.toContain('supplement_magnesium');
    expect(plan.seedClaims.length).toBe(seedClaims.length);
  });

  it('kidney disease: no magnesium or potassium supplement, and the why names kidney disease', () => {
    const plan = buildPlan(
      kb,
      person(50, ['kidney_disease', 'supplement_magnesium_zinc_potassium']),
      triage('self_care'),
    );
    expect(ids(plan.actions)).not.toContain('supplement_magnesium');
    expect(ids(plan.actions)).not.toContain('supplement_potassium');
    expect(ids(plan.actions)).toContain('supplement_zinc');
    for (const id of ['supplement_magnesium', 'supplement_potassium', 'oral_nsaid']) {
      const w = plan.withheld.find((x) => x.id === id);
      expect(w?.why.join(' '), id).toMatch(/kidney disease/);
      expect(w?.because).toContain('kidney_disease');
    }
    const claim = plan.seedClaims.find((c) => c.id === 'tip_zinc_magnesium_tablets');
    expect(claim?.withheldBecause?.join(' ')).toMatch(/kidney disease/);
  });

  it('ACE inhibitor: no potassium supplement, magnesium still allowed', () => {
    const plan = buildPlan(
      kb,
      person(50, ['med_ace_arb', 'supplement_magnesium_zinc_potassium']),
      triage('gp'),
    );
    expect(ids(plan.withheld)).toContain('supplement_potassium');
    expect(ids(plan.actions)).toContain('supplement_magnesium');
  });

  it('blood thinner: anti-inflammatory tablets withheld, ginger compress kept with a caution', () => {
    const plan = buildPlan(kb, person(40, ['med_anticoagulant']), triage('self_care'));
    expect(ids(plan.actions)).not.toContain('oral_nsaid');
    expect(plan.withheld.find((w) => w.id === 'oral_nsaid')?.why.join(' ')).toMatch(/blood thinner/);
    const ginger = plan.actions.find((a) => a.id === 'ginger_compress');
    expect(ginger?.cautions.map((c) => c.text).join(' ')).toMatch(
      /no evidence either way on ginger used on the skin/,
    );
  });

  it('numb feet or skin: every heat and cold remedy withheld', () => {
    const plan = buildPlan(kb, person(45, ['numb_feet_neuropathy']), triage('self_care'));
    for (const id of ['heat', 'cold_pack', 'hot_then_cold', 'ginger_compress']) {
      expect(ids(plan.actions)).not.toContain(id);
      expect(plan.withheld.find((w) => w.id === id)?.why.join(' ')).toMatch(/numb/);
    }
    expect(ids(plan.actions)).toContain('stay_active');
    expect(plan.seedClaims.find((c) => c.id === 'remedy_hot_then_cold')?.withheldBecause).toBeDefined();
  });

  it('diabetes: no cold, heat kept with a caution to check the skin', () => {
    const plan = buildPlan(kb, person(55, ['diabetes']), triage('self_care'));
    expect(ids(plan.withheld)).toEqual(expect.arrayContaining(['cold_pack', 'hot_then_cold']));
    expect(ids(plan.actions)).not.toContain('cold_pack');
    expect(ids(plan.actions)).not.toContain('hot_then_cold');
    const heat = plan.actions.find((a) => a.id === 'heat');
    expect(heat?.cautions.map((c) => c.text).join(' ')).toMatch(/diabetes/);
  });

  it('drowsy from medicines or alcohol: heat and cold carry a never-while-drowsy caution', () => {
    for (const id of ['med_muscle_relaxant', 'med_opioid_or_sedative', 'alcohol_regular']) {
      const plan = buildPlan(kb, person(40, [id]), triage('self_care'));
      for (const item of ['heat', 'cold_pack']) {
        expect(
          plan.actions
            .find((a) => a.id === item)
            ?.cautions.map((c) => c.text)
            .join(' '),
          `${id} ${item}`,
        ).toMatch(/drowsy/);
      }
    }
  });

  it('age 60 or over: anti-inflammatory tablets withheld; at 59 they are offered', () => {
    expect(ids(buildPlan(kb, person(60, []), triage('self_care')).withheld)).toContain('oral_nsaid');
    expect(ids(buildPlan(kb, person(59, []), triage('self_care')).actions)).toContain('oral_nsaid');
  });

  it('water tablet plus ACE inhibitor ("triple whammy"): anti-inflammatory tablets withheld', () => {
    const plan = buildPlan(kb, person(45, ['med_diuretic', 'med_ace_arb']), triage('self_care'));
    expect(plan.withheld.find((w) => w.id === 'oral_nsaid')?.why.join(' ')).toMatch(/triple whammy/);
    const onlyDiuretic = buildPlan(kb, person(45, ['med_diuretic']), triage('self_care'));
    expect(ids(onlyDiuretic.actions)).toContain('oral_nsaid');
  });

  it('pregnancy: no anti-inflammatories (tablets or gel), paracetamol advice shown, heat off the tummy', () => {
    const plan = buildPlan(kb, person(30, ['pregnant']), triage('self_care'));
    expect(ids(plan.withheld)).toEqual(expect.arrayContaining(['oral_nsaid', 'topical_nsaid']));
    expect(ids(plan.actions)).toEqual(
      expect.arrayContaining(['pregnancy_painkillers', 'pregnancy_back_care']),
    );
    expect(
      plan.actions
        .find((a) => a.id === 'heat')
        ?.cautions.map((c) => c.text)
        .join(' '),
    ).toMatch(/never over your tummy/);
  });

  it('period pain: heat and ibuprofen for periods shown; ibuprofen withheld with a stomach ulcer', () => {
    const plan = buildPlan(kb, person(25, ['period_related_pain']), triage('self_care'));
    expect(ids(plan.actions)).toEqual(expect.arrayContaining(['period_heat', 'period_ibuprofen']));
    const ulcer = buildPlan(
      kb,
      person(25, ['period_related_pain', 'stomach_ulcer_history']),
      triage('self_care'),
    );
    expect(ids(ulcer.withheld)).toEqual(expect.arrayContaining(['period_ibuprofen', 'oral_nsaid']));
  });

  it('paracetamol overdose: no paracetamol suggested, and the warning survives an emergency plan', () => {
    const ev = person(30, ['pregnant', 'med_paracetamol_over_max']);
    const selfCare = buildPlan(kb, ev, triage('self_care'));
    expect(ids(selfCare.actions)).not.toContain('pregnancy_painkillers');
    for (const a of selfCare.actions)
      if (/paracetamol/i.test(a.text ?? ''))
        expect(advice.find((x) => x.id === a.id)?.kind, a.id).toBe('avoid');
    const emergency = buildPlan(kb, ev, triage('emergency'));
    expect(emergency.actions).toEqual([]);
    expect(ids(emergency.warnings)).toEqual(['emergency_paracetamol_overdose']);
  });

  it('liver disease or regular drinking: paracetamol withheld with a warning', () => {
    for (const [id, pattern] of [
      ['liver_disease', /liver disease/],
      ['alcohol_regular', /alcohol/],
    ] as const) {
      const plan = buildPlan(kb, person(30, ['pregnant', id]), triage('self_care'));
      expect(plan.withheld.find((w) => w.id === 'pregnancy_painkillers')?.why.join(' '), id).toMatch(pattern);
      expect(plan.warnings.map((w) => w.text).join(' '), id).toMatch(/paracetamol/);
    }
  });

  it('muscle relaxant: warns against alcohol and driving', () => {
    const plan = buildPlan(kb, person(40, ['med_muscle_relaxant']), triage('self_care'));
    const text = plan.warnings.map((w) => w.text).join(' ');
    expect(text).toMatch(/alcohol/);
    expect(text).toMatch(/drive/);
  });

  it('opioid or sedative: muscle relaxant advice withheld, and both together trigger a breathing warning', () => {
    const plan = buildPlan(
      kb,
      person(40, ['med_opioid_or_sedative', 'med_muscle_relaxant']),
      triage('self_care'),
    );
    expect(ids(plan.withheld)).toContain('muscle_relaxant_prescribed');
    expect(plan.warnings.map((w) => w.text).join(' ')).toMatch(/slow your breathing/);
  });

  it('digoxin with a water tablet: no self-chosen supplements, and a blood-test warning', () => {
    const plan = buildPlan(
      kb,
      person(70, ['med_digoxin', 'med_diuretic', 'supplement_magnesium_zinc_potassium']),
      triage('gp'),
    );
    expect(ids(plan.withheld)).toEqual(
      expect.arrayContaining(['supplement_magnesium', 'supplement_potassium']),
    );
    expect(plan.warnings.map((w) => w.text).join(' ')).toMatch(/blood test/);
  });

  it('a rule needs the condition to be present: unknown or absent answers withhold nothing', () => {
    const unknown = buildPlan(kb, person(40, []), triage('self_care'));
    const absent = buildPlan(
      kb,
      person(40, [], 'female', ['kidney_disease', 'med_anticoagulant']),
      triage('self_care'),
    );
    expect(unknown.withheld).toEqual([]);
    expect(absent.withheld).toEqual([]);
  });

  it('shows only the warning signs more urgent than the current level', () => {
    const levels = (level: TriageLevel) => [
      ...new Set(buildPlan(kb, person(40, []), triage(level)).safetyNet.getHelpIf.map((s) => s.level)),
    ];
    expect(levels('self_care').sort()).toEqual(['emergency', 'gp', 'urgent']);
    expect(levels('gp').sort()).toEqual(['emergency', 'urgent']);
    expect(levels('urgent')).toEqual(['emergency']);
  });

  it('names every caution, withholding and safety-net item by id, so surfaces can translate them', () => {
    const plan = buildPlan(
      kb,
      person(70, ['kidney_disease', 'med_anticoagulant', 'diabetes'], 'male'),
      triage('self_care'),
    );
    const ruleIds = new Set<string>(kb.safetyRules.map((r) => r.id));
    for (const w of plan.withheld) {
      expect(w.ruleIds).toHaveLength(w.why.length);
      w.ruleIds.forEach((id, i) => {
        expect(kb.safetyRules.find((r) => r.id === id)?.why).toBe(w.why[i]);
      });
    }
    for (const a of plan.actions) for (const c of a.cautions) expect(ruleIds.has(c.ruleId)).toBe(true);
    const netIds = new Set<string>(kb.safetyNet.map((n) => n.id));
    for (const n of plan.safetyNet.getHelpIf) expect(netIds.has(n.id)).toBe(true);
    for (const c of plan.seedClaims)
      if (c.withheldBecause) expect(c.withheldRuleIds).toHaveLength(c.withheldBecause.length);
  });

  it('"I don\'t know" about a blood thinner keeps anti-inflammatories only with a check-first caution', () => {
    const ev = toEvidence({
      age: 40,
      sex: 'male',
      evidence: [{ id: 'med_anticoagulant', state: 'unknown' }],
    });
    const nsaid = buildPlan(kb, ev, triage('self_care')).actions.find((a) => a.id === 'oral_nsaid');
    expect(nsaid?.cautions.map((c) => c.ruleId)).toContain('unsure_nsaid_safety');
    const notAsked = buildPlan(kb, toEvidence({ age: 40, sex: 'male', evidence: [] }), triage('self_care'));
    expect(notAsked.actions.find((a) => a.id === 'oral_nsaid')?.cautions.map((c) => c.ruleId)).not.toContain(
      'unsure_nsaid_safety',
    );
  });

  it('gives the review point as data: days left on a self-care plan', () => {
    const ev = toEvidence({
      age: 40,
      sex: 'male',
      evidence: [{ id: 'duration_days', state: 'present', value: 5 }],
    });
    expect(buildPlan(kb, ev, triage('self_care')).safetyNet.review).toEqual({
      level: 'self_care',
      daysLeft: 16,
    });
    expect(buildPlan(kb, ev, triage('gp')).safetyNet.review).toEqual({ level: 'gp' });
  });

  it('lists each caution once even when two rules give the same text', () => {
    const text = 'Same caution.';
    const twice: LoadedKnowledge = {
      ...kb,
      safetyRules: [
        {
          id: 'a' as SafetyRuleId,
          when: p('diabetes'),
          caution: { items: ['heat'], text },
          why: 'a',
          sources: [],
        },
        {
          id: 'b' as SafetyRuleId,
          when: age({ gte: 18 }),
          caution: { items: ['heat'], text },
          why: 'b',
          sources: [],
        },
      ],
    };
    const loaded = { ...twice, safetyRuleById: new Map(twice.safetyRules.map((r) => [r.id, r])) };
    const plan = buildCodedPlan(loaded, person(70, ['diabetes']), triage('self_care'));
    // One caution, by the first rule: the same words twice would say nothing more.
    expect(plan.actions.find((a) => a.id === 'heat')?.cautions.map((c) => c.ruleId)).toEqual(['a']);
  });
});

describe('what is offered instead', () => {
  it('on a blood thinner, anti-inflammatory tablets are withheld and a safe painkiller, gel and heat are named in their place', () => {
    const plan = buildCodedPlan(kb, person(60, ['med_anticoagulant'], 'male'), triage('self_care'));
    const nsaid = plan.withheld.find((w) => w.id === 'oral_nsaid');
    expect(nsaid?.instead).toEqual(['painkiller_when_nsaid_unsafe', 'topical_nsaid', 'heat']);
    for (const id of nsaid?.instead ?? []) expect(ids(plan.actions)).toContain(id);
  });

  it('the safe-painkiller item appears only in place of a withheld item', () => {
    const plan = buildCodedPlan(kb, person(40, [], 'male', ['med_anticoagulant']), triage('self_care'));
    expect(ids(plan.actions)).not.toContain('painkiller_when_nsaid_unsafe');
  });

  it('an alternative that is itself unsafe is not offered (paracetamol with liver disease)', () => {
    const plan = buildCodedPlan(
      kb,
      person(60, ['med_anticoagulant', 'liver_disease'], 'male'),
      triage('self_care'),
    );
    expect(plan.withheld.find((w) => w.id === 'oral_nsaid')?.instead).toEqual(['topical_nsaid', 'heat']);
  });
});

describe('get help if: only what can apply to this person', () => {
  /** As the interview and the API build it: questions that cannot apply are absent. */
  const asked = (age: number, sex: 'female' | 'male', absent: string[] = []) =>
    toEvidence(
      {
        age,
        sex,
        evidence: [
          { id: 'pain_lower_back', state: 'present' },
          ...absent.map((id) => ({ id, state: 'absent' as const })),
        ],
      },
      kb.findings,
    );
  it('a man is not shown pregnancy warning signs; a woman who may be pregnant is', () => {
    const man = buildCodedPlan(kb, asked(40, 'male'), triage('self_care'));
    expect(ids(man.safetyNet.getHelpIf)).not.toContain('pregnancy_bleeding');
    const woman = buildCodedPlan(kb, asked(30, 'female'), triage('self_care'));
    expect(ids(woman.safetyNet.getHelpIf)).toContain('pregnancy_bleeding');
    const notPregnant = buildCodedPlan(
      kb,
      person(30, ['pain_lower_back'], 'female', ['pregnant']),
      triage('self_care'),
    );
    expect(ids(notPregnant.safetyNet.getHelpIf)).not.toContain('pregnancy_warning_signs');
  });
});
