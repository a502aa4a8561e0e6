/**
 * Test support: problems with a generated narrative's div, empty when it is fine. It must be one XHTML
 * div in the XHTML namespace, well-formed, using only the elements the generator writes (p, ul, li, b;
 * all allowed in FHIR narratives), with every "<" and "&" of the text escaped, and some text (txt-2).
 */
const ALLOWED = new Set(['p', 'ul', 'li', 'b']);
const ROOT = '<div xmlns="http://www.w3.org/1999/xhtml">';

export function xhtmlProblems(div: string): string[] {
  if (!div.startsWith(ROOT) || !div.endsWith('</div>')) return [`not one XHTML div: ${div.slice(0, 60)}`];
  const inner = div.slice(ROOT.length, -'</div>'.length);
  const problems: string[] = [];
  const open: string[] = [];
  let text = '';
  for (const part of inner.split(/(<[^>]*>)/)) {
    const tag = /^<(\/?)([a-z]+)>$/.exec(part);
    if (part.startsWith('<')) {
      if (!tag) problems.push(`a tag with attributes or an odd shape: ${part}`);
      else if (!ALLOWED.has(tag[2] as string))
        problems.push(`an element narratives do not use here: ${part}`);
      else if (tag[1] === '') open.push(tag[2] as string);
      else if (open.pop() !== tag[2]) problems.push(`${part} closes nothing open`);
      continue;
    }
    if (/&(?!(amp|lt|gt|quot);)/.test(part)) problems.push(`an unescaped & in: ${part}`);
    if (part.includes('>')) problems.push(`an unescaped > in: ${part}`);
    text += part;
  }
  if (open.length) problems.push(`never closed: ${open.join(', ')}`);
  if (!text.trim()) problems.push('no text');
  return problems;
}
