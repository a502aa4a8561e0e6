/**
 * Our own code systems as CodeSystem resources, so a receiving system can read what our codes mean
 * without knowing BackEase: findings (the contract's plain-words meanings), causes and triage levels.
 * Each concept's display is English; its words in other languages are designations with their
 * language (FHIR R4 CodeSystem.concept.designation), from the same catalogs every surface uses.
 * Each one's id is the last segment of its canonical URL, which is also its fullUrl in the Bundle:
 * FHIR requires a fullUrl that is a RESTful URL to end in the resource's own type and id.
 */
import type { CodeSystem, CodeSystemConcept, CodeSystemConceptDesignation } from 'fhir/r4.js';
import { ALL_FINDINGS, CONTRACT_CAUSES, TRIAGE_LEVEL_MEANINGS, TRIAGE_LEVELS } from '../contract/ids.ts';
import type { Renderer } from '../i18n/render.ts';
import { SYSTEM } from './codes.ts';
import type { Exported } from './ids.ts';
import { narrative } from './narrative.ts';

/** The id a canonical URL `…/CodeSystem/<id>` names. */
function idOfCanonical(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}

function codeSystem(
  url: string,
  title: string,
  version: string,
  concept: CodeSystemConcept[],
): Exported<CodeSystem> {
  const name = title.replace(/[^A-Za-z0-9]/g, '');
  return {
    resourceType: 'CodeSystem',
    id: idOfCanonical(url),
    text: narrative([{ lead: `${title}.`, p: `${concept.length} codes, version ${version}.` }]),
    url,
    version,
    name,
    title,
    status: 'active',
    content: 'complete',
    caseSensitive: true,
    concept,
  };
}

/**
 * The concept's words in each other language whose own catalog has them: a translation, never the
 * English fallback passed off as Spanish or Arabic.
 */
function designations(
  key: string,
  languages: readonly Renderer[],
): { designation?: CodeSystemConceptDesignation[] } {
  const found = languages
    .filter((r) => r.lang !== 'en' && r.hasOwn(key))
    .map((r) => ({ language: r.lang, value: r.text(key) }));
  return found.length ? { designation: found } : {};
}

/** Our code systems, with designations in `languages` (renderers of the languages to add, not English). */
export function ownCodeSystems(version: string, languages: readonly Renderer[] = []): Exported<CodeSystem>[] {
  return [
    codeSystem(
      SYSTEM.finding,
      'BackEase findings',
      version,
      ALL_FINDINGS.map((f) => ({
        code: f.id,
        display: f.meaning,
        definition: `${f.group}: ${f.meaning}`,
        ...designations(`finding.${f.id}.label`, languages),
      })),
    ),
    codeSystem(
      SYSTEM.cause,
      'BackEase causes',
      version,
      CONTRACT_CAUSES.map((c) => ({
        code: c.id,
        display: c.name,
        definition: `${c.kind} cause: ${c.name}`,
        ...designations(`cause.${c.id}.name`, languages),
      })),
    ),
    codeSystem(
      SYSTEM.triageLevel,
      'BackEase triage levels',
      version,
      TRIAGE_LEVELS.map((l) => ({
        code: l,
        display: TRIAGE_LEVEL_MEANINGS[l],
        ...designations(`level.${l}.meaning`, languages),
      })),
    ),
    codeSystem(SYSTEM.assessmentKind, 'BackEase assessment kinds', version, [
      { code: 'triage', display: 'BackEase triage and possible causes' },
    ]),
  ];
}
