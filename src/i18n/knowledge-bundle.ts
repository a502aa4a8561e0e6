/**
 * What a client needs to complete a compact answer by id, in one language: every message an assessment
 * or interview can name (knowledge base and core messages), the reference list, and what each advice
 * item, seed claim, cause, rule and "get help if" item is, whoever is asking. Served once by
 * GET /api/v1/knowledge (cacheable), so each answer carries only what depends on the person.
 */
import { z } from 'zod';
import { CONTRACT_CAUSES, TRIAGE_LEVELS } from '../contract/ids.ts';
import { ADVICE_KINDS, CAUSE_KINDS, EVIDENCE_GRADES, SEED_SECTIONS } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';

const sources = z.array(z.string());

export const knowledgeBundleSchema = z.object({
  lang: z.string(),
  knowledgeVersion: z.string(),
  /** Catalog key → words (ICU MessageFormat), in `lang`, falling back to English key by key. */
  messages: z.record(z.string(), z.string()),
  sources: z.record(z.string(), z.object({ title: z.string(), urls: z.array(z.string()) })),
  advice: z.record(
    z.string(),
    z.object({
      kind: z.enum(ADVICE_KINDS),
      grade: z.enum(EVIDENCE_GRADES),
      sources,
      /** The guided timer's steps; their words are messages advice.<id>.timer.step.<i>.label|instruction. */
      timer: z
        .object({
          steps: z.array(z.object({ seconds: z.number() })),
          warnBeforeEndSeconds: z.number(),
          /** How many safety lines (messages advice.<id>.timer.safety.<i>). */
          safetyLines: z.number().int(),
        })
        .optional(),
    }),
  ),
  seedClaims: z.record(
    z.string(),
    z.object({ section: z.enum(SEED_SECTIONS), grade: z.enum(EVIDENCE_GRADES), sources }),
  ),
  causes: z.record(z.string(), z.object({ kind: z.enum(CAUSE_KINDS) })),
  triageRules: z.record(z.string(), z.object({ level: z.enum(TRIAGE_LEVELS), sources })),
  safetyRules: z.record(z.string(), z.object({ sources })),
  safetyNet: z.record(z.string(), z.object({ level: z.enum(TRIAGE_LEVELS) })),
});
export type KnowledgeBundle = z.infer<typeof knowledgeBundleSchema>;

const byId = <T extends { readonly id: string }, V>(items: readonly T[], f: (item: T) => V) =>
  Object.fromEntries(items.map((x) => [x.id, f(x)]));

/**
 * The bundle in one language. `messages` are the core and knowledge catalogs' (the web screens' and the
 * terminal's own words stay with them), in that language, falling back to English key by key.
 */
export function knowledgeBundle(
  kb: LoadedKnowledge,
  lang: string,
  messages: Readonly<Record<string, string>>,
): KnowledgeBundle {
  return {
    lang,
    knowledgeVersion: kb.version,
    messages: { ...messages },
    sources: byId(kb.sources, (s) => ({ title: s.title, urls: [...s.urls] })),
    advice: byId(kb.advice, (a) => ({
      kind: a.kind,
      grade: a.grade,
      sources: [...a.sources],
      ...(a.timer
        ? {
            timer: {
              steps: a.timer.steps.map((s) => ({ seconds: s.seconds })),
              warnBeforeEndSeconds: a.timer.warnBeforeEndSeconds,
              safetyLines: a.timer.safety.length,
            },
          }
        : {}),
    })),
    seedClaims: byId(kb.seedClaims, (s) => ({ section: s.section, grade: s.grade, sources: [...s.sources] })),
    causes: byId(CONTRACT_CAUSES, (c) => ({ kind: c.kind })),
    triageRules: byId(kb.triageRules, (r) => ({ level: r.level, sources: [...r.sources] })),
    safetyRules: byId(kb.safetyRules, (r) => ({ sources: [...r.sources] })),
    safetyNet: byId(kb.safetyNet, (s) => ({ level: s.level })),
  };
}
