/**
 * Builds the English catalog of the knowledge base's texts, keyed by id, from src/knowledge and the
 * engine's fixed wordings. Translators translate this file into kb.<lang>.json; the web app looks every
 * knowledge text up here by the ids the engine's output carries.
 */
import { CONTRACT_CAUSES, TRIAGE_LEVEL_MEANINGS, type TriageLevel } from '../../src/contract/ids.ts';
import { NO_RULE_REASON } from '../../src/engine/triage.ts';
import { ACTIONS, DISCLAIMER } from '../../src/knowledge/actions.ts';
import type { Knowledge } from '../../src/knowledge/types.ts';

export const KB_CATALOG_PATH = 'web/src/i18n/kb.en.json';

export function buildKnowledgeCatalog(kb: Knowledge): Record<string, string> {
  const out: Record<string, string> = {
    '_meta.lang': 'en',
    '_meta.knowledgeVersion': kb.version,
    '_meta.generatedBy': 'npm run extract:messages (web/scripts/extract-messages.ts); do not edit by hand',
  };
  const put = (key: string, text: string | undefined) => {
    if (text !== undefined && text.trim() !== '') out[key] = text;
  };
  for (const f of kb.findings) {
    put(`finding.${f.id}.text`, f.text);
    put(`finding.${f.id}.label`, f.label);
    put(`finding.${f.id}.why`, f.why);
  }
  for (const q of kb.questions) {
    put(`question.${q.id}.text`, q.text);
    put(`question.${q.id}.why`, q.why);
  }
  for (const r of kb.triageRules) put(`triage.${r.id}.text`, r.text);
  put(`triage.${NO_RULE_REASON.ruleId}.text`, NO_RULE_REASON.text);
  for (const [level, meaning] of Object.entries(TRIAGE_LEVEL_MEANINGS))
    put(`level.${level as TriageLevel}.meaning`, meaning);
  for (const [service, action] of Object.entries(ACTIONS)) put(`service.${service}.action`, action);
  put('disclaimer', DISCLAIMER);
  for (const c of CONTRACT_CAUSES) put(`cause.${c.id}.name`, c.name);
  for (const c of kb.causes) put(`cause.${c.id}.summary`, c.summary);
  for (const a of kb.advice) {
    put(`advice.${a.id}.title`, a.title);
    put(`advice.${a.id}.text`, a.text);
    put(`advice.${a.id}.gradeNote`, a.gradeNote);
    for (const [i, s] of (a.timer?.steps ?? []).entries()) {
      put(`advice.${a.id}.timer.step.${i}.label`, s.label);
      put(`advice.${a.id}.timer.step.${i}.instruction`, s.instruction);
    }
    for (const [i, s] of (a.timer?.safety ?? []).entries()) put(`advice.${a.id}.timer.safety.${i}`, s);
  }
  for (const s of kb.seedClaims) {
    put(`seed.${s.id}.claim`, s.claim);
    put(`seed.${s.id}.verdict`, s.verdict);
    put(`seed.${s.id}.gradeNote`, s.gradeNote);
  }
  for (const r of kb.safetyRules) {
    put(`safety.${r.id}.why`, r.why);
    put(`safety.${r.id}.warning`, r.warning);
    put(`safety.${r.id}.caution`, r.caution?.text);
  }
  for (const s of kb.safetyNet) put(`safetyNet.${s.id}.text`, s.text);
  return out;
}

export function serialiseCatalog(catalog: Record<string, string>): string {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}
