// Paragraph layout with made-up fonts: every code point is 1 unit wide per point of size, and each
// family covers only its own script plus the neutral characters listed, so what is tested is the
// choice of fonts, the line breaks and the bidi order, not any real font.
import { describe, expect, it } from 'vitest';
import { type Line, layoutParagraph, type Metrics, type Span } from './paragraph.ts';
import type { Family } from './script.ts';

const NEUTRAL = ' .,:;!?()[]-/0123456789%';
const COVERS: Record<Family, RegExp> = {
  latin: /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}·’]$/u,
  arabic: /^[\p{Script=Arabic}]$/u,
  hebrew: /^[\p{Script=Hebrew}]$/u,
  cjk: /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef≥]$/u,
};

function fakeMetrics(): Metrics & { asked: Family[] } {
  const asked: Family[] = [];
  return {
    asked,
    covers(family, cp) {
      asked.push(family);
      const ch = String.fromCodePoint(cp);
      return NEUTRAL.includes(ch) || COVERS[family].test(ch);
    },
    width: (_family, _bold, size, text) => [...text].length * size,
  };
}

const span = (text: string, size = 1): Span => ({ text, size });

const rev = (text: string) => [...text].reverse().join('');

/** What a reader sees, left to right: shaped runs are handed over in logical order, so reverse them. */
function visual(line: Line | undefined): string {
  return (line?.runs ?? []).map((r) => (r.shaped ? rev(r.text) : r.text)).join('');
}

/** A line as its runs' text, left to right, with the family in brackets. */
function show(line: Line | undefined): string {
  return (line?.runs ?? []).map((r) => `${r.text}[${r.family}${r.rtl ? ',rtl' : ''}]`).join(' ');
}

describe('fonts by script and coverage', () => {
  it('gives each script its family, and neutral characters the family of the text around them', () => {
    const p = layoutParagraph([span('Dolor 7/10 ألم 3 中文。')], 1000, fakeMetrics());
    expect(p.uncovered).toEqual([]);
    const familyOf = (ch: string) => p.lines[0]?.runs.find((r) => r.text.includes(ch))?.family;
    expect(['D', '7', 'ل', '3', '中', '。'].map(familyOf)).toEqual([
      'latin',
      'latin',
      'arabic',
      'arabic',
      'cjk',
      'cjk',
    ]);
  });

  it('reports a character no family covers, once, and still draws it in the text', () => {
    const m = fakeMetrics();
    const p = layoutParagraph([span('ok 😀 and 😀 ≥ 𝄞')], 1000, m);
    expect(p.uncovered).toEqual([0x1f600, 0x1d11e]);
    const drawn = (p.lines[0]?.runs ?? []).map((r) => r.text).join('');
    expect(drawn).toBe('ok 😀 and 😀 ≥ 𝄞');
  });

  it('asks the CJK family only about characters the smaller fonts do not have', () => {
    const m = fakeMetrics();
    layoutParagraph([span('Zażółć gęślą jaźń, Ελληνικά, Кириллица; ألم (شديد)')], 1000, m);
    expect(m.asked).not.toContain('cjk');
  });

  it('leaves out bidi isolates and other invisible characters, without reporting them', () => {
    const p = layoutParagraph([span('Take \u2068Ibuprofen\u2069 now\u200b.')], 1000, fakeMetrics());
    expect(p.uncovered).toEqual([]);
    expect(p.lines[0]?.runs.map((r) => r.text).join('')).toBe('Take Ibuprofen now.');
  });
});

describe('bidi order', () => {
  it('orders a mixed Arabic line with Latin, digits and brackets right to left, brackets mirrored', () => {
    // Logical: "take Ibuprofen 400 mg twice (morning) for 3 days?"
    const p = layoutParagraph(
      [span('تناول Ibuprofen 400 mg مرتين (صباحا) لمدة 3 أيام؟')],
      1000,
      fakeMetrics(),
    );
    expect(p.direction).toBe('rtl');
    // Left to right on the page: the last words first, the brackets mirrored, Latin and digits
    // reading left to right where they stand.
    expect(visual(p.lines[0])).toBe(
      `${rev('أيام؟')} 3 ${rev('لمدة')} (${rev('صباحا')}) ${rev('مرتين')} Ibuprofen 400 mg ${rev('تناول')}`,
    );
    // Arabic runs go to fontkit whole and in logical order, so it can join the letters.
    expect(show(p.lines[0])).toContain('مرتين )صباحا( لمدة [arabic,rtl]');
  });

  it('reverses a right-to-left run of neutral characters itself, since fontkit would not', () => {
    // Only the Latin family has "·" and "’", so they form a run of their own between Hebrew words.
    const p = layoutParagraph([span('א ·’ ב')], 1000, fakeMetrics());
    expect(show(p.lines[0])).toBe('ב[hebrew,rtl]  ’·[latin,rtl] א [hebrew,rtl]');
    expect(visual(p.lines[0])).toBe('ב ’· א');
  });

  it('keeps a left-to-right paragraph that quotes Arabic in reading order', () => {
    const p = layoutParagraph([span('Pain (ألم شديد) today')], 1000, fakeMetrics());
    expect(p.direction).toBe('ltr');
    expect(visual(p.lines[0])).toBe(`Pain (${rev('ألم شديد')}) today`);
  });

  it('reads a paragraph without letters left to right, unless told', () => {
    const p = layoutParagraph([span('6 / 7')], 1000, fakeMetrics());
    expect(p.direction).toBe('ltr');
    expect(visual(p.lines[0])).toBe('6 / 7');
    const marker = layoutParagraph([span('1.')], 1000, fakeMetrics(), 'rtl');
    expect(visual(marker.lines[0])).toBe('.1');
  });
});

describe('line breaks', () => {
  it('breaks an Arabic paragraph before ordering it: the first line holds the first words', () => {
    // Arabic is drawn 1.15 times larger: each word here is 5.75 wide, a space 1.15.
    const p = layoutParagraph([span('واحد اثنان ثلاثة أربعة')], 13, fakeMetrics());
    expect(p.lines.map((l) => l.runs.map((r) => r.text).join(''))).toEqual(['واحد اثنان', 'ثلاثة أربعة']);
  });

  it('fits every line in the width, breaking between ideographs and never before a closing mark', () => {
    const p = layoutParagraph([span('我可以继续去健身房锻炼吗？疼痛时怎么办？')], 6, fakeMetrics());
    for (const l of p.lines) expect(l.width).toBeLessThanOrEqual(6);
    const lines = p.lines.map((l) => l.runs.map((r) => r.text).join(''));
    expect(lines.join('')).toBe('我可以继续去健身房锻炼吗？疼痛时怎么办？');
    for (const l of lines) expect(l.startsWith('？')).toBe(false);
  });

  it('cuts a word wider than the line between characters, and keeps line feeds', () => {
    const p = layoutParagraph([span('ab Supercalifragilistic\nend')], 8, fakeMetrics());
    const lines = p.lines.map((l) => l.runs.map((r) => r.text).join(''));
    expect(lines).toEqual(['ab', 'Supercal', 'ifragili', 'stic', 'end']);
  });

  it('keeps a bold label and plain text in one paragraph, each in its own runs', () => {
    const p = layoutParagraph(
      [{ text: 'Result:', bold: true, size: 1 }, span(' Self-care.')],
      100,
      fakeMetrics(),
    );
    expect(p.lines[0]?.runs.map((r) => [r.text, r.bold])).toEqual([
      ['Result:', true],
      [' Self-care.', false],
    ]);
  });
});
