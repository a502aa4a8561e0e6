/**
 * Story files: stories with the findings they state (present), plainly deny (absent) and leave open
 * (unknown), and no triage gold. They score the parser alone: precision and recall of present findings,
 * recall of warning signs, wrong absents, how many denials were read as absent, and whether a finding
 * left open was read as anything but absent.
 */
import { z } from 'zod';
import { fail, type Issue, issue, ok, plain, type Result } from '../contract/errors.ts';
import { FINDING_BY_ID, SEXES } from '../contract/ids.ts';
import { fromZodError } from '../contract/zod-issues.ts';
import type { ParsedEvidence } from '../parse/types.ts';
import type { Parser } from './text.ts';

const storySchema = z
  .object({
    id: z.string(),
    text: z.string().min(1),
    age: z.number().optional(),
    sex: z.enum(SEXES).optional(),
    today: z.string().optional(),
    present: z.array(z.string()),
    values: z.record(z.string(), z.number()).optional(),
    absent: z.array(z.string()).optional(),
    unknown: z.array(z.string()).optional(),
  })
  .strict();

export type Story = z.infer<typeof storySchema>;

/** Whether a parsed JSON file is a story file ({ "stories": [...] }) rather than a case file. */
export function isStoryFile(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'stories' in raw;
}

export function parseStories(raw: unknown, file: string): Result<Story[]> {
  const list = (raw as { stories?: unknown }).stories;
  if (!Array.isArray(list))
    return fail([issue('invalid_type', `${file}.stories`, plain('must be a list of stories.'))]);
  const issues: Issue[] = [];
  const out: Story[] = [];
  list.forEach((s, i) => {
    const r = storySchema.safeParse(s);
    if (!r.success) {
      for (const x of fromZodError(r.error, s))
        issues.push({ ...x, path: `${file}.stories[${i}]${x.path ? `.${x.path}` : ''}` });
      return;
    }
    const d = r.data;
    for (const id of [
      ...d.present,
      ...(d.absent ?? []),
      ...(d.unknown ?? []),
      ...Object.keys(d.values ?? {}),
    ])
      if (!FINDING_BY_ID.has(id))
        issues.push(
          issue(
            'unknown_finding',
            `${file}.stories[${i}] (${d.id})`,
            plain(`"${id}" is not a known finding id.`),
          ),
        );
    out.push(d);
  });
  return issues.length > 0 ? fail(issues) : ok(out);
}

export interface StoryResult {
  readonly id: string;
  readonly falsePositives: readonly string[];
  readonly falseNegatives: readonly string[];
  readonly truePositives: number;
  readonly warningGold: number;
  readonly warningFound: number;
  readonly wrongAbsents: readonly string[];
  readonly denialsFound: number;
  readonly denials: number;
  /** Findings the story leaves open, parsed as absent. */
  readonly openReadAsAbsent: readonly string[];
  readonly valuesWrong: readonly string[];
}

export interface StoryMetrics {
  readonly stories: number;
  readonly precision: number;
  readonly recall: number;
  readonly warningRecall: number;
  readonly wrongAbsents: number;
  readonly denialRecall: number;
  readonly openReadAsAbsent: number;
  readonly valuesWrong: number;
}

export function scoreStories(
  stories: readonly Story[],
  parse: Parser,
  warning: ReadonlySet<string>,
): { metrics: StoryMetrics; results: StoryResult[] } {
  const results = stories.map((s): StoryResult => {
    const parsed = parse({
      text: s.text,
      ...(s.age !== undefined ? { age: s.age } : {}),
      ...(s.sex !== undefined ? { sex: s.sex } : {}),
      ...(s.today !== undefined ? { today: s.today } : {}),
    });
    const state = new Map<string, ParsedEvidence>(parsed.evidence.map((e) => [e.id, e]));
    const present = new Set<string>(parsed.evidence.filter((e) => e.state === 'present').map((e) => e.id));
    const gold = new Set(s.present);
    const fn = [...gold].filter((id) => !present.has(id));
    const warnGold = [...gold].filter((id) => warning.has(id));
    const valuesWrong = Object.entries(s.values ?? {})
      .filter(([id, v]) => {
        const got = state.get(id)?.value;
        return got === undefined || Math.abs(got - v) > (id === 'pain_severity' ? 0.5 : Math.max(1, v * 0.2));
      })
      .map(([id, v]) => `${id}=${state.get(id)?.value ?? 'none'} (not ${v})`);
    return {
      id: s.id,
      falsePositives: [...present].filter((id) => !gold.has(id)),
      falseNegatives: fn,
      truePositives: gold.size - fn.length,
      warningGold: warnGold.length,
      warningFound: warnGold.filter((id) => present.has(id)).length,
      wrongAbsents: [...gold].filter((id) => state.get(id)?.state === 'absent'),
      denialsFound: (s.absent ?? []).filter((id) => state.get(id)?.state === 'absent').length,
      denials: (s.absent ?? []).length,
      openReadAsAbsent: (s.unknown ?? []).filter((id) => state.get(id)?.state === 'absent'),
      valuesWrong,
    };
  });
  const sum = (f: (r: StoryResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const tp = sum((r) => r.truePositives);
  const fp = sum((r) => r.falsePositives.length);
  const gold = sum((r) => r.truePositives + r.falseNegatives.length);
  return {
    metrics: {
      stories: results.length,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: gold === 0 ? 1 : tp / gold,
      warningRecall:
        sum((r) => r.warningGold) === 0 ? 1 : sum((r) => r.warningFound) / sum((r) => r.warningGold),
      wrongAbsents: sum((r) => r.wrongAbsents.length),
      denialRecall: sum((r) => r.denials) === 0 ? 1 : sum((r) => r.denialsFound) / sum((r) => r.denials),
      openReadAsAbsent: sum((r) => r.openReadAsAbsent.length),
      valuesWrong: sum((r) => r.valuesWrong.length),
    },
    results,
  };
}
