/**
 * The clinical safety case report (docs/clinical-safety.md), rendered from the hazard log, the knowledge
 * base and the pass state of the verifying tests, with the headings of a DCB0129 Clinical Safety Case
 * Report (research/services-and-standards.md §3). Pure: the date and the test results are passed in, so
 * the same inputs always give the same text, and a test can check the committed file is fresh. A review
 * date in the past is listed as overdue, never a failure.
 */
import type { Knowledge } from '../knowledge/types.ts';
import type { HazardLog, LoadedHazard } from './load.ts';
import {
  ACCEPTABILITY,
  LIKELIHOOD_MEANING,
  LIKELIHOODS,
  type RiskRating,
  riskRating,
  SEVERITIES,
  SEVERITY_MEANING,
} from './matrix.ts';
import type { ControlRef, OwnerRole, TestRef } from './types.ts';

export type TestState = 'passed' | 'failed' | 'not run';

/** The key of a verifying test in the recorded results. */
export const testKey = (t: TestRef): string => `${t.file} :: ${t.name}`;

export interface ReportInput {
  readonly log: HazardLog;
  readonly kb: Knowledge;
  /** The day the report is made (YYYY-MM-DD): review dates before it are overdue. */
  readonly asOf: string;
  /** The state of each verifying test in the run the report was made from, by `testKey`. */
  readonly results: Readonly<Record<string, TestState>>;
}

/** Recorded at the end of the report so a test can render it again from the same inputs. */
export interface ReportState {
  readonly asOf: string;
  readonly results: Readonly<Record<string, TestState>>;
}

const STATE_MARK = 'safety-report-state';

export function stateComment(state: ReportState): string {
  const sorted = Object.fromEntries(Object.entries(state.results).sort(([a], [b]) => a.localeCompare(b)));
  return `<!-- ${STATE_MARK} ${JSON.stringify({ asOf: state.asOf, results: sorted })} -->`;
}

/** The state recorded in a report, or undefined when it has none. */
export function readState(report: string): ReportState | undefined {
  const m = new RegExp(`<!-- ${STATE_MARK} (\\{.*\\}) -->`).exec(report);
  if (!m) return undefined;
  const parsed = JSON.parse(m[1] as string) as ReportState;
  return { asOf: parsed.asOf, results: parsed.results };
}

const OWNER_NAME: Readonly<Record<OwnerRole, string>> = {
  clinical_safety_officer: 'Clinical Safety Officer',
  clinical_content_lead: 'Clinical content lead',
  engineering_lead: 'Engineering lead',
  localisation_lead: 'Localisation lead',
  data_protection_lead: 'Data protection lead',
};

const words = (id: string) => id.replaceAll('_', ' ');
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const STATE_MARKS: Readonly<Record<TestState, string>> = {
  passed: 'passed',
  failed: '**FAILED**',
  'not run': '**not run**',
};

function refText(ref: ControlRef): string {
  switch (ref.kind) {
    case 'triage_rule':
      return `triage rule \`${ref.id}\``;
    case 'safety_rule':
      return `safety rule \`${ref.id}\``;
    case 'advice':
      return `advice \`${ref.id}\``;
    case 'question':
      return `question \`${ref.id}\``;
    case 'finding':
      return `finding \`${ref.id}\``;
    case 'safety_net':
      return `safety net \`${ref.id}\``;
    case 'cause':
      return `cause \`${ref.id}\``;
    case 'message':
      return `words \`${ref.key}\``;
    case 'code':
      return `\`${ref.file}\` \`${ref.symbol}\``;
    case 'file':
      return `\`${ref.file}\``;
  }
}

const rating = (h: LoadedHazard, when: 'before' | 'after') => {
  const e = h[when];
  const r = when === 'before' ? h.ratingBefore : h.ratingAfter;
  return `${words(e.severity)} × ${words(e.likelihood)} = **${r}**`;
};

/** Entries of the knowledge base that rest on our own estimate rather than a source, by area. */
function estimates(kb: Knowledge): [string, string[]][] {
  const ids = (list: readonly { id: string; estimate?: string }[]) =>
    list.filter((x) => x.estimate).map((x) => x.id);
  return [
    ['triageRules', ids(kb.triageRules)],
    ['safetyRules', ids(kb.safetyRules)],
    ['advice', ids(kb.advice)],
    ['seedClaims', ids(kb.seedClaims)],
    ['safetyNet', ids(kb.safetyNet)],
    [
      'causes',
      kb.causes.flatMap((c) =>
        [c.prior.estimate, c.next?.estimate, ...c.ratios.map((r) => r.estimate)].some((e) => e) ? [c.id] : [],
      ),
    ],
  ];
}

export function renderSafetyReport(input: ReportInput): string {
  const { log, kb, asOf, results } = input;
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const allTests = new Map<string, TestRef>();
  for (const c of log.controls) for (const t of c.verifiedBy) allTests.set(testKey(t), t);
  const stateOf = (t: TestRef): TestState => results[testKey(t)] ?? 'not run';
  const counts = { passed: 0, failed: 0, 'not run': 0 };
  for (const t of allTests.values()) counts[stateOf(t)]++;
  const overdueHazards = log.hazards.filter((h) => h.reviewBy < asOf);
  const overdueAreas = log.contentReviews.filter((r) => r.reviewBy < asOf);
  const byRating = (r: RiskRating) => log.hazards.filter((h) => h.ratingAfter === r).length;
  const linkedTriage = new Set<string>();
  const linkedSafety = new Set<string>();
  for (const h of log.hazards)
    for (const id of h.controls)
      for (const ref of log.controlById.get(id)?.refs ?? []) {
        if (ref.kind === 'triage_rule') linkedTriage.add(ref.id);
        if (ref.kind === 'safety_rule') linkedSafety.add(ref.id);
      }
  const warningSigns = new Set(log.hazards.flatMap((h) => h.warningSigns ?? []));

  line('# Clinical safety case report');
  line();
  line(
    '> Generated by `npm run safety-report` from the hazard log in [src/safety](../src/safety) and the knowledge base; do not edit by hand. `src/safety/report.test.ts` fails while this file is stale.',
  );
  line();
  line(`- Made on: ${asOf}`);
  line(`- Knowledge base version: ${kb.version}`);
  line(
    `- Verifying tests in the run this report was made from: ${allTests.size} named, ${counts.passed} passed, ${counts.failed} failed, ${counts['not run']} not run`,
  );
  line();

  line('## 1. Summary safety statement');
  line();
  line(
    'BackEase is **not yet approved for clinical use**. No Clinical Safety Officer has been appointed and no clinician has reviewed this hazard log or the knowledge base (DCB0129 2.3 and 3.3.2 require both). This report is the engineering half of the safety case: it shows each known hazard, the controls in the product that reduce it, and the tests that prove those controls work today. Likelihoods are engineering estimates for a person who uses the check as designed.',
  );
  line();
  line(
    `${log.hazards.length} hazards are logged, all open. After the controls, ${byRating(3)} carry a residual risk of 3 (undesirable: acceptable only when further reduction is impractical, argued in each entry), ${byRating(2)} of 2 and ${byRating(1)} of 1; none is 4 or 5. HAZ-24 (an unreviewed knowledge base) is not acceptable for clinical use until a clinical review has been done.`,
  );
  line();

  line('## 2. System definition');
  line();
  line(
    "A self-care and triage assistant for adults with back pain and back spasms: an interview that asks the warning signs first and gives a triage level (emergency, get help today, see a doctor soon, self-care) with reasons, a ranked list of possible causes with evidence for and against, a self-care plan filtered by the person's conditions and medicines, a diary, and a doctor-visit summary. It runs as an offline web app, an HTTP API and a command-line tool. It gives general information from published guidance, not a diagnosis. Out of scope: children under 16 (sent to a doctor), use by clinicians to make decisions, and any free text read as evidence in this release.",
  );
  line();

  line('## 3. Clinical risk management');
  line();
  line(
    'Method: DCB0129 with the NHS England 5 × 5 matrix (research/services-and-standards.md §3). Each hazard records its cause, effect, severity and likelihood before and after its controls, the controls by typed id, the tests that verify each control, the residual risk argument, an owner role and a review date. The rating is computed from the matrix, never typed. Controls are grouped as DCB0129 does: design, test, training, business process.',
  );
  line();
  line(`| likelihood ↓ / severity → | ${SEVERITIES.map(words).join(' | ')} |`);
  line(`|---|${SEVERITIES.map(() => '---').join('|')}|`);
  for (const l of [...LIKELIHOODS].reverse())
    line(`| ${words(l)} | ${SEVERITIES.map((s) => String(riskRating(s, l))).join(' | ')} |`);
  line();
  line('| rating | acceptability |');
  line('|---|---|');
  for (const r of [5, 4, 3, 2, 1] as const) line(`| ${r} | ${ACCEPTABILITY[r]} |`);
  line();
  line('Severity:');
  line();
  for (const s of SEVERITIES) line(`- ${words(s)}: ${SEVERITY_MEANING[s]}`);
  line();
  line('Likelihood:');
  line();
  for (const l of LIKELIHOODS) line(`- ${words(l)}: ${LIKELIHOOD_MEANING[l]}`);
  line();
  line(
    'Roles named as owners (none is yet filled by a registered clinician): ' +
      [...new Set(log.hazards.map((h) => OWNER_NAME[h.owner]))].join(', ') +
      '.',
  );
  line();

  line('## 4. Hazard log');
  line();
  line('| id | hazard | before | after | owner | review by | status |');
  line('|---|---|---|---|---|---|---|');
  for (const h of log.hazards)
    line(
      `| [${h.id}](#${h.id.toLowerCase()}) | ${cell(h.title)} | ${h.ratingBefore} | ${h.ratingAfter} | ${OWNER_NAME[h.owner]} | ${h.reviewBy}${h.reviewBy < asOf ? ' (overdue)' : ''} | ${h.status} |`,
    );
  line();

  for (const h of log.hazards) {
    line(`### ${h.id}`);
    line();
    line(
      `**${h.title}** (${words(h.group)}; owner: ${OWNER_NAME[h.owner]}; review by ${h.reviewBy}; ${h.status})`,
    );
    line();
    line(`- Cause: ${h.cause}`);
    line(`- Effect on the person: ${h.effect}`);
    line(`- Initial risk: ${rating(h, 'before')}`);
    line(`- Residual risk: ${rating(h, 'after')}`);
    line(`- Residual risk argument: ${h.residual}`);
    if (h.deviation)
      line(`- Deviation from clinical.md §1.6 ${h.deviation.policy}: ${h.deviation.rationale}`);
    if (h.warningSigns) line(`- Warning signs covered: ${h.warningSigns.map((f) => `\`${f}\``).join(', ')}`);
    if (h.sources.length > 0) line(`- Sources (research/clinical.md): ${h.sources.join(', ')}`);
    line();
    line('Controls (each with its verifying tests in section 5):');
    line();
    for (const id of h.controls) {
      const c = log.controlById.get(id);
      if (c) line(`- [${c.id}](#${c.id.toLowerCase()}) (${words(c.type)}): ${c.text}`);
    }
    for (const id of h.planned ?? []) {
      const p = log.plannedById.get(id);
      if (p) line(`- ${p.id} (planned, issue ${p.issue}, not built yet): ${p.text}`);
    }
    line();
  }

  line('## 5. Controls and their verifying tests');
  line();
  for (const c of log.controls) {
    const usedBy = log.hazards.filter((h) => h.controls.includes(c.id)).map((h) => h.id);
    line(`### ${c.id}`);
    line();
    line(`${c.text} (${words(c.type)}; controls ${usedBy.join(', ')})`);
    line();
    line(`Points at: ${c.refs.map(refText).join(', ')}.`);
    line();
    line('| test | state |');
    line('|---|---|');
    for (const t of c.verifiedBy) line(`| \`${t.file}\` › ${cell(t.name)} | ${STATE_MARKS[stateOf(t)]} |`);
    line();
  }

  line('## 6. Deviations from the policy decisions');
  line();
  const deviations = log.hazards.filter((h) => h.deviation);
  if (deviations.length === 0) line('None.');
  for (const h of deviations)
    line(`- ${h.id}, against §1.6 ${h.deviation?.policy}: ${h.title}. ${h.deviation?.rationale}`);
  line();

  line('## 7. Traceability');
  line();
  line(`- Triage rules linked to a hazard: ${linkedTriage.size} of ${kb.triageRules.length}.`);
  line(`- Safety rules linked to a hazard: ${linkedSafety.size} of ${kb.safetyRules.length}.`);
  line(`- Warning signs covered by the missed-emergency hazards: ${warningSigns.size}.`);
  line(
    `- Controls: ${log.controls.length} (${['design', 'test', 'training', 'business_process'].map((t) => `${log.controls.filter((c) => c.type === t).length} ${words(t)}`).join(', ')}); planned: ${log.planned.length}.`,
  );
  line(
    `- Verifying tests named: ${allTests.size}, in ${new Set([...allTests.values()].map((t) => t.file)).size} files.`,
  );
  line();

  line('## 8. Test issues');
  line();
  const issues = [...allTests.values()].filter((t) => stateOf(t) !== 'passed');
  if (issues.length === 0) line('None: every verifying test passed in the run this report was made from.');
  for (const t of issues) line(`- ${STATE_MARKS[stateOf(t)]}: \`${t.file}\` › ${t.name}`);
  line();

  line('## 9. Content review status');
  line();
  line('| area | file | checked against the research | clinical review | review by |');
  line('|---|---|---|---|---|');
  for (const r of log.contentReviews)
    line(
      `| ${r.area} | \`${r.file}\` | ${r.checked} | ${r.clinicalReview === 'done' ? 'done' : 'not done'} | ${r.reviewBy}${r.reviewBy < asOf ? ' (overdue)' : ''} |`,
    );
  line();
  line(
    'Entries that rest on our own estimate or judgement rather than a source (each says why), for clinical review first:',
  );
  line();
  for (const [area, ids] of estimates(kb))
    if (ids.length > 0) line(`- ${area} (${ids.length}): ${ids.map((id) => `\`${id}\``).join(', ')}`);
  line();

  line(`## 10. Past their review date on ${asOf}`);
  line();
  if (overdueHazards.length === 0 && overdueAreas.length === 0) line('Nothing is overdue.');
  for (const h of overdueHazards) line(`- ${h.id} ${h.title}: review was due by ${h.reviewBy}.`);
  for (const r of overdueAreas)
    line(`- Knowledge area ${r.area} (\`${r.file}\`): review was due by ${r.reviewBy}.`);
  line();
  line(stateComment({ asOf, results }));
  return `${out.join('\n')}\n`;
}
