/**
 * Puts words beside the codes of the engine's output, in one language: what the API and `backease
 * assess --json` answer. With `texts: 'person'` only the words that depend on this person's answers are
 * inline (the triage, cause names, plan titles, cautions, withholdings, warnings, review); the words
 * that are the same in every answer come by id from the knowledge catalog. `texts: 'all'` puts every
 * word inline, as a client without the catalog needs.
 */
import type {
  Assessment,
  AssessmentAnswer,
  InterviewAnswer,
  InterviewStep,
  Plan,
  RemedyTimer,
} from '../contract/output.ts';

export type PlanAnswer = AssessmentAnswer['plan'];

import type { LoadedKnowledge } from '../knowledge/load.ts';
import {
  adviceGradeNote,
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

export type TextsMode = 'person' | 'all';

export function localiseAssessment(
  a: Assessment,
  r: Renderer,
  kb: LoadedKnowledge,
  texts: TextsMode = 'person',
): AssessmentAnswer {
  const all = texts === 'all';
  const opt = (code: string) =>
    all && r.has(code) ? { [code.split('.').pop() as string]: r.text(code) } : {};
  return {
    lang: r.lang,
    triage: {
      ...a.triage,
      reasons: a.triage.reasons.map((x) => ({ ...x, text: r.text(x.code, x.params) })),
      action: r.render(serviceAction(a.triage.service)),
      actionCode: serviceAction(a.triage.service).code,
      meaning: r.render(levelMeaning(a.triage.level)),
      meaningCode: levelMeaning(a.triage.level).code,
    },
    causes: a.causes.map((c) => ({
      ...c,
      name: r.render(causeName(c.id)),
      evidence: c.evidence.map((e) =>
        all ? { ...e, text: r.render(evidenceMessage(e)), label: r.render(findingLabel(e.finding)) } : e,
      ),
      ...(all ? { summary: r.render(causeSummary(c.id)) } : {}),
    })),
    plan: localisePlan(a.plan, r, kb, texts),
    knowledgeVersion: a.knowledgeVersion,
    disclaimer: r.render(msg('disclaimer')),
  };
}

/** The plan with its words (see localiseAssessment). */
export function localisePlan(
  plan: Plan,
  r: Renderer,
  kb: LoadedKnowledge,
  texts: TextsMode = 'person',
): PlanAnswer {
  const all = texts === 'all';
  const opt = (code: string) =>
    all && r.has(code) ? { [code.split('.').pop() as string]: r.text(code) } : {};
  return {
    actions: plan.actions.map((p) => ({
      ...p,
      title: r.render(adviceTitle(p.id)),
      cautions: p.cautions.map((c) => ({ ...c, text: r.text(c.code) })),
      ...(all ? { text: r.render(adviceText(p.id)) } : {}),
      ...(all ? opt(adviceGradeNote(p.id)) : {}),
      ...(all && p.hasTimer ? { timer: timerWords(kb, p.id, r) } : {}),
    })),
    withheld: plan.withheld.map((w) => ({
      ...w,
      title: r.render(adviceTitle(w.id)),
      why: w.ruleIds.map((id) => r.render(safetyWhy(id))),
    })),
    warnings: plan.warnings.map((w) => ({ ...w, text: r.text(w.code) })),
    seedClaims: plan.seedClaims.map((s) => ({
      ...s,
      ...(s.withheldRuleIds
        ? { withheldBecause: s.withheldRuleIds.map((id) => r.render(safetyWhy(id))) }
        : {}),
      ...(all ? { claim: r.text(`seed.${s.id}.claim`), verdict: r.text(`seed.${s.id}.verdict`) } : {}),
      ...(all ? opt(`seed.${s.id}.gradeNote`) : {}),
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
  texts: TextsMode = 'person',
): InterviewAnswer {
  if (step.done)
    return { lang: r.lang, done: true, assessment: localiseAssessment(step.assessment, r, kb, texts) };
  const q = step.question;
  return {
    lang: r.lang,
    done: false,
    question: {
      ...q,
      text: r.render(questionText(q.id)),
      why: r.render(questionWhy(q.id)),
      items: q.items.map((i) => ({ ...i, text: r.text(`finding.${i.findingId}.text`) })),
    },
    progress: step.progress,
  };
}
