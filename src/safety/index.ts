/**
 * The hazard log, validated once on first use against the knowledge base and the English catalog.
 */
import { developerText } from '../contract/errors.ts';
import { catalog, SOURCE_LANGUAGE } from '../i18n/catalogs.ts';
import { getKnowledge } from '../knowledge/index.ts';
import { contentReviews } from './content-review.ts';
import { controls, plannedControls } from './controls.ts';
import { hazards } from './hazards.ts';
import { type HazardLog, type HazardLogData, loadHazardLog } from './load.ts';

export const hazardLogData: HazardLogData = {
  hazards,
  controls,
  planned: plannedControls,
  contentReviews,
};

let cached: HazardLog | undefined;

/** The validated hazard log; throws naming the bad entry if it is inconsistent. */
export function getHazardLog(): HazardLog {
  if (!cached) {
    const keys = new Set(Object.keys(catalog(SOURCE_LANGUAGE).messages));
    const r = loadHazardLog(hazardLogData, getKnowledge(), keys);
    if (!r.ok)
      throw new Error(`Hazard log is invalid:\n${r.issues.map((i) => `- ${developerText(i)}`).join('\n')}`);
    cached = r.value;
  }
  return cached;
}
