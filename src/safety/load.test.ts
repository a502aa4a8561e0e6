import { describe, expect, it } from 'vitest';
import { developerText } from '../contract/errors.ts';
import { catalog, SOURCE_LANGUAGE } from '../i18n/catalogs.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { hazardLogData } from './index.ts';
import { type HazardLogData, isIsoDay, loadHazardLog } from './load.ts';
import { riskRating } from './matrix.ts';
import type { Control, Hazard } from './types.ts';

const kb = getKnowledge();
const keys = new Set(Object.keys(catalog(SOURCE_LANGUAGE).messages));
/** Data as it might come from outside the type system, for the loader's own checks. */
const untyped = <T>(x: unknown): T => x as T;

function problems(change: (d: HazardLogData) => HazardLogData): string[] {
  const r = loadHazardLog(change(hazardLogData), kb, keys);
  return r.ok ? [] : r.issues.map(developerText);
}
const first = hazardLogData.hazards[0] as Hazard;
const withHazard = (h: Partial<Hazard>) => (d: HazardLogData) => ({
  ...d,
  hazards: [{ ...first, ...h }, ...d.hazards.slice(1)],
});

describe('loadHazardLog', () => {
  it('accepts the shipped hazard log and computes each rating from the DCB0129 matrix', () => {
    const r = loadHazardLog(hazardLogData, kb, keys);
    expect(r.ok ? [] : r.issues.map(developerText)).toEqual([]);
    if (!r.ok) return;
    for (const h of r.value.hazards) {
      expect(h.ratingBefore).toBe(riskRating(h.before.severity, h.before.likelihood));
      expect(h.ratingAfter).toBe(riskRating(h.after.severity, h.after.likelihood));
    }
  });

  it('uses the NHS England matrix: catastrophic and very likely is 5, minor and very unlikely is 1', () => {
    expect(riskRating('catastrophic', 'very_high')).toBe(5);
    expect(riskRating('major', 'high')).toBe(4);
    expect(riskRating('major', 'very_low')).toBe(2);
    expect(riskRating('minor', 'very_low')).toBe(1);
    expect(riskRating('significant', 'medium')).toBe(2);
  });

  it('refuses a residual risk above the initial one, or above 3', () => {
    expect(
      problems(
        withHazard({
          before: { severity: 'major', likelihood: 'low' },
          after: { severity: 'major', likelihood: 'high' },
        }),
      ),
    ).toEqual(expect.arrayContaining([expect.stringContaining('higher than the initial risk')]));
    expect(
      problems(
        withHazard({
          before: { severity: 'major', likelihood: 'high' },
          after: { severity: 'major', likelihood: 'high' },
        }),
      ),
    ).toEqual(expect.arrayContaining([expect.stringContaining('is not acceptable')]));
  });

  it('names a hazard with no control, an unknown control, a bad review date or an unknown owner', () => {
    expect(problems(withHazard({ controls: [] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('has no control')]),
    );
    expect(problems(withHazard({ controls: ['CTL-does-not-exist'] }))).toEqual(
      expect.arrayContaining([expect.stringContaining('unknown control "CTL-does-not-exist"')]),
    );
    expect(problems(withHazard({ reviewBy: '2027-02-30' }))).toEqual([
      expect.stringContaining('not a real YYYY-MM-DD day'),
    ]);
    expect(problems(withHazard({ owner: untyped('the intern') }))).toEqual([
      expect.stringContaining('unknown owner role'),
    ]);
  });

  it('names a control pointing at a rule, an entry or a catalog key that does not exist, or with no test', () => {
    const control = hazardLogData.controls[0] as Control;
    const withControl = (c: Partial<Control>) => (d: HazardLogData) => ({
      ...d,
      controls: [{ ...control, ...c }, ...d.controls.slice(1)],
    });
    expect(problems(withControl({ refs: [untyped({ kind: 'triage_rule', id: 'no_such_rule' })] }))).toEqual([
      expect.stringContaining('triage_rule no_such_rule does not exist'),
    ]);
    expect(problems(withControl({ refs: [{ kind: 'message', key: 'no.such.key' }] }))).toEqual([
      expect.stringContaining('message no.such.key does not exist'),
    ]);
    expect(problems(withControl({ verifiedBy: [] }))).toEqual([
      expect.stringContaining('has no verifying test'),
    ]);
  });

  it("refuses a warning sign that none of the hazard's own triage rules catches", () => {
    expect(problems(withHazard({ warningSigns: ['pain_chest'] }))).toEqual([
      expect.stringContaining('"pain_chest" is not caught by any triage rule'),
    ]);
  });

  it('refuses a control that no hazard uses, and a review register date that is not a day', () => {
    expect(
      problems((d) => ({
        ...d,
        controls: [...d.controls, { ...(d.controls[0] as Control), id: 'CTL-orphan' }],
      })),
    ).toEqual([expect.stringContaining('is not a control of any hazard')]);
    expect(
      problems((d) => ({
        ...d,
        contentReviews: d.contentReviews.map((r, i) => (i === 0 ? { ...r, reviewBy: 'soon' } : r)),
      })),
    ).toEqual([expect.stringContaining('review date "soon"')]);
  });

  it('reads dates strictly', () => {
    expect(isIsoDay('2027-06-06')).toBe(true);
    expect(isIsoDay('2027-6-6')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
  });
});
