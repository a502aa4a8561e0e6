/**
 * The English catalog of the knowledge base's words, keyed by id, built from src/knowledge (where each
 * text sits beside its evidence and sources). `npm run extract:messages` writes it to
 * src/i18n/catalogs/en/knowledge.json; translators translate that file; a test fails while it is stale.
 */
import { CONTRACT_CAUSES, TRIAGE_LEVEL_MEANINGS, type TriageLevel } from '../contract/ids.ts';
import type { Knowledge } from '../knowledge/types.ts';

export const KNOWLEDGE_CATALOG_PATH = 'src/i18n/catalogs/en/knowledge.json';

export function buildKnowledgeCatalog(kb: Knowledge): Record<string, string> {
  const out: Record<string, string> = {
    '_meta.knowledgeVersion': kb.version,
    '_meta.generatedBy': 'npm run extract:messages (scripts/extract-messages.ts); do not edit by hand',
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
    put(`question.${q.id}.gateway`, q.gateway);
    put(`question.${q.id}.none`, q.none);
    put(`question.${q.id}.topic`, q.topic);
  }
  for (const r of kb.triageRules) put(`triage.${r.id}.text`, r.text);
  for (const [level, meaning] of Object.entries(TRIAGE_LEVEL_MEANINGS))
    put(`level.${level as TriageLevel}.meaning`, meaning);
  for (const c of CONTRACT_CAUSES) put(`cause.${c.id}.name`, c.name);
  for (const c of kb.causes) {
    put(`cause.${c.id}.summary`, c.summary);
    put(`cause.${c.id}.next`, c.next?.text);
  }
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
