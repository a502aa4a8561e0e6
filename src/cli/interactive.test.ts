import { describe, expect, it } from 'vitest';
import type { Question } from '../contract/output.ts';
import { renderer } from '../i18n/catalogs.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { askProfile, parseAnswer as parseWith, runInteractive } from './interactive.ts';

const en = renderer('en');
const parseAnswer = (q: Question, line: string) => parseWith(q, line, en);

const multi: Question = {
  gateway: false,
  warning: false,
  id: 'q',
  type: 'multiple',
  phase: 'safety',
  items: [{ findingId: 'fever' }, { findingId: 'chills_rigors' }, { findingId: 'nausea_vomiting' }],
};
const single: Question = {
  gateway: false,
  warning: false,
  id: 's',
  type: 'single',
  phase: 'safety',
  items: [{ findingId: 'pregnant' }],
};
const num: Question = {
  gateway: false,
  warning: false,
  id: 'n',
  type: 'number',
  phase: 'safety',
  min: 0,
  max: 10,
  items: [{ findingId: 'pain_severity' }],
};

describe('parseAnswer', () => {
  it('ticks the numbered items and marks the rest absent', () => {
    expect(parseAnswer(multi, '1 3')).toEqual({
      kind: 'answer',
      value: [
        { id: 'fever', state: 'present' },
        { id: 'chills_rigors', state: 'absent' },
        { id: 'nausea_vomiting', state: 'present' },
      ],
    });
    expect(parseAnswer(multi, '')).toEqual({
      kind: 'answer',
      value: [
        { id: 'fever', state: 'absent' },
        { id: 'chills_rigors', state: 'absent' },
        { id: 'nausea_vomiting', state: 'absent' },
      ],
    });
  });
  it('"?" marks everything unknown, "b" goes back, "w" asks why', () => {
    expect(parseAnswer(multi, '?')).toEqual({
      kind: 'answer',
      value: [
        { id: 'fever', state: 'unknown' },
        { id: 'chills_rigors', state: 'unknown' },
        { id: 'nausea_vomiting', state: 'unknown' },
      ],
    });
    expect(parseAnswer(multi, 'b')).toEqual({ kind: 'back' });
    expect(parseAnswer(single, 'why')).toEqual({ kind: 'why' });
  });
  it('rejects numbers out of range with a message', () => {
    expect(parseAnswer(multi, '4').kind).toBe('invalid');
    const r = parseAnswer(num, '11');
    expect(r.kind === 'invalid' && en.render(r.message)).toBe('Type a number from 0 to 10.');
  });
  it('reads yes/no and numbers', () => {
    expect(parseAnswer(single, 'Y')).toEqual({
      kind: 'answer',
      value: [{ id: 'pregnant', state: 'present' }],
    });
    expect(parseAnswer(single, 'no')).toEqual({
      kind: 'answer',
      value: [{ id: 'pregnant', state: 'absent' }],
    });
    expect(parseAnswer(num, '6,5')).toEqual({
      kind: 'answer',
      value: [{ id: 'pain_severity', state: 'present', value: 6.5 }],
    });
    expect(parseAnswer(single, 'maybe').kind).toBe('invalid');
  });
});

describe('askProfile', () => {
  it('does not take an empty line as age 0', async () => {
    const answers = ['', '-3', '34', 'm'][Symbol.iterator]();
    const io = {
      write: () => {},
      lines: { next: async () => answers.next() } as AsyncIterator<string>,
      style: {
        bold: (x: string) => x,
        dim: (x: string) => x,
        red: (x: string) => x,
        yellow: (x: string) => x,
        green: (x: string) => x,
        cyan: (x: string) => x,
      },
      r: en,
    };
    expect(await askProfile(io)).toEqual({ age: 34, sex: 'male' });
  });
});

describe('runInteractive', () => {
  const plain = {
    bold: (x: string) => x,
    dim: (x: string) => x,
    red: (x: string) => x,
    yellow: (x: string) => x,
    green: (x: string) => x,
    cyan: (x: string) => x,
  };
  /** Answers "no" to every gateway and list, like a person with a simple strain; records what was shown. */
  async function run(answerFor: (shown: string) => string) {
    let shown = '';
    const io = {
      write: (t: string) => {
        shown += t;
      },
      lines: {
        next: async () => {
          const answer = answerFor(shown);
          shown = '';
          return { done: false as const, value: answer };
        },
      } as AsyncIterator<string>,
      style: plain,
      r: en,
      width: 60,
    };
    return runInteractive(getKnowledge(), io, { age: 34, sex: 'male', evidence: [] });
  }

  it('asks a gateway first; "n" says no to the whole list without showing it', async () => {
    const screens: string[] = [];
    const a = await run((shown) => {
      screens.push(shown);
      if (/Where is the pain\?/.test(shown)) return '1';
      if (/How long ago/.test(shown)) return '2';
      if (/How bad is the pain/.test(shown)) return '4';
      if (/y = yes, show me the list/.test(shown)) return 'n';
      return '';
    });
    expect(a.triage.level).toBe('self_care');
    const heart = screens.find((s) => s.includes('Any chest pain, trouble breathing or a racing heart?'));
    expect(heart?.replace(/\s+/g, ' ')).toContain('n = No chest pain or breathing trouble');
    expect(heart).not.toContain('Short of breath');
  });

  it('"y" opens the list, and the ticked item counts', async () => {
    const a = await run((shown) => {
      if (shown.includes('Any numbness around your bottom or genitals')) return 'y';
      if (shown.includes('Numbness around your bottom or genitals')) return '1';
      if (/y = yes, show me the list/.test(shown)) return 'n';
      return '';
    });
    expect(a.triage.level).toBe('emergency');
    expect(a.triage.reasons[0]?.findings).toContain('saddle_numbness');
  });
});
