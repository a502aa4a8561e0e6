import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { p } from './conditions.ts';
import type { AdviceId, SourceId } from './ids.generated.ts';
import { knowledgeData } from './index.ts';
import { loadKnowledge } from './load.ts';
import type { Knowledge, LikelihoodRatio, TriageRule } from './types.ts';

/** Data as it might come from outside the type system (a file), for the loader's own checks. */
const untyped = <T>(x: unknown): T => x as T;

function problems(change: (kb: Knowledge) => Knowledge): string[] {
  const r = loadKnowledge(change(knowledgeData));
  return r.ok ? [] : r.issues.map(developerText);
}

describe('loadKnowledge', () => {
  it('accepts the shipped knowledge base', () => {
    expect(problems((kb) => kb)).toEqual([]);
  });

  it('names a triage rule that refers to an unknown finding', () => {
    expect(
      problems((kb) => ({
        ...kb,
        triageRules: [
          ...kb.triageRules,
          untyped<TriageRule>({
            id: 'bad_rule',
            level: 'urgent',
            when: { op: 'present', id: 'no_such_finding' },
            text: 'x',
            sources: ['R13'],
          }),
        ],
      })),
    ).toContain('triageRules[bad_rule].when: condition names unknown finding "no_such_finding"');
  });

  it('names an entry citing a source that does not exist', () => {
    const [first, ...rest] = kb().advice;
    if (!first) throw new Error('no advice');
    expect(
      problems((k) => ({ ...k, advice: [{ ...first, sources: untyped<SourceId[]>(['R999']) }, ...rest] })),
    ).toContain(`advice[${first.id}]: cites unknown source "R999"`);
  });

  it('rejects an entry with neither a source nor an estimate', () => {
    const [first, ...rest] = kb().seedClaims;
    if (!first) throw new Error('no seed claims');
    const { estimate: _drop, ...bare } = first;
    expect(problems((k) => ({ ...k, seedClaims: [{ ...bare, sources: [] }, ...rest] }))).toContain(
      `seedClaims[${first.id}]: has no sources and no estimate reasoning`,
    );
  });

  it('rejects a likelihood ratio out of range and a prior outside (0, 1)', () => {
    const [c, ...rest] = kb().causes;
    if (!c) throw new Error('no causes');
    const bad = {
      ...c,
      prior: { ...c.prior, base: 1.5 },
      ratios: [{ finding: 'fever', present: -2, sources: ['R13'] }] satisfies LikelihoodRatio[],
    };
    const found = problems((k) => ({ ...k, causes: [bad, ...rest] }));
    expect(found).toContain(`causes[${c.id}].prior: base must be between 0 and 1, not 1.5`);
    expect(found).toContain(`causes[${c.id}].ratios[fever]: ratio -2 must be above 0 and at most 1000`);
  });

  it('requires every contract cause and finding to be covered', () => {
    expect(problems((k) => ({ ...k, causes: k.causes.filter((c) => c.id !== 'tetanus') }))).toContain(
      'causes[tetanus]: contract cause has no knowledge entry',
    );
    expect(problems((k) => ({ ...k, findings: k.findings.filter((f) => f.id !== 'fever') }))).toContain(
      'findings[fever]: contract finding has no question text',
    );
  });

  it('rejects a safety rule that withholds advice that does not exist', () => {
    const [r, ...rest] = kb().safetyRules;
    if (!r) throw new Error('no safety rules');
    expect(
      problems((k) => ({
        ...k,
        safetyRules: [{ ...r, withhold: untyped<AdviceId[]>(['no_such_advice']) }, ...rest],
      })),
    ).toContain(`safetyRules[${r.id}]: names unknown advice "no_such_advice"`);
  });

  it('rejects a question hidden behind its own answer', () => {
    const found = problems((k) => ({
      ...k,
      findings: k.findings.map((f) => (f.id === 'fever' ? { ...f, askIf: p('fever') } : f)),
    }));
    expect(found).toContain(
      'findings[fever].askIf: depends on the finding itself, so it could never be asked',
    );
  });
});

function kb(): Knowledge {
  return knowledgeData;
}
