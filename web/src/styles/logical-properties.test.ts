import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Physical directions would not flip for right-to-left languages; the stylesheet must use logical ones
// (margin-inline-start, padding-block, inset-inline-start, inline-size, text-align: start ...).
const PHYSICAL = [
  /\b(margin|padding|border|inset)-(left|right|top|bottom)\b/,
  /(^|[\s;{])(left|right|top|bottom)\s*:/,
  /\btext-align\s*:\s*(left|right)\b/,
  /\bfloat\s*:\s*(left|right)\b/,
  /(^|[\s;{])(min-|max-)?(width|height)\s*:/,
];

describe('app.css', () => {
  it('uses logical properties only', () => {
    const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const offending = css
      .split('\n')
      .map((line, i) => ({ line: line.trim(), n: i + 1 }))
      .filter(({ line }) => PHYSICAL.some((re) => re.test(line)));
    expect(offending).toEqual([]);
  });
});
