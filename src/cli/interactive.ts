/**
 * The terminal interview: one question at a time, answered by typing (numbers for tick-lists, y/n for
 * yes-or-no, a number for scores), with "?" for "I don't know", "b" to go back and "w" for why we ask.
 * Works on a terminal and with piped answers, so it can be scripted and tested.
 */
import { createInterface } from 'node:readline';
import type { AssessmentInput, EvidenceItem } from '../contract/input.ts';
import type { Assessment, Question } from '../contract/output.ts';
import { nextStep } from '../engine/interview.ts';
import type { LoadedKnowledge } from '../knowledge/load.ts';
import type { Style } from './io.ts';
import { wrapText } from './render.ts';

export class InputEnded extends Error {
  constructor() {
    super('the answers ended before the interview finished');
  }
}

export type Parsed<T> =
  | { kind: 'answer'; value: T }
  | { kind: 'back' }
  | { kind: 'why' }
  | { kind: 'invalid'; message: string };

/** Turns one typed line into answers for a question's items. Exported for tests. */
export function parseAnswer(q: Question, line: string): Parsed<EvidenceItem[]> {
  const t = line.trim().toLowerCase();
  if (t === 'b' || t === 'back') return { kind: 'back' };
  if (t === 'w' || t === 'why') return { kind: 'why' };
  if (t === '?' || t === "don't know" || t === 'dont know')
    return { kind: 'answer', value: q.items.map((i) => ({ id: i.findingId, state: 'unknown' })) };
  if (q.type === 'number') {
    const item = q.items[0];
    const v = Number(t.replace(',', '.'));
    if (!item || t === '' || !Number.isFinite(v))
      return { kind: 'invalid', message: 'Type a number, or ? if you do not know.' };
    if ((q.min !== undefined && v < q.min) || (q.max !== undefined && v > q.max)) {
      return {
        kind: 'invalid',
        message: `Type a number${q.max !== undefined ? ` from ${q.min} to ${q.max}` : ` of at least ${q.min}`}.`,
      };
    }
    return { kind: 'answer', value: [{ id: item.findingId, state: 'present', value: v }] };
  }
  if (q.type === 'single') {
    const item = q.items[0];
    if (!item) return { kind: 'invalid', message: 'This question has no item.' };
    if (['y', 'yes'].includes(t))
      return { kind: 'answer', value: [{ id: item.findingId, state: 'present' }] };
    if (['n', 'no'].includes(t)) return { kind: 'answer', value: [{ id: item.findingId, state: 'absent' }] };
    return { kind: 'invalid', message: 'Type y for yes, n for no, or ? if you do not know.' };
  }
  const picked = new Set<number>();
  if (t !== '' && t !== '0' && t !== 'none') {
    for (const token of t.split(/[\s,]+/)) {
      const n = Number(token);
      if (!Number.isInteger(n) || n < 1 || n > q.items.length)
        return {
          kind: 'invalid',
          message: `Type numbers from 1 to ${q.items.length}, separated by spaces, or press Enter for none.`,
        };
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

export interface InterviewIO {
  write(text: string): void;
  lines: AsyncIterator<string>;
  style: Style;
  /** Terminal width, for wrapping long items under their number. */
  width?: number;
}

async function ask(io: InterviewIO, prompt: string): Promise<string> {
  io.write(prompt);
  const next = await io.lines.next();
  if (next.done) throw new InputEnded();
  return next.value;
}

function showQuestion(io: InterviewIO, q: Question, asked: number, left: number): void {
  const s = io.style;
  const width = Math.min(io.width ?? 88, 100);
  const item = (prefix: string, text: string) => {
    const [first = '', ...rest] = wrapText(text, width - prefix.length);
    io.write(`${prefix}${first}\n${rest.map((l) => `${' '.repeat(prefix.length)}${l}\n`).join('')}`);
  };
  io.write(`\n${s.dim(`Question ${asked + 1} of about ${asked + 1 + left}`)}\n${s.bold(q.text)}\n`);
  if (q.type === 'multiple') {
    q.items.forEach((it, i) => {
      item(`  ${String(i + 1).padStart(2)}. `, it.text);
    });
  } else if (q.type === 'single' && q.items[0] && q.items[0].text !== q.text) item('  ', q.items[0].text);
  const hint =
    q.type === 'multiple'
      ? 'Numbers that apply (e.g. 1 3), Enter for none'
      : q.type === 'single'
        ? 'y = yes, n = no'
        : `A number${q.max !== undefined ? ` from ${q.min} to ${q.max}` : ''}`;
  io.write(s.dim(`  ${hint}; ? = don't know; b = back; w = why we ask\n`));
}

export async function askProfile(io: InterviewIO): Promise<{ age: number; sex: 'female' | 'male' }> {
  let age: number | undefined;
  while (age === undefined) {
    // Number('') is 0, so an empty line must not count as a newborn.
    const text = (await ask(io, 'How old are you (in years)? > ')).trim();
    const v = Number(text);
    if (/^\d{1,3}$/.test(text) && v <= 120) age = v;
    else io.write('  Please type your age as a whole number from 0 to 120.\n');
  }
  let sex: 'female' | 'male' | undefined;
  while (sex === undefined) {
    const v = (await ask(io, 'Your sex, as your doctor would record it (f = female, m = male)? > '))
      .trim()
      .toLowerCase();
    if (v === 'f' || v === 'female') sex = 'female';
    else if (v === 'm' || v === 'male') sex = 'male';
    else io.write('  Please type f or m. We ask because some causes and medicines differ by sex.\n');
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
  for (;;) {
    const step = nextStep(kb, input);
    if (step.done) return step.assessment;
    const q = step.question;
    showQuestion(io, q, step.progress.asked, step.progress.remainingEstimate);
    for (;;) {
      const parsed = parseAnswer(q, await ask(io, '> '));
      if (parsed.kind === 'why') {
        io.write(
          `${wrapText(q.why, 76)
            .map((l) => `  ${io.style.dim(l)}`)
            .join('\n')}\n`,
        );
        continue;
      }
      if (parsed.kind === 'invalid') {
        io.write(`  ${parsed.message}\n`);
        continue;
      }
      if (parsed.kind === 'back') {
        const last = history.pop();
        if (!last) {
          io.write('  This is the first question.\n');
          continue;
        }
        const drop = new Set(last.map((e) => e.id));
        input = { ...input, evidence: input.evidence.filter((e) => !drop.has(e.id)) };
        break;
      }
      history.push(parsed.value);
      input = { ...input, evidence: [...input.evidence, ...parsed.value] };
      break;
    }
  }
}

/** Lines from standard input, for both a terminal and piped answers. */
export function stdinLines(): AsyncIterator<string> {
  const rl = createInterface({ input: process.stdin, terminal: false });
  return rl[Symbol.asyncIterator]();
}
