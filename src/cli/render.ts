/**
 * Renders an assessment for the terminal: what to do now first, then the likely causes with
 * "why we think so", then the plan, warnings and when to get help. Plain text; colour is optional.
 * Every word comes from the catalogs through the renderer, in the language asked for.
 */
import type { Assessment } from '../contract/output.ts';
import {
  adviceText,
  adviceTitle,
  causeFrequency,
  causeName,
  evidenceMessage,
  findingLabel,
  safetyWhy,
  serviceAction,
} from '../i18n/assessment-messages.ts';
import { list, msg } from '../i18n/message.ts';
import { groupCauses } from '../i18n/plain-risk.ts';
import type { Renderer } from '../i18n/render.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { Style } from './io.ts';

export interface RenderOptions {
  readonly causes?: number;
  readonly seedClaims?: boolean;
  readonly width?: number;
}

export function renderAssessment(
  a: Assessment,
  kb: LoadedKnowledge,
  r: Renderer,
  s: Style,
  opts: RenderOptions = {},
): string {
  const width = Math.min(opts.width ?? 88, 100);
  const out: string[] = [];
  const heading = (code: string) => {
    const t = r.text(code);
    out.push('', s.bold(`── ${t} ${'─'.repeat(Math.max(3, width - t.length - 4))}`));
  };
  // A bullet's or a number's later lines hang under its text, not under the mark.
  const wrap = (text: string, indent = '   ') => {
    const mark = /^(• |\d+\. )/.exec(text)?.[0] ?? '';
    const hang = indent + ' '.repeat(mark.length);
    out.push(...wrapText(text, width - hang.length).map((l, i) => (i === 0 ? indent : hang) + l));
  };
  const label = (id: string) => r.render(findingLabel(id));
  const graded = (grade: string, sources: readonly string[]) =>
    s.dim(
      `[${r.text('cli.gradeAndSources', { grade: r.text(`cli.grade.${grade}`), sources: sources.join(', ') })}]`,
    );

  const colour =
    a.triage.level === 'emergency'
      ? s.red
      : a.triage.level === 'urgent'
        ? s.yellow
        : a.triage.level === 'gp'
          ? s.cyan
          : s.green;
  heading('cli.heading.now');
  out.push(`   ${s.bold(colour(r.text(`cli.level.${a.triage.level}`)))}`);
  wrap(r.render(serviceAction(a.triage.service)));
  out.push('', s.dim(`   ${r.text('cli.why')}`));
  for (const reason of a.triage.reasons.slice(0, 4)) {
    const named = reason.findings.length > 0 ? s.dim(` (${reason.findings.map(label).join(', ')})`) : '';
    wrap(`• ${r.text(reason.code, reason.params)}${named}`, '     ');
  }

  const acting = a.triage.level === 'emergency' || a.triage.level === 'urgent';
  // In an urgent result the list starts with what the warning sign can mean (groupCauses).
  heading(acting ? 'cli.heading.canBe' : 'cli.heading.causes');
  if (acting) wrap(s.dim(r.text('cli.causesUrgencyNote')));
  const groups = groupCauses(a.causes, a.triage.level);
  for (const c of groups.likely.slice(0, opts.causes ?? 5)) {
    const bar = '█'.repeat(Math.round(c.probability * 20)).padEnd(20, '░');
    out.push(`   ${s.dim(bar)}  ${s.bold(r.render(causeName(c.id)))}`);
    wrap(r.render(causeFrequency(c.probability)), '          ');
    const up = c.evidence.filter((e) => e.ratio > 1).slice(0, 4);
    const down = c.evidence.filter((e) => e.ratio < 1).slice(0, 4);
    const saidNo = down.filter((e) => e.answer === 'absent').map((e) => label(e.finding));
    const against = [
      ...down.filter((e) => e.answer === 'present').map((e) => r.render(evidenceMessage(e))),
      ...(saidNo.length > 0 ? [r.text('cli.saidNoList', { labels: list(saidNo) })] : []),
    ];
    if (up.length > 0)
      wrap(
        `${s.green(r.text('cli.for'))} ${up.map((e) => r.render(evidenceMessage(e))).join('; ')}`,
        '          ',
      );
    if (against.length > 0) wrap(`${s.red(r.text('cli.against'))} ${against.join('; ')}`, '          ');
    if (c.kind === 'serious' && r.has(`cause.${c.id}.next`))
      wrap(`${s.bold(r.text('cli.next'))} ${r.text(`cause.${c.id}.next`)}`, '          ');
  }
  if (groups.lessLikely.length > 0)
    wrap(r.text('cli.lessLikely', { names: list(groups.lessLikely.map((c) => r.render(causeName(c.id)))) }));

  const todo = a.plan.actions.filter((i) => i.kind !== 'avoid');
  const avoid = a.plan.actions.filter((i) => i.kind === 'avoid');
  if (todo.length > 0) {
    heading('cli.heading.todo');
    todo.forEach((item, i) => {
      wrap(`${i + 1}. ${s.bold(r.render(adviceTitle(item.id)))} ${graded(item.grade, item.sources)}`);
      wrap(r.render(adviceText(item.id)), '      ');
      for (const c of item.cautions) wrap(`${s.yellow(r.text('cli.careful'))} ${r.text(c.code)}`, '      ');
      const timer = kb.adviceById.get(item.id)?.timer;
      if (timer) {
        const steps = timer.steps.map((st, n) =>
          r.text('cli.timerStep', {
            label: r.text(`advice.${item.id}.timer.step.${n}.label`),
            minutes: Math.round(st.seconds / 60),
          }),
        );
        wrap(s.dim(r.text('cli.timer', { steps: steps.join(r.text('cli.timerThen')) })), '      ');
      }
    });
  }
  if (avoid.length > 0) {
    heading('cli.heading.avoid');
    for (const item of avoid) {
      wrap(`• ${s.bold(r.render(adviceTitle(item.id)))} ${graded(item.grade, item.sources)}`);
      wrap(r.render(adviceText(item.id)), '     ');
    }
  }
  if (a.plan.withheld.length > 0) {
    heading('cli.heading.withheld');
    for (const w of a.plan.withheld) {
      wrap(
        `• ${s.bold(r.render(adviceTitle(w.id)))}: ${w.ruleIds.map((id) => r.render(safetyWhy(id))).join(' ')}`,
      );
      if (w.instead.length > 0)
        wrap(
          s.green(r.text('cli.instead', { items: list(w.instead.map((id) => r.render(adviceTitle(id)))) })),
          '     ',
        );
    }
  }
  if (a.plan.warnings.length > 0) {
    heading('cli.heading.warnings');
    for (const w of a.plan.warnings) wrap(`• ${r.text(w.code)}`);
  }
  heading('cli.heading.getHelp');
  for (const item of a.plan.safetyNet.getHelpIf)
    wrap(`• ${r.text(`safetyNet.${item.id}.text`)} ${s.dim(`(${r.text(`level.${item.level}.name`)})`)}`);
  wrap(r.render(a.plan.safetyNet.reviewAfter));

  if (opts.seedClaims) {
    heading('cli.heading.claims');
    for (const c of a.plan.seedClaims) {
      wrap(`• ${s.bold(r.text(`seed.${c.id}.claim`))} ${s.dim(`[${r.text(`cli.grade.${c.grade}`)}]`)}`);
      wrap(r.text(`seed.${c.id}.verdict`), '     ');
      if (c.withheldRuleIds)
        wrap(
          `${s.yellow(r.text('cli.notForYou'))} ${c.withheldRuleIds.map((id) => r.render(safetyWhy(id))).join(' ')}`,
          '     ',
        );
    }
  }
  out.push(
    '',
    s.dim(
      wrapText(r.render(msg('disclaimer')), width - 3)
        .map((l) => `   ${l}`)
        .join('\n'),
    ),
    '',
  );
  return out.join('\n');
}

// Built from a string so the pattern holds no literal control character.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

/**
 * Word-wraps plain text at spaces (ANSI codes count as zero width). A word longer than the line stays
 * whole on a line of its own: breaking inside a word would only make it harder to read.
 */
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
