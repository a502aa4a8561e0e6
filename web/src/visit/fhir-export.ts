/**
 * "Download for my doctor's system": the FHIR R4 Bundle of the chosen dates, built on the phone by the
 * same pure code as the server's and the CLI's export (src/fhir), and offered as a .json file. Loaded
 * only when the button is pressed, so the FHIR code stays out of every screen's first load.
 */
import type { Diary } from '../../../src/diary/model.ts';
import { buildFhirBundle } from '../../../src/fhir/bundle.ts';
import type { Period } from '../../../src/insights/period.ts';
import { getKnowledge } from '../../../src/knowledge/index.ts';
import { downloadJson } from '../diary/export-local.ts';
import { words } from '../i18n/i18n.ts';
import { devicePatientId } from './patient-id.ts';

export const FHIR_MEDIA_TYPE = 'application/fhir+json';

export async function downloadFhirBundle(diary: Diary, period: Period, fileName: string): Promise<void> {
  const patientId = await devicePatientId();
  const bundle = buildFhirBundle(diary, getKnowledge(), period, {
    now: Date.now(),
    patientId,
    words: words(),
  });
  downloadJson(bundle, fileName, FHIR_MEDIA_TYPE);
}
