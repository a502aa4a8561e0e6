/**
 * Resource ids. Records that have a UUID (check-ins, assessments) keep it; resources derived from a
 * record get a UUID computed from a name such as "<assessment id>/condition/sciatica", so exporting the
 * same diary twice gives the same ids and a receiving system can recognise a re-import. The hash is
 * not cryptographic (nothing secret goes in, and it runs the same in the browser); the UUID is marked
 * version 8 (RFC 9562: custom) so it cannot be mistaken for a random one.
 */
import type { DomainResource, Narrative } from 'fhir/r4.js';

/** 32-bit FNV-1a of the text, seeded so four seeds give four independent words. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final avalanche so names differing only at the end still differ in every word.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

export function derivedUuid(name: string): string {
  const hex = [1, 2, 3, 4]
    .map((seed) =>
      fnv1a(name, seed * 0x9e3779b9)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

/** A resource as this export makes it: always with an id and a narrative (FHIR leaves both optional). */
export type Exported<R extends DomainResource> = R & { id: string; text: Narrative };

export function urn(uuid: string): string {
  return `urn:uuid:${uuid}`;
}
