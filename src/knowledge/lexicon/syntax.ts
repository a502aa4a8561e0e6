/**
 * Reads the pattern syntax described in ./types.ts into a small tree, or says what is wrong with it.
 * Used by the lexicon's validation and by the parser's compiler, so both read patterns the same way.
 */

export interface WordAlt {
  /** A word, the start or end of a word, the name of a class, or a phrase of several words. */
  readonly kind: 'exact' | 'prefix' | 'suffix' | 'class' | 'phrase';
  readonly text: string;
}

export type Node =
  | { readonly t: 'words'; readonly alts: readonly WordAlt[]; readonly opt: boolean }
  | { readonly t: 'gap'; readonly max: number }
  | { readonly t: 'num'; readonly counts: boolean; readonly opt: boolean }
  | { readonly t: 'end' };

export interface ParsedPattern {
  /** One list of nodes per `&&` part. */
  readonly parts: readonly (readonly Node[])[];
}

export const MAX_GAP = 12;

function parseAlt(text: string): WordAlt | string {
  if (text === '' || text === '*') return 'an empty word';
  if (/^\{[a-z0-9_-]+\}$/.test(text)) return { kind: 'class', text: text.slice(1, -1) };
  if (text.includes('{') || text.includes('}')) return `"${text}": a class is written {name}`;
  if (text.length > 1 && text.endsWith('*') && !text.startsWith('*'))
    return { kind: 'prefix', text: text.slice(0, -1) };
  if (text.length > 1 && text.startsWith('*') && !text.endsWith('*'))
    return { kind: 'suffix', text: text.slice(1) };
  if (text.includes('*')) return `"${text}": a "*" goes at the start or the end of a word`;
  if (text !== text.toLowerCase()) return `"${text}": patterns are written in lower case`;
  return { kind: 'exact', text };
}

/** Splits a pattern into elements at spaces, keeping a bracketed group "(lets go|eases)" whole. */
function splitElements(text: string): string[] | string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] === '(' && text.length > i + 1 && text[i + 1] !== ' ') {
      const close = text.indexOf(')', i);
      if (close < 0) return 'a "(" has no ")"';
      let end = close + 1;
      if (text[end] === '?') end++;
      if (end < text.length && text[end] !== ' ')
        return `"${text.slice(i, end + 1)}": a group ends at a space`;
      out.push(text.slice(i, end));
      i = end;
      continue;
    }
    let end = text.indexOf(' ', i);
    if (end < 0) end = text.length;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

function parseElement(raw: string): Node | string {
  if (raw.length > 2 && raw.startsWith('(') && (raw.endsWith(')') || raw.endsWith(')?'))) {
    const opt = raw.endsWith('?');
    const inner = raw.slice(1, opt ? -2 : -1);
    const alts: WordAlt[] = [];
    for (const a of inner.split('|')) {
      const phrase = a.trim();
      if (phrase === '') return `"${raw}": a group has an empty alternative`;
      if (/\s/.test(phrase)) {
        for (const w of phrase.split(/\s+/)) {
          if (w.startsWith('~') || w.startsWith('(') || w === '&&')
            return `"${raw}": a group holds words only`;
          const alt = parseAlt(w);
          if (typeof alt === 'string') return alt;
        }
        alts.push({ kind: 'phrase', text: phrase });
      } else {
        const alt = parseAlt(phrase);
        if (typeof alt === 'string') return alt;
        alts.push(alt);
      }
    }
    return { t: 'words', alts, opt };
  }
  if (/^~\d+$/.test(raw)) {
    const max = Number(raw.slice(1));
    if (max < 1 || max > MAX_GAP) return `"${raw}": a gap is ~1 to ~${MAX_GAP}`;
    return { t: 'gap', max };
  }
  if (raw === '$') return { t: 'end' };
  const opt = raw.length > 1 && raw.endsWith('?');
  const body = opt ? raw.slice(0, -1) : raw;
  if (body === '#' || body === '#c') return { t: 'num', counts: body === '#c', opt };
  const alts: WordAlt[] = [];
  for (const a of body.split('|')) {
    const alt = parseAlt(a);
    if (typeof alt === 'string') return alt;
    alts.push(alt);
  }
  return { t: 'words', alts, opt };
}

/** Parses one pattern; `allowGaps` is false for class phrases and cue phrases. */
export function parsePattern(source: string, allowGaps = true): ParsedPattern | string {
  const text = source.trim();
  if (text === '') return 'the pattern is empty';
  const parts: Node[][] = [];
  for (const partText of text.split('&&')) {
    if (!allowGaps && text.includes('&&')) return '"&&" is not allowed here';
    const raws = splitElements(partText.trim());
    if (typeof raws === 'string') return raws;
    if (raws.length === 0) return 'one side of "&&" is empty';
    const nodes: Node[] = [];
    for (const raw of raws) {
      const node = parseElement(raw);
      if (typeof node === 'string') return node;
      if (node.t === 'gap' && !allowGaps) return `"${raw}": gaps are not allowed here`;
      nodes.push(node);
    }
    const first = nodes[0] as Node;
    if (first.t === 'gap' || first.t === 'end') return 'a pattern cannot start with a gap or "$"';
    if ('opt' in first && first.opt) return 'a pattern cannot start with an optional element';
    const last = nodes[nodes.length - 1] as Node;
    if (last.t === 'gap') return 'a pattern cannot end with a gap';
    if (nodes.every((n) => n.t === 'gap' || n.t === 'end' || ('opt' in n && n.opt)))
      return 'a pattern needs at least one required word';
    parts.push(nodes);
  }
  return { parts };
}

/** Class names a pattern refers to. */
export function classRefs(p: ParsedPattern): string[] {
  const out: string[] = [];
  for (const part of p.parts)
    for (const n of part)
      if (n.t === 'words')
        for (const a of n.alts) {
          if (a.kind === 'class') out.push(a.text);
          if (a.kind === 'phrase')
            for (const w of a.text.split(/\s+/)) if (/^\{.+\}\??$/.test(w)) out.push(w.replace(/[{}?]/g, ''));
        }
  return out;
}

/** Whether a pattern captures a number. */
export function hasNumber(p: ParsedPattern): boolean {
  return p.parts.some((part) => part.some((n) => n.t === 'num'));
}
