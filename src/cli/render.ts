/**
 * Renders an assessment for the terminal: what to do now first, then the likely causes with
 * "why we think so", then the plan, warnings and when to get help. Plain text; colour is optional.
 */
import type { Assessment, EvidenceGrade } from '../contract/output.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { Style } from './io.ts';

const LEVEL_TITLE = {
  emergency: 'EMERGENCY',
  urgent: 'GET HELP TODAY',
  gp: 'SEE A DOCTOR SOON',
  self_care: 'SELF-CARE',
} as const;
const GRADE_LABEL: Readonly<Record<EvidenceGrade, string>> = {
  supported: 'good evidence',
  weak: 'some evidence',
  unsupported: 'no good evidence',
  contradicted: 'evidence says no',
};

export interface RenderOptions {
  readonly causes?: number;
  readonly seedClaims?: boolean;
  readonly width?: number;
}

export function renderAssessment(
  a: Assessment,
  kb: LoadedKnowledge,
  s: Style,
  opts: RenderOptions = {},
): string {
  const width = Math.min(opts.width ?? 88, 100);
  const out: string[] = [];
  const heading = (t: string) =>
    out.push('', s.bold(`── ${t} ${'─'.repeat(Math.max(3, width - t.length - 4))}`));
  const wrap = (text: string, indent = '   ') =>
    out.push(...wrapText(text, width - indent.length).map((l) => indent + l));
  const label = (id: string) => kb.findingById.get(id)?.label ?? id;

  const colour =
    a.triage.level === 'emergency'
      ? s.red
      : a.triage.level === 'urgent'
        ? s.yellow
        : a.triage.level === 'gp'
          ? s.cyan
          : s.green;
  heading('WHAT TO DO NOW');
  out.push(`   ${s.bold(colour(LEVEL_TITLE[a.triage.level]))}`);
  wrap(a.triage.action);
  out.push('', s.dim('   Why:'));
  for (const r of a.triage.reasons.slice(0, 4)) {
    wrap(
      `• ${r.text}${r.findings.length > 0 ? s.dim(` (${r.findings.map(label).join(', ')})`) : ''}`,
      '     ',
    );
  }

  heading('LIKELY CAUSES');
  if (a.triage.level === 'emergency' || a.triage.level === 'urgent') {
    wrap(
      s.dim(
        'The urgency comes from your warning signs, not from these percentages: act on it even if a serious cause looks unlikely.',
      ),
    );
  }
  for (const c of a.causes.slice(0, opts.causes ?? 5)) {
    const pct = Math.round(c.probability * 100);
    const bar = '█'.repeat(Math.round(c.probability * 20)).padEnd(20, '░');
    out.push(`   ${String(pct < 1 ? '<1' : pct).padStart(3)}%  ${s.dim(bar)}  ${s.bold(c.name)}`);
    const up = c.evidence.filter((e) => e.ratio > 1).slice(0, 4);
    const down = c.evidence.filter((e) => e.ratio < 1).slice(0, 4);
    const saidNo = down.filter((e) => e.answer === 'absent').map((e) => lowerFirst(e.label));
    const against = [
      ...down.filter((e) => e.answer === 'present').map((e) => e.text),
      ...(saidNo.length > 0 ? [`you said no to ${saidNo.join(', ')}`] : []),
    ];
    if (up.length > 0) wrap(`${s.green('for:')} ${up.map((e) => e.text).join('; ')}`, '          ');
    if (against.length > 0) wrap(`${s.red('against:')} ${against.join('; ')}`, '          ');
  }

  const todo = a.plan.actions.filter((i) => i.kind !== 'avoid');
  const avoid = a.plan.actions.filter((i) => i.kind === 'avoid');
  if (todo.length > 0) {
    heading('WHAT YOU CAN DO');
    todo.forEach((item, i) => {
      out.push(
        `   ${i + 1}. ${s.bold(item.title)} ${s.dim(`[${GRADE_LABEL[item.grade]}; sources ${item.sources.join(', ')}]`)}`,
      );
      wrap(item.text, '      ');
      for (const c of item.cautions) wrap(`${s.yellow('Careful:')} ${c.text}`, '      ');
      if (item.timer)
        out.push(
          s.dim(
            `      Guided timer: ${item.timer.steps.map((st) => `${st.label} ${Math.round(st.seconds / 60)} min`).join(', then ')}`,
          ),
        );
    });
  }
  if (avoid.length > 0) {
    heading('BEST AVOIDED');
    for (const item of avoid) {
      wrap(
        `• ${s.bold(item.title)} ${s.dim(`[${GRADE_LABEL[item.grade]}; sources ${item.sources.join(', ')}]`)}`,
      );
      wrap(item.text, '     ');
    }
  }
  if (a.plan.withheld.length > 0) {
    heading('NOT ADVISED FOR YOU');
    for (const w of a.plan.withheld) wrap(`• ${s.bold(w.title)}: ${w.why.join(' ')}`);
  }
  if (a.plan.warnings.length > 0) {
    heading('WARNINGS FOR YOU');
    for (const w of a.plan.warnings) wrap(`• ${w.text}`);
  }
  heading('GET HELP IF');
  for (const item of a.plan.safetyNet.getHelpIf)
    wrap(`• ${item.text} ${s.dim(`(${LEVEL_TITLE[item.level].toLowerCase()})`)}`);
  wrap(a.plan.safetyNet.reviewAfter);

  if (opts.seedClaims) {
    heading('WHAT THE ARTICLE SAYS, AND WHAT WE SAY');
    for (const c of a.plan.seedClaims) {
      wrap(`• ${s.bold(c.claim)} ${s.dim(`[${GRADE_LABEL[c.grade]}]`)}`);
      wrap(c.verdict, '     ');
      if (c.withheldBecause) wrap(`${s.yellow('Not for you:')} ${c.withheldBecause.join(' ')}`, '     ');
    }
  }
  out.push(
    '',
    s.dim(
      wrapText(a.disclaimer, width - 3)
        .map((l) => `   ${l}`)
        .join('\n'),
    ),
    '',
  );
  return out.join('\n');
}

function lowerFirst(t: string): string {
  return t.charAt(0).toLowerCase() + t.slice(1);
}

// Built from a string so the pattern holds no literal control character.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

/** Word-wraps plain text (ANSI codes count as zero width). */
export function wrapText(text: string, width: number): string[] {
  const visible = (w: string) => w.replace(ANSI, '').length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
