/**
 * PDF standard fonts (Helvetica) only have the WinAnsi character set, and pdfkit draws anything else
 * as garbage. Text from the diary (notes, questions) can hold any character, so everything drawn goes
 * through here: common symbols get a plain equivalent, other characters outside the set become "?".
 */

const REPLACEMENTS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '→': '->',
  '←': '<-',
  '−': '-',
  '✓': 'yes',
  '✔': 'yes',
  '✗': 'no',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** The characters of Windows-1252 above 0x7f that are not Latin-1's (0x80-0x9f). */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function drawable(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) || c === 0x0a || CP1252_EXTRA.has(ch);
}

export function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (drawable(ch)) out += ch;
    else out += REPLACEMENTS[ch] ?? (ch === '\t' || ch === '\r' ? ' ' : '?');
  }
  return out;
}
