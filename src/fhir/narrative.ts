/**
 * Generated narratives (Resource.text, status "generated"): a short human-readable rendering of each
 * resource made from its own data, so a receiving system that shows only the narrative still shows
 * something true (FHIR dom-6: a resource should have a narrative). The XHTML is built here from plain
 * text, escaped, with only the elements FHIR narratives allow (p, ul, li, b).
 */
import type { Narrative } from 'fhir/r4.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** A paragraph, a paragraph with a bold lead, or a list. */
export type Block =
  | { readonly p: string; readonly lead?: string }
  | { readonly list: readonly string[]; readonly lead?: string };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

function lead(text: string | undefined): string {
  return text ? `<b>${escapeXml(text)}</b> ` : '';
}

function render(block: Block): string {
  if ('p' in block) return `<p>${lead(block.lead)}${escapeXml(block.p)}</p>`;
  if (block.list.length === 0) return '';
  const items = block.list.map((i) => `<li>${escapeXml(i)}</li>`).join('');
  return `${block.lead ? `<p>${lead(block.lead).trimEnd()}</p>` : ''}<ul>${items}</ul>`;
}

/** The narrative of the blocks; the first block must say something (txt-2: no empty narrative). */
export function narrative(blocks: readonly [Block, ...Block[]]): Narrative & { status: 'generated' } {
  return { status: 'generated', div: `<div xmlns="${XHTML_NS}">${blocks.map(render).join('')}</div>` };
}
