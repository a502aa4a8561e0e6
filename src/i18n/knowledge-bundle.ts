/**
 * What a client needs to put words to any assessment by id, in one language: every catalog message an
 * assessment or interview can name (knowledge base and core messages), the reference list, and the
 * remedy timers' steps. Served once by GET /api/v1/knowledge (cacheable), so each answer stays small.
 */
import { z } from 'zod';
import type { LoadedKnowledge } from '../knowledge/load.ts';

export const knowledgeBundleSchema = z.object({
  lang: z.string(),
  knowledgeVersion: z.string(),
  /** Catalog key → words (ICU MessageFormat), in `lang`, falling back to English key by key. */
  messages: z.record(z.string(), z.string()),
  sources: z.record(z.string(), z.object({ title: z.string(), urls: z.array(z.string()) })),
  timers: z.record(
    z.string(),
    z.object({
      steps: z.array(z.object({ seconds: z.number() })),
      warnBeforeEndSeconds: z.number(),
      safetyLines: z.number().int(),
    }),
  ),
});
export type KnowledgeBundle = z.infer<typeof knowledgeBundleSchema>;

/**
 * The bundle in one language. `messages` are the core and knowledge catalogs' (the web screens' and
 * the terminal's own words stay with them), in that language, falling back to English key by key.
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
    sources: Object.fromEntries(kb.sources.map((s) => [s.id, { title: s.title, urls: [...s.urls] }])),
    timers: Object.fromEntries(
      kb.advice.flatMap((a) =>
        a.timer
          ? [
              [
                a.id,
                {
                  steps: a.timer.steps.map((s) => ({ seconds: s.seconds })),
                  warnBeforeEndSeconds: a.timer.warnBeforeEndSeconds,
                  safetyLines: a.timer.safety.length,
                },
              ],
            ]
          : [],
      ),
    ),
  };
}
