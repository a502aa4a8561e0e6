/**
 * Puts words beside the codes of the engine's output, in one language: what the API and `backease
 * assess --json` answer. The compact view carries what depends on this person's answers (and every
 * grade); what is the same for everyone comes by id from the knowledge bundle (knowledge-bundle.ts).
 * The full view carries everything inline. See src/contract/output.ts for the two views.
 */
import {
  type AnswerView,
  type Assessment,
  type AssessmentAnswer,
  COMPACT_CAUSE_FLOOR,
  type InterviewAnswer,
  type InterviewStep,
  LESS_LIKELY_BELOW,
  type Plan,
  type RemedyTimer,
} from '../contract/output.ts';
import { noneKey } from '../engine/screens.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { ParseAnswer, ParseOutput } from '../parse/types.ts';
import {
  adviceText,
  adviceTitle,
  causeName,
  causeSummary,
  evidenceMessage,
  findingLabel,
  levelMeaning,
  questionText,
  questionWhy,
  safetyWhy,
  serviceAction,
} from './assessment-messages.ts';
import { msg } from './message.ts';
import type { Renderer } from './render.ts';

export type PlanAnswer = AssessmentAnswer['plan'];

/** A key's words, as a field, when the key has words (grade notes are optional). */
function optional(r: Renderer, code: string, field: string): Record<string, string> {
  return r.has(code) ? { [field]: r.text(code) } : {};
}

export function localiseAssessment(
  a: Assessment,
  r: Renderer,
  kb: LoadedKnowledge,
  view: AnswerView = 'compact',
): AssessmentAnswer {
  const all = view === 'full';
  const causes = all ? a.causes : a.causes.filter((c, i) => i < 3 || c.probability >= COMPACT_CAUSE_FLOOR);
  return {
    lang: r.lang,
    view,
    triage: {
      level: a.triage.level,
      service: a.triage.service,
      reasons: a.triage.reasons.map(({ sources, ...x }) => ({
        ...x,
        ...(all ? { sources } : {}),
        text: r.text(x.code, x.params),
      })),
      unanswered: a.triage.unanswered,
      action: r.render(serviceAction(a.triage.service)),
      actionCode: serviceAction(a.triage.service).code,
      meaning: r.render(levelMeaning(a.triage.level)),
      meaningCode: levelMeaning(a.triage.level).code,
    },
    causes: causes.map(({ kind, ...c }) => ({
      ...c,
      ...(all ? { kind } : {}),
      name: r.render(causeName(c.id)),
      evidence: c.evidence.map((e) =>
        all ? { ...e, text: r.render(evidenceMessage(e)), label: r.render(findingLabel(e.finding)) } : e,
      ),
      ...(all ? { summary: r.render(causeSummary(c.id)) } : {}),
      ...((all || c.probability >= LESS_LIKELY_BELOW) && r.has(`cause.${c.id}.next`)
        ? { next: r.text(`cause.${c.id}.next`) }
        : {}),
    })),
    causesLeftOut: a.causes.length - causes.length,
    plan: localisePlan(a.plan, r, kb, view),
    knowledgeVersion: a.knowledgeVersion,
    disclaimer: r.render(msg('disclaimer')),
  };
}

/** The plan with its words (see localiseAssessment). */
export function localisePlan(
  plan: Plan,
  r: Renderer,
  kb: LoadedKnowledge,
  view: AnswerView = 'compact',
): PlanAnswer {
  const all = view === 'full';
  return {
    actions: plan.actions.map(({ kind, sources, hasTimer, ...p }) => ({
      ...p,
      ...(all ? { kind, sources, hasTimer } : {}),
      title: r.render(adviceTitle(p.id)),
      cautions: p.cautions.map((c) => ({ ...c, text: r.text(c.code) })),
      ...(all
        ? { text: r.render(adviceText(p.id)), ...optional(r, `advice.${p.id}.gradeNote`, 'gradeNote') }
        : {}),
      ...(all && hasTimer ? { timer: timerWords(kb, p.id, r) } : {}),
    })),
    withheld: plan.withheld.map(({ sources, ...w }) => ({
      ...w,
      ...(all ? { sources } : {}),
      title: r.render(adviceTitle(w.id)),
      why: w.ruleIds.map((id) => r.render(safetyWhy(id))),
    })),
    warnings: plan.warnings.map(({ sources, ...w }) => ({
      ...w,
      ...(all ? { sources } : {}),
      text: r.text(w.code),
    })),
    seedClaims: plan.seedClaims.map(({ section, sources, ...s }) => ({
      ...s,
      ...(all ? { section, sources } : {}),
      ...(s.withheldRuleIds
        ? { withheldBecause: s.withheldRuleIds.map((id) => r.render(safetyWhy(id))) }
        : {}),
      ...(all
        ? {
            claim: r.text(`seed.${s.id}.claim`),
            verdict: r.text(`seed.${s.id}.verdict`),
            ...optional(r, `seed.${s.id}.gradeNote`, 'gradeNote'),
          }
        : {}),
    })),
    safetyNet: {
      getHelpIf: plan.safetyNet.getHelpIf.map((g) =>
        all ? { ...g, text: r.text(`safetyNet.${g.id}.text`) } : g,
      ),
      review: plan.safetyNet.review,
      reviewAfter: r.render(plan.safetyNet.reviewAfter),
      reviewAfterCode: plan.safetyNet.reviewAfter.code,
      ...(plan.safetyNet.reviewAfter.params ? { reviewAfterParams: plan.safetyNet.reviewAfter.params } : {}),
    },
  };
}

/** A remedy timer in words: its steps and safety lines, from the knowledge base and the catalog. */
export function timerWords(kb: LoadedKnowledge, adviceId: string, r: Renderer): RemedyTimer | undefined {
  const timer = kb.adviceById.get(adviceId)?.timer;
  if (!timer) return undefined;
  const key = `advice.${adviceId}.timer`;
  return {
    steps: timer.steps.map((s, i) => ({
      label: r.text(`${key}.step.${i}.label`),
      seconds: s.seconds,
      instruction: r.text(`${key}.step.${i}.instruction`),
    })),
    warnBeforeEndSeconds: timer.warnBeforeEndSeconds,
    safety: timer.safety.map((_, i) => r.text(`${key}.safety.${i}`)),
  };
}

export function localiseStep(
  step: InterviewStep,
  r: Renderer,
  kb: LoadedKnowledge,
  view: AnswerView = 'compact',
): InterviewAnswer {
  if (step.done)
    return { lang: r.lang, view, done: true, assessment: localiseAssessment(step.assessment, r, kb, view) };
  const { min, max, unit, partlyAnswered, ...q } = step.question;
  const none = noneKey(step.question, (key) => r.has(key));
  return {
    lang: r.lang,
    view,
    done: false,
    question: {
      ...q,
      text: r.render(questionText(q.id)),
      why: r.render(questionWhy(q.id)),
      // A number question's bounds after its words, as the answer's serialiser orders them (required
      // fields first): built in that order, the server writes it with its fast path (exact-json.ts).
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
      ...(unit === undefined ? {} : { unit }),
      ...(partlyAnswered === undefined ? {} : { partlyAnswered }),
      ...(q.gateway ? { gatewayText: r.text(`question.${q.id}.gateway`) } : {}),
      ...(none === undefined ? {} : { noneText: r.text(none) }),
      items: q.items.map((i) => ({ ...i, text: r.text(`finding.${i.findingId}.text`) })),
    },
    progress: step.progress,
  };
}

/** Puts each parsed finding's words beside its id: what POST /api/v1/parse and `backease parse --json` answer. */
export function localiseParse(out: ParseOutput, r: Renderer, storyLang = 'en'): ParseAnswer {
  return {
    lang: r.lang,
    storyLang,
    evidence: out.evidence.map((e) => ({ ...e, label: r.render(findingLabel(e.id)) })),
    unrecognised: out.unrecognised,
  };
}
