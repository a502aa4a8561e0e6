/** The diary as the screens see it: every collection loaded from the device, reloaded after changes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type {
  CheckIn,
  DoctorQuestion,
  Episode,
  RemedySession,
  SavedAssessment,
} from '../../../src/diary/model.ts';
import { listRecords } from './diary-db.ts';

export interface DiaryData {
  readonly checkIns: readonly CheckIn[];
  readonly episodes: readonly Episode[];
  readonly remedySessions: readonly RemedySession[];
  readonly assessments: readonly SavedAssessment[];
  readonly doctorQuestions: readonly DoctorQuestion[];
}

const EMPTY: DiaryData = {
  checkIns: [],
  episodes: [],
  remedySessions: [],
  assessments: [],
  doctorQuestions: [],
};

export function useDiary(): { data: DiaryData; loaded: boolean; reload: () => Promise<void> } {
  const [data, setData] = useState<DiaryData>(EMPTY);
  const [loaded, setLoaded] = useState(false);
  const reload = useCallback(async () => {
    const [checkIns, episodes, remedySessions, assessments, doctorQuestions] = await Promise.all([
      listRecords('checkIns'),
      listRecords('episodes'),
      listRecords('remedySessions'),
      listRecords('assessments'),
      listRecords('doctorQuestions'),
    ]);
    setData({ checkIns, episodes, remedySessions, assessments, doctorQuestions });
    setLoaded(true);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, loaded, reload };
}
