import { useEffect, useState } from 'preact/hooks';
import { useUser } from '../account/session.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { formatDateTime, loadKnowledgeCatalog, t } from '../i18n/i18n.ts';
import { getCountry } from '../prefs.ts';
import { CheckInForm } from './check-in-form.tsx';
import { ConflictsBox } from './conflicts-box.tsx';
import { deleteRecord, listConflicts, type StoredRecord, saveRecord } from './diary-db.ts';
import { asDiary, diaryNudges, remediesThatHelped } from './diary-insights.ts';
import { chartSummary } from './diary-summary.ts';
import { EntriesList } from './entries-list.tsx';
import { EpisodeForm } from './episode-form.tsx';
import { NudgesBox } from './nudges-box.tsx';
import { PainChart, PainTable } from './pain-chart.tsx';
import { RemediesTable } from './remedies-table.tsx';
import { lastSyncAt, syncNow } from './sync-runner.ts';
import { useDiary } from './use-diary.ts';

/**
 * The diary: log how you are in a tap or two, see pain over time (chart, table and words), which
 * remedies helped you, and a nudge to see a doctor when the pattern calls for it. Everything is saved on
 * this device first and synced when signed in.
 */
export function DiaryScreen() {
  const loadedDiary = useDiary();
  const { data, loaded } = loadedDiary;
  const { user } = useUser();
  const [status, setStatus] = useState('');
  const [synced, setSynced] = useState<string | undefined>();
  const [catalogReady, setCatalogReady] = useState(false);
  const [conflicts, setConflicts] = useState<readonly StoredRecord[]>([]);

  const reload = async () => {
    await loadedDiary.reload();
    setConflicts(await listConflicts());
  };

  useEffect(() => {
    // Nudges and remedy names are words of the core and knowledge catalogs.
    void loadKnowledgeCatalog().then(() => setCatalogReady(true));
    void listConflicts().then(setConflicts);
  }, []);

  const sync = async () => {
    try {
      const r = await syncNow();
      if (r) {
        await reload();
        setSynced(await lastSyncAt());
        if (r.conflicts > 0) setStatus(t('sync.conflictsStatus', { count: r.conflicts }));
      }
      return r;
    } catch {
      setStatus(t('diary.syncFailed'));
      return null;
    }
  };

  useEffect(() => {
    if (!user) return;
    void sync();
    const online = () => void sync();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [user]);

  const saved = async (local = t('diary.savedLocal')) => {
    await reload();
    setStatus(local);
    const r = user ? await sync() : null;
    if (r && r.conflicts === 0) setStatus(t('diary.savedSynced'));
  };

  /** Marks an episode as over now: it stops counting as ongoing for the doctor nudges. */
  const endEpisode = async (id: string) => {
    const episode = data.episodes.find((e) => e.id === id);
    if (!episode) return;
    const now = new Date();
    const ended = Math.max(now.getTime(), Date.parse(episode.startedAt));
    await saveRecord('episodes', { ...episode, endedAt: new Date(ended).toISOString() });
    await saved();
  };

  const points = [
    ...data.checkIns.map((c) => ({ at: c.at, pain: c.pain })),
    ...data.episodes.map((e) => ({ at: e.startedAt, pain: e.pain })),
  ];
  const summary = chartSummary(points);
  const diary = asDiary(data, getCountry());

  return (
    <div class="screen diary">
      <ScreenHeading focusKey="diary">{t('diary.title')}</ScreenHeading>
      <p class="hint">{user ? t('diary.syncedTo', { email: user.email }) : t('diary.deviceOnly')}</p>
      <p role="status" class="status">
        {status}
      </p>
      <ConflictsBox conflicts={conflicts} onSettled={() => void saved(t('sync.settled'))} />
      {catalogReady ? <NudgesBox nudges={diaryNudges(diary, Date.now())} /> : null}
      <CheckInForm onSaved={() => void saved()} />
      <details class="card">
        <summary>{t('diary.episodeTitle')}</summary>
        <EpisodeForm onSaved={() => void saved()} />
      </details>
      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('diary.trendTitle')}</h2>
        {loaded ? (
          <div class="chart-and-table">
            <PainChart points={points} summary={summary} />
            {points.length > 0 ? <PainTable points={points} /> : null}
          </div>
        ) : (
          <p class="loading">{t('app.loading')}</p>
        )}
      </section>
      {catalogReady ? <RemediesTable effects={remediesThatHelped(diary)} /> : null}
      <p>
        <a class="link-block" href="/visit">
          {t('diary.visitLink')}
        </a>
      </p>
      <EntriesList
        checkIns={data.checkIns}
        episodes={data.episodes}
        assessments={data.assessments}
        onEndEpisode={(id) => void endEpisode(id)}
        onDelete={async (kind, id) => {
          await deleteRecord(kind, id);
          await saved();
        }}
      />
      {user ? (
        <p>
          <button
            type="button"
            class="button"
            onClick={async () => {
              // Said at once, so the status always speaks of this sync, never of the one before.
              setStatus(t('diary.syncing'));
              const r = await sync();
              if (!r) setStatus(t('diary.syncOffline'));
              else if (r.conflicts === 0) setStatus(t('diary.syncDone'));
            }}
          >
            {t('diary.syncNow')}
          </button>{' '}
          {synced ? <span class="hint">{t('diary.lastSync', { when: formatDateTime(synced) })}</span> : null}
        </p>
      ) : (
        <p>
          <a class="link-block" href="/account">
            {t('diary.signInToSync')}
          </a>
        </p>
      )}
    </div>
  );
}
