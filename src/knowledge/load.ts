/**
 * Validates the knowledge base when it is loaded: every referenced id exists, numbers are in range,
 * every entry is sourced (or marked as our estimate with its reasoning), and the contract's findings
 * and causes are all covered. A failure names the bad entry.
 */

import { fail, type Issue, issue, ok, plain, type Result } from '../contract/errors.ts';
import { CAUSE_IDS, CONTRACT_CAUSES, FINDING_BY_ID, TRIAGE_LEVELS } from '../contract/ids.ts';
import { mentions } from './conditions.ts';
import type {
  AdviceItem,
  CauseKnowledge,
  Cond,
  FindingKnowledge,
  Knowledge,
  QuestionSpec,
  SafetyRule,
  Sourced,
  SourceEntry,
} from './types.ts';

const GRADES = new Set(['supported', 'weak', 'unsupported', 'contradicted']);

/** At most this many items on one screen. */
export const MAX_ITEMS_PER_SCREEN = 6;

export interface LoadedKnowledge extends Knowledge {
  readonly findingById: ReadonlyMap<string, FindingKnowledge>;
  readonly causeById: ReadonlyMap<string, CauseKnowledge>;
  readonly adviceById: ReadonlyMap<string, AdviceItem>;
  readonly sourceById: ReadonlyMap<string, SourceEntry>;
  readonly questionById: ReadonlyMap<string, QuestionSpec>;
  readonly safetyRuleById: ReadonlyMap<string, SafetyRule>;
}

export function loadKnowledge(kb: Knowledge): Result<LoadedKnowledge> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push(issue('invalid_value', path, plain(message)));
  const sourceById = new Map(kb.sources.map((s) => [s.id, s]));

  const unique = <T extends { id: string }>(list: readonly T[], where: string) => {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x.id)) bad(`${where}[${x.id}]`, 'id is used twice');
      seen.add(x.id);
    }
  };
  const sourced = (x: Sourced, path: string) => {
    if (x.sources.length === 0 && !x.estimate) bad(path, 'has no sources and no estimate reasoning');
    for (const s of x.sources) if (!sourceById.has(s)) bad(path, `cites unknown source "${s}"`);
    if (x.estimate !== undefined && x.estimate.trim().length < 10)
      bad(path, 'estimate needs its reasoning in words');
  };
  const cond = (c: Cond, path: string) => {
    for (const id of mentions(c).keys())
      if (!FINDING_BY_ID.has(id)) bad(path, `condition names unknown finding "${id}"`);
  };

  // Sources
  unique(kb.sources, 'sources');
  for (const s of kb.sources) {
    if (!/^R\d+[a-z]?$/.test(s.id)) bad(`sources[${s.id}]`, 'id must look like R13 or R13b');
    if (!s.title.trim()) bad(`sources[${s.id}]`, 'has no title');
  }

  // Findings: exactly the contract's, each with text and why
  unique(kb.findings, 'findings');
  const findingById = new Map<string, FindingKnowledge>(kb.findings.map((f) => [f.id, f]));
  for (const f of kb.findings) {
    if (!FINDING_BY_ID.has(f.id)) bad(`findings[${f.id}]`, 'is not a contract finding');
    if (!f.text.trim() || !f.why.trim() || !f.label.trim())
      bad(`findings[${f.id}]`, 'needs text, label and why');
    if (f.askIf) {
      cond(f.askIf, `findings[${f.id}].askIf`);
      // A finding hidden until it is itself present could never be asked.
      if (mentions(f.askIf).has(f.id))
        bad(`findings[${f.id}].askIf`, 'depends on the finding itself, so it could never be asked');
    }
  }
  for (const id of FINDING_BY_ID.keys())
    if (!findingById.has(id)) bad(`findings[${id}]`, 'contract finding has no question text');

  // Questions: known items, right kinds, every finding askable
  unique(kb.questions, 'questions');
  const asked = new Set<string>();
  for (const q of kb.questions) {
    const path = `questions[${q.id}]`;
    if (q.items.length === 0) bad(path, 'has no items');
    if (q.type !== 'multiple' && q.items.length !== 1) bad(path, `a ${q.type} question has exactly one item`);
    for (const id of q.items) {
      const f = FINDING_BY_ID.get(id);
      if (!f) bad(path, `item "${id}" is not a contract finding`);
      else if ((f.kind === 'number') !== (q.type === 'number'))
        bad(path, `item "${id}" is a ${f.kind} finding`);
      asked.add(id);
    }
    if (!q.why.trim()) bad(path, 'needs a "why we ask"');
    if (q.askIf) cond(q.askIf, `${path}.askIf`);
    // Short screens: a person in pain reads at most six items at a time.
    if (q.items.length > MAX_ITEMS_PER_SCREEN)
      bad(path, `has ${q.items.length} items; at most ${MAX_ITEMS_PER_SCREEN}`);
    if (q.type === 'multiple' && !q.none?.trim())
      bad(path, 'a list needs the words of its button that says no to every item');
    if (q.gateway !== undefined && (q.type !== 'multiple' || !q.none?.trim()))
      bad(path, 'a gateway belongs to a list of items, with the words of its "none of these" button');
    if (q.gateway !== undefined && !q.topic?.trim())
      bad(path, 'a gateway needs its line for a screen of several gateways (topic)');
  }
  for (const id of FINDING_BY_ID.keys())
    if (!asked.has(id)) bad(`findings[${id}]`, 'is not asked by any question');

  // Triage rules
  unique(kb.triageRules, 'triageRules');
  for (const r of kb.triageRules) {
    const path = `triageRules[${r.id}]`;
    if (!TRIAGE_LEVELS.includes(r.level)) bad(path, `unknown level "${r.level}"`);
    if (!r.text.trim()) bad(path, 'needs a reason text');
    cond(r.when, `${path}.when`);
    sourced(r, path);
    if (r.sources.length === 0) bad(path, 'a triage rule must cite at least one source');
    for (const id of r.suspects ?? [])
      if (!CAUSE_IDS.includes(id)) bad(`${path}.suspects`, `unknown cause "${id}"`);
  }
  for (const [level, ratio] of Object.entries(kb.suspectRatio.ratio))
    if (!(ratio > 1)) bad(`suspectRatio.${level}`, 'must be more than 1');
  sourced(kb.suspectRatio, 'suspectRatio');

  // Causes: one per contract cause, priors and ratios in range
  unique(kb.causes, 'causes');
  const causeById = new Map(kb.causes.map((c) => [c.id, c]));
  for (const id of CAUSE_IDS)
    if (!causeById.has(id)) bad(`causes[${id}]`, 'contract cause has no knowledge entry');
  for (const c of kb.causes) {
    const path = `causes[${c.id}]`;
    if (!CAUSE_IDS.includes(c.id)) bad(path, 'is not a contract cause');
    if (!(c.prior.base > 0 && c.prior.base < 1))
      bad(`${path}.prior`, `base must be between 0 and 1, not ${c.prior.base}`);
    sourced(c.prior, `${path}.prior`);
    if (c.next) sourced(c.next, `${path}.next`);
    else if (CONTRACT_CAUSES.find((x) => x.id === c.id)?.kind === 'serious')
      bad(path, 'a serious cause needs "next": what a doctor would do, and how soon');
    for (const [i, m] of (c.prior.modifiers ?? []).entries()) {
      if (!(m.multiply > 0 && Number.isFinite(m.multiply)))
        bad(`${path}.prior.modifiers[${i}]`, 'multiply must be a positive number');
      cond(m.when, `${path}.prior.modifiers[${i}]`);
      sourced(m, `${path}.prior.modifiers[${i}]`);
    }
    const seen = new Set<string>();
    for (const r of c.ratios) {
      const rp = `${path}.ratios[${r.finding}]`;
      if (seen.has(r.finding)) bad(rp, 'finding has two ratio entries');
      seen.add(r.finding);
      const f = FINDING_BY_ID.get(r.finding);
      if (!f) {
        bad(rp, 'unknown finding');
        continue;
      }
      sourced(r, rp);
      const values = [r.present, r.absent, ...(r.bands ?? []).map((b) => b.ratio)].filter(
        (v) => v !== undefined,
      );
      if (values.length === 0) bad(rp, 'has no ratio');
      for (const v of values)
        if (!(v > 0 && v <= 1000)) bad(rp, `ratio ${v} must be above 0 and at most 1000`);
      if (f.kind === 'number' && (r.present !== undefined || r.absent !== undefined))
        bad(rp, 'a number finding takes bands');
      if (f.kind === 'boolean' && r.bands) bad(rp, 'a yes/no finding takes present/absent ratios');
    }
  }

  // Advice, seed claims, safety
  unique(kb.advice, 'advice');
  const adviceById = new Map(kb.advice.map((a) => [a.id, a]));
  for (const a of kb.advice) {
    const path = `advice[${a.id}]`;
    if (!GRADES.has(a.grade)) bad(path, `unknown grade "${a.grade}"`);
    if (!a.title.trim() || !a.text.trim()) bad(path, 'needs a title and text');
    sourced(a, path);
    if (a.showIf) cond(a.showIf, `${path}.showIf`);
    for (const id of a.alternatives ?? []) {
      if (!adviceById.has(id)) bad(`${path}.alternatives`, `names unknown advice "${id}"`);
      if (id === a.id) bad(`${path}.alternatives`, 'an item cannot be its own alternative');
    }
    if (a.onlyAsAlternative && !kb.advice.some((b) => b.alternatives?.includes(a.id)))
      bad(path, 'is offered only as an alternative, but no item names it as one');
    if (a.timer) {
      if (a.timer.steps.length === 0) bad(`${path}.timer`, 'has no steps');
      for (const s of a.timer.steps)
        if (!(s.seconds > 0 && s.seconds <= 3600))
          bad(`${path}.timer`, `step "${s.label}" must last 1 s to 60 min`);
    }
  }
  unique(kb.seedClaims, 'seedClaims');
  for (const s of kb.seedClaims) {
    const path = `seedClaims[${s.id}]`;
    if (!GRADES.has(s.grade)) bad(path, `unknown grade "${s.grade}"`);
    if (!s.claim.trim() || !s.verdict.trim()) bad(path, 'needs the claim and our verdict');
    sourced(s, path);
    for (const id of s.adviceIds ?? []) if (!adviceById.has(id)) bad(path, `names unknown advice "${id}"`);
  }
  unique(kb.safetyRules, 'safetyRules');
  for (const r of kb.safetyRules) {
    const path = `safetyRules[${r.id}]`;
    cond(r.when, `${path}.when`);
    sourced(r, path);
    if (!r.withhold && !r.caution && !r.warning) bad(path, 'does nothing: give withhold, caution or warning');
    for (const id of [...(r.withhold ?? []), ...(r.caution?.items ?? [])])
      if (!adviceById.has(id)) bad(path, `names unknown advice "${id}"`);
    if (!r.why.trim()) bad(path, 'needs a why');
  }
  unique(kb.safetyNet, 'safetyNet');
  for (const s of kb.safetyNet) {
    sourced(s, `safetyNet[${s.id}]`);
    if (s.showIf) cond(s.showIf, `safetyNet[${s.id}].showIf`);
  }

  if (issues.length > 0) return fail(issues);
  return ok({
    ...kb,
    findingById,
    causeById,
    adviceById,
    sourceById,
    questionById: new Map(kb.questions.map((q) => [q.id, q])),
    safetyRuleById: new Map(kb.safetyRules.map((r) => [r.id, r])),
  });
}
