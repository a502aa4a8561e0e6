/**
 * Validates the hazard log when it is loaded, as the knowledge base is: ids are unique, every control a
 * hazard names exists and every id a control names resolves in the knowledge base, severities and
 * likelihoods are on the DCB0129 matrix, the residual risk is no worse than the initial one and at most
 * 3, dates are real dates. Ratings are computed here. What needs the file system (test names, code
 * paths) is checked by traceability.test.ts. A failure names the bad entry.
 */
import { fail, type Issue, issue, ok, plain, type Result } from '../contract/errors.ts';
import type { FindingId } from '../contract/ids.generated.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import { type Cond, unreachable } from '../knowledge/types.ts';
import { LIKELIHOODS, MAX_RESIDUAL, type RiskRating, riskRating, SEVERITIES } from './matrix.ts';
import type { ContentReview, Control, ControlRef, Hazard, PlannedControl, RiskEstimate } from './types.ts';

export interface HazardLogData {
  readonly hazards: readonly Hazard[];
  readonly controls: readonly Control[];
  readonly planned: readonly PlannedControl[];
  readonly contentReviews: readonly ContentReview[];
}

export interface LoadedHazard extends Hazard {
  readonly ratingBefore: RiskRating;
  readonly ratingAfter: RiskRating;
}

export interface HazardLog extends HazardLogData {
  readonly hazards: readonly LoadedHazard[];
  readonly controlById: ReadonlyMap<string, Control>;
  readonly plannedById: ReadonlyMap<string, PlannedControl>;
}

const OWNERS = new Set([
  'clinical_safety_officer',
  'clinical_content_lead',
  'engineering_lead',
  'localisation_lead',
  'data_protection_lead',
]);
const CONTROL_TYPES = new Set(['design', 'test', 'training', 'business_process']);
const GROUPS = new Set(['missed_emergency', 'triage', 'causes', 'advice', 'information', 'platform']);
const STATUSES = new Set(['open', 'closed', 'transferred']);

/** Whether `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The findings whose presence can make a condition true (present or not-absent, not under a negation). */
export function presentFindings(cond: Cond, negated = false, out = new Set<FindingId>()): Set<FindingId> {
  switch (cond.op) {
    case 'present':
    case 'notAbsent':
      if (!negated) out.add(cond.id);
      break;
    case 'absent':
      if (negated) out.add(cond.id);
      break;
    case 'unsure':
    case 'num':
    case 'age':
    case 'sex':
      break;
    case 'all':
    case 'any':
      for (const c of cond.of) presentFindings(c, negated, out);
      break;
    case 'not':
      presentFindings(cond.cond, !negated, out);
      break;
    default:
      unreachable(cond);
  }
  return out;
}

function refResolves(ref: ControlRef, kb: LoadedKnowledge, messageKeys: ReadonlySet<string>): boolean {
  switch (ref.kind) {
    case 'triage_rule':
      return kb.triageRules.some((r) => r.id === ref.id);
    case 'safety_rule':
      return kb.safetyRuleById.has(ref.id);
    case 'advice':
      return kb.adviceById.has(ref.id);
    case 'question':
      return kb.questionById.has(ref.id);
    case 'finding':
      return kb.findingById.has(ref.id);
    case 'safety_net':
      return kb.safetyNet.some((s) => s.id === ref.id);
    case 'cause':
      return kb.causeById.has(ref.id);
    case 'message':
      return messageKeys.has(ref.key);
    case 'code':
      return ref.file.trim() !== '' && /^[A-Za-z_$][\w$]*$/.test(ref.symbol);
    case 'file':
      return ref.file.trim() !== '';
    default:
      return unreachable(ref);
  }
}

export function loadHazardLog(
  data: HazardLogData,
  kb: LoadedKnowledge,
  messageKeys: ReadonlySet<string>,
): Result<HazardLog> {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push(issue('invalid_value', path, plain(message)));
  const unique = (ids: readonly string[], where: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) bad(`${where}[${id}]`, 'id is used twice');
      seen.add(id);
    }
  };
  const text = (value: string | undefined, path: string, what: string) => {
    if (!value || value.trim().length < 3) bad(path, `needs ${what}`);
  };

  // Controls
  unique(
    data.controls.map((c) => c.id),
    'controls',
  );
  const controlById = new Map(data.controls.map((c) => [c.id, c]));
  for (const c of data.controls) {
    const path = `controls[${c.id}]`;
    if (!/^CTL-[a-z0-9-]+$/.test(c.id)) bad(path, 'id must look like CTL-some-name');
    if (!CONTROL_TYPES.has(c.type)) bad(path, `unknown control type "${c.type}"`);
    text(c.text, path, 'a text saying what the control does');
    if (c.refs.length === 0)
      bad(path, 'names nothing it controls: give at least one rule, entry or code path');
    if (c.verifiedBy.length === 0) bad(path, 'has no verifying test');
    for (const ref of c.refs)
      if (!refResolves(ref, kb, messageKeys))
        bad(
          `${path}.refs`,
          `${ref.kind} ${'id' in ref ? ref.id : 'key' in ref ? ref.key : `${ref.file}`} does not exist`,
        );
    for (const t of c.verifiedBy)
      if (!/\.test\.tsx?$/.test(t.file) || t.name.trim() === '')
        bad(`${path}.verifiedBy`, `"${t.file}" / "${t.name}" is not a test file and a test name`);
  }
  unique(
    data.planned.map((c) => c.id),
    'planned',
  );
  const plannedById = new Map(data.planned.map((c) => [c.id, c]));
  for (const c of data.planned) {
    if (!/^PLN-[a-z0-9-]+$/.test(c.id)) bad(`planned[${c.id}]`, 'id must look like PLN-some-name');
    text(c.text, `planned[${c.id}]`, 'a text saying what the control will do');
    if (!(Number.isInteger(c.issue) && c.issue > 0))
      bad(`planned[${c.id}]`, 'needs the issue that builds it');
  }

  // Hazards
  unique(
    data.hazards.map((h) => h.id),
    'hazards',
  );
  const rate = (e: RiskEstimate, path: string): RiskRating | undefined => {
    if (!SEVERITIES.includes(e.severity)) bad(path, `unknown severity "${e.severity}"`);
    else if (!LIKELIHOODS.includes(e.likelihood)) bad(path, `unknown likelihood "${e.likelihood}"`);
    else return riskRating(e.severity, e.likelihood);
    return undefined;
  };
  const used = new Set<string>();
  const loaded: LoadedHazard[] = [];
  for (const h of data.hazards) {
    const path = `hazards[${h.id}]`;
    if (!/^HAZ-\d{2,}$/.test(h.id)) bad(path, 'id must look like HAZ-01');
    text(h.title, path, 'a title');
    text(h.cause, path, 'a cause: what can go wrong and why');
    text(h.effect, path, 'the effect on the person');
    text(h.residual, path, 'the residual risk argument');
    if (!GROUPS.has(h.group)) bad(path, `unknown group "${h.group}"`);
    if (!OWNERS.has(h.owner)) bad(path, `unknown owner role "${h.owner}"`);
    if (!STATUSES.has(h.status)) bad(path, `unknown status "${h.status}"`);
    if (!isIsoDay(h.reviewBy)) bad(path, `review date "${h.reviewBy}" is not a real YYYY-MM-DD day`);
    const before = rate(h.before, `${path}.before`);
    const after = rate(h.after, `${path}.after`);
    if (before !== undefined && after !== undefined) {
      if (after > before)
        bad(path, `the residual risk (${after}) is higher than the initial risk (${before})`);
      if (after > MAX_RESIDUAL)
        bad(
          path,
          `a residual risk of ${after} is not acceptable (at most ${MAX_RESIDUAL}, with the argument)`,
        );
      loaded.push({ ...h, ratingBefore: before, ratingAfter: after });
    }
    if (h.controls.length === 0) bad(path, 'has no control');
    for (const id of h.controls) {
      if (!controlById.has(id)) bad(`${path}.controls`, `unknown control "${id}"`);
      used.add(id);
    }
    for (const id of h.planned ?? [])
      if (!plannedById.has(id)) bad(`${path}.planned`, `unknown planned control "${id}"`);
    for (const s of h.sources) if (!kb.sourceById.has(s)) bad(`${path}.sources`, `unknown source "${s}"`);
    if (h.deviation) {
      if (!/^P\d+$/.test(h.deviation.policy)) bad(`${path}.deviation`, 'policy must be a §1.6 id such as P8');
      text(h.deviation.rationale, `${path}.deviation`, 'its rationale');
    }
    if (h.warningSigns) {
      if (h.group !== 'missed_emergency')
        bad(path, 'only a missed-emergency hazard lists the warning signs it covers');
      // Each warning sign must be caught by one of the hazard's own triage rules.
      const caught = new Set<FindingId>();
      for (const id of h.controls)
        for (const ref of controlById.get(id)?.refs ?? [])
          if (ref.kind === 'triage_rule') {
            const rule = kb.triageRules.find((r) => r.id === ref.id);
            if (rule) for (const f of presentFindings(rule.when)) caught.add(f);
          }
      for (const f of h.warningSigns) {
        if (!kb.findingById.has(f)) bad(`${path}.warningSigns`, `unknown finding "${f}"`);
        else if (!caught.has(f))
          bad(`${path}.warningSigns`, `"${f}" is not caught by any triage rule of this hazard's controls`);
      }
    }
  }
  for (const c of data.controls)
    if (!used.has(c.id)) bad(`controls[${c.id}]`, 'is not a control of any hazard');

  // Content review register
  unique(
    data.contentReviews.map((r) => r.area),
    'contentReviews',
  );
  for (const r of data.contentReviews) {
    const path = `contentReviews[${r.area}]`;
    if (!isIsoDay(r.checked)) bad(path, `checked date "${r.checked}" is not a real YYYY-MM-DD day`);
    if (!isIsoDay(r.reviewBy)) bad(path, `review date "${r.reviewBy}" is not a real YYYY-MM-DD day`);
    if (!(r.area in kb)) bad(path, 'is not an area of the knowledge base');
  }

  if (issues.length > 0) return fail(issues);
  return ok({ ...data, hazards: loaded, controlById, plannedById });
}
