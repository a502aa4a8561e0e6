/** The diary on this device in the export format (src/diary/model.ts diaryExportSchema), for download. */
import type { DiaryExport } from '../../../src/diary/model.ts';
import { SHIPPED_LANGUAGES } from '../../../src/i18n/languages.ts';
import { getCountry, getSavedLanguage } from '../prefs.ts';
import { listRecords } from './diary-db.ts';

export async function exportLocalDiary(now = new Date()): Promise<DiaryExport> {
  const saved = getSavedLanguage();
  const language = SHIPPED_LANGUAGES.find((l) => l === saved) ?? null;
  return {
    format: 'backease-diary',
    version: 1,
    exportedAt: now.toISOString(),
    profile: {
      age: null,
      sex: null,
      evidence: [],
      country: getCountry(),
      language,
    },
    episodes: await listRecords('episodes'),
    checkIns: await listRecords('checkIns'),
    remedySessions: await listRecords('remedySessions'),
    assessments: await listRecords('assessments'),
    doctorQuestions: await listRecords('doctorQuestions'),
  };
}

/** Offers JSON as a file download (`type`: the media type, e.g. application/fhir+json). */
export function downloadJson(data: unknown, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
