/**
 * The terminal interview: one question at a time, answered by typing (numbers for tick-lists, y/n for
 * yes-or-no, a number for scores), with "?" for "I don't know", "b" to go back and "w" for why we ask.
 * A screen with a gateway asks its yes/no question first and shows the list only after "y" or "?".
 * Works on a terminal and with piped answers, so it can be scripted and tested.
 */
import { createInterface } from 'node:readline';
import { nextStep } from '../backease.ts';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Assessment, Question } from '../contract/output.ts';
import { noneKey } from '../engine/screens.ts';
import { findingText, questionText, questionWhy } from '../i18n/assessment-messages.ts';
import { type Message, msg } from '../i18n/message.ts';
import type { Renderer } from '../i18n/render.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { Style } from './io.ts';
import { renderAssessment, wrapText } from './render.ts';

/** The answers ran out before the interview finished (piped input); its words: cli.inputEnded. */
export class InputEnded extends Error {
  readonly code = 'cli.inputEnded';
}

export type Parsed<T> =
  | { kind: 'answer'; value: T }
  | { kind: 'back' }
  | { kind: 'why' }
  | { kind: 'invalid'; message: Message };

/** Turns one typed line into answers for a question's items. Exported for tests. */
export function parseAnswer(q: Question, line: string, r: Renderer): Parsed<EvidenceItem[]> {
  const t = line.trim().toLowerCase();
  if (t === 'b' || t === 'back') return { kind: 'back' };
  if (t === 'w' || t === 'why') return { kind: 'why' };
  if (t === '?' || t === "don't know" || t === 'dont know')
    return { kind: 'answer', value: q.items.map((i) => ({ id: i.findingId, state: 'unknown' })) };
  if (q.type === 'number') {
    const item = q.items[0];
    const v = Number(t.replace(',', '.'));
    if (!item || t === '' || !Number.isFinite(v))
      return { kind: 'invalid', message: msg('cli.invalid.number') };
    if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)) {
      return {
        kind: 'invalid',
        message:
          q.max !== undefined
            ? msg('cli.invalid.numberRange', { min: q.min ?? 0, max: q.max })
            : msg('cli.invalid.numberMin', { min: q.min ?? 0 }),
      };
    }
    return { kind: 'answer', value: [{ id: item.findingId, state: 'present', value: v }] };
  }
  if (q.type === 'single') {
    const item = q.items[0];
    if (!item) return { kind: 'invalid', message: msg('cli.invalid.noItem') };
    // The language's own letters, and always the English y and n too.
    if ([r.text('cli.yes'), 'y', 'yes'].includes(t))
      return { kind: 'answer', value: [{ id: item.findingId, state: 'present' }] };
    if ([r.text('cli.no'), 'n', 'no'].includes(t))
      return { kind: 'answer', value: [{ id: item.findingId, state: 'absent' }] };
    return { kind: 'invalid', message: msg('cli.invalid.single') };
  }
  const picked = new Set<number>();
  if (t !== '' && t !== '0' && t !== 'none') {
    for (const token of t.split(/[\s,]+/)) {
      const n = Number(token);
      if (!Number.isInteger(n) || n < 1 || n > q.items.length)
        return { kind: 'invalid', message: msg('cli.invalid.multiple', { count: q.items.length }) };
      picked.add(n);
    }
  }
  return {
    kind: 'answer',
    value: q.items.map((item, i) => ({
      id: item.findingId,
      state: picked.has(i + 1) ? 'present' : 'absent',
    })),
  };
}

/** The answer to a gateway question: "no" to every item, or open the list. */
export function parseGateway(line: string, r: Renderer): Parsed<'no' | 'open'> {
  const t = line.trim().toLowerCase();
  if (t === 'b' || t === 'back') return { kind: 'back' };
  if (t === 'w' || t === 'why') return { kind: 'why' };
  if ([r.text('cli.no'), 'n', 'no'].includes(t)) return { kind: 'answer', value: 'no' };
  if ([r.text('cli.yes'), 'y', 'yes', '?'].includes(t)) return { kind: 'answer', value: 'open' };
  return { kind: 'invalid', message: msg('cli.invalid.single') };
}

export interface InterviewIO {
  write(text: string): void;
  lines: AsyncIterator<string>;
  style: Style;
  /** The words, in the language asked for. */
  r: Renderer;
  /** Terminal width, for wrapping long items under their number. */
  width?: number;
}

async function ask(io: InterviewIO, prompt: string): Promise<string> {
  io.write(prompt);
  const next = await io.lines.next();
  if (next.done) throw new InputEnded();
  return next.value;
}

function showQuestion(io: InterviewIO, q: Question, asked: number, left: number, gateway: boolean): void {
  const s = io.style;
  const r = io.r;
  const width = Math.min(io.width ?? 88, 100);
  const item = (prefix: string, text: string) => {
    const [first = '', ...rest] = wrapText(text, width - prefix.length);
    io.write(`${prefix}${first}\n${rest.map((l) => `${' '.repeat(prefix.length)}${l}\n`).join('')}`);
  };
  const key = noneKey(q, (k) => r.has(k));
  const none = key === undefined ? undefined : r.text(key);
  // "? = don't know; b = back; w = why" once, on the first screen: every screen after it is shorter.
  const withCommon = (hint: string) => (asked === 0 ? `${hint}; ${r.text('cli.hint.common')}` : hint);
  const title = gateway ? r.text(`question.${q.id}.gateway`) : r.render(questionText(q.id));
  io.write(`\n${s.dim(r.text('cli.progress', { step: asked + 1, total: asked + 1 + left }))}\n`);
  io.write(
    `${wrapText(title, width)
      .map((l) => s.bold(l))
      .join('\n')}\n`,
  );
  if (gateway) {
    item('  ', s.dim(withCommon(r.text('cli.hint.gateway', { none: none ?? '' }))));
    return;
  }
  if (q.type === 'multiple') {
    q.items.forEach((it, i) => {
      item(`  ${String(i + 1).padStart(2)}. `, r.render(findingText(it.findingId)));
    });
  } else if (q.type === 'single' && q.items[0]) {
    const only = r.render(findingText(q.items[0].findingId));
    if (only !== title) item('  ', only);
  }
  const hint =
    q.type === 'multiple'
      ? none
        ? r.text('cli.hint.multipleNone', { none })
        : r.text('cli.hint.multiple')
      : q.type === 'single'
        ? r.text('cli.hint.single')
        : q.max !== undefined
          ? r.text('cli.hint.numberRange', { min: q.min ?? 0, max: q.max })
          : r.text('cli.hint.number');
  item('  ', s.dim(withCommon(hint)));
}

export async function askProfile(io: InterviewIO): Promise<{ age: number; sex: 'female' | 'male' }> {
  let age: number | undefined;
  while (age === undefined) {
    // Number('') is 0, so an empty line must not count as a newborn.
    const text = (await ask(io, io.r.text('cli.askAge'))).trim();
    const v = Number(text);
    if (/^\d{1,3}$/.test(text) && v <= 120) age = v;
    else io.write(`  ${io.r.text('cli.ageInvalid')}\n`);
  }
  let sex: 'female' | 'male' | undefined;
  while (sex === undefined) {
    const v = (await ask(io, io.r.text('cli.askSex'))).trim().toLowerCase();
    if (v === io.r.text('cli.sexFemale') || v === 'f' || v === 'female') sex = 'female';
    else if (v === io.r.text('cli.sexMale') || v === 'm' || v === 'male') sex = 'male';
    else io.write(`  ${io.r.text('cli.sexInvalid')}\n`);
  }
  return { age, sex };
}

/** Runs the interview to the end and returns the assessment. */
export async function runInteractive(
  kb: LoadedKnowledge,
  io: InterviewIO,
  start: AssessmentInput,
): Promise<Assessment> {
  const history: EvidenceItem[][] = [];
  let input = start;
  const why = (q: Question) =>
    io.write(
      `${wrapText(io.r.render(questionWhy(q.id)), 76)
        .map((l) => `  ${io.style.dim(l)}`)
        .join('\n')}\n`,
    );
  for (;;) {
    const step = nextStep(kb, input);
    if (step.done) return step.assessment;
    const q = step.question;
    let gateway = q.gateway;
    showQuestion(io, q, step.progress.asked, step.progress.remainingEstimate, gateway);
    for (;;) {
      const line = await ask(io, '> ');
      const parsed: Parsed<EvidenceItem[] | 'open'> = gateway
        ? mapAnswer(parseGateway(line, io.r), (v) =>
            v === 'open' ? 'open' : q.items.map((i) => ({ id: i.findingId, state: 'absent' as const })),
          )
        : parseAnswer(q, line, io.r);
      if (parsed.kind === 'why') {
        why(q);
        continue;
      }
      if (parsed.kind === 'invalid') {
        io.write(`  ${io.r.render(parsed.message)}\n`);
        continue;
      }
      if (parsed.kind === 'answer' && parsed.value === 'open') {
        gateway = false;
        showQuestion(io, q, step.progress.asked, step.progress.remainingEstimate, false);
        continue;
      }
      if (parsed.kind === 'answer' && parsed.value !== 'open') {
        history.push(parsed.value);
        input = { ...input, evidence: [...input.evidence, ...parsed.value] };
        break;
      }
      if (parsed.kind === 'back') {
        const last = history.pop();
        if (!last) {
          io.write(`  ${io.r.text('cli.firstQuestion')}\n`);
          continue;
        }
        const drop = new Set(last.map((e) => e.id));
        input = { ...input, evidence: input.evidence.filter((e) => !drop.has(e.id)) };
        break;
      }
    }
  }
}

function mapAnswer<T, U>(p: Parsed<T>, f: (v: T) => U): Parsed<U> {
  return p.kind === 'answer' ? { kind: 'answer', value: f(p.value) } : p;
}

/** Lines from standard input, for both a terminal and piped answers. */
export function stdinLines(): AsyncIterator<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  return rl[Symbol.asyncIterator]();
}

/**
 * The whole terminal check as `backease assess` runs it: title and banner, age and sex, the interview,
 * then the result. Returns the assessment (the result is already written).
 */
export async function runTerminalCheck(
  kb: LoadedKnowledge,
  io: InterviewIO & { seedClaims?: boolean },
): Promise<Assessment> {
  const { r, style } = io;
  const width = io.width ?? 88;
  io.write(`${style.bold(r.text('cli.title'))}\n`);
  io.write(`${style.dim(wrapText(r.text('cli.banner'), Math.min(width, 100) - 1).join('\n'))}\n\n`);
  const profile = await askProfile(io);
  const assessment = await runInteractive(kb, io, { ...profile, evidence: [] });
  io.write(renderAssessment(assessment, kb, r, style, { seedClaims: io.seedClaims === true, width }));
  return assessment;
}
