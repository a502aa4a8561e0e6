import { useEffect, useState } from 'preact/hooks';
import { useUser } from '../account/session.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { currentLanguage, formatDateTime, formatNumber, kt, loadKnowledgeCatalog, t } from '../i18n/i18n.ts';
import { getCountry } from '../prefs.ts';
import { CheckInForm } from './check-in-form.tsx';
import { deleteRecord, saveRecord } from './diary-db.ts';
import { asDiary, diaryNudges, remediesThatHelped } from './diary-insights.ts';
import { chartSummary } from './diary-summary.ts';
import { EpisodeForm } from './episode-form.tsx';
import { PainChart, PainTable } from './pain-chart.tsx';
import { lastSyncAt, syncNow } from './sync-runner.ts';
import { useDiary } from './use-diary.ts';

/**
 * The diary: log how you are in a tap or two, see pain over time (chart, table and words), which
 * remedies helped you, and a nudge to see a doctor when the pattern calls for it. Everything is saved on
 * this device first and synced when signed in.
 */
export function DiaryScreen() {
  const { data, loaded, reload } = useDiary();
  const { user } = useUser();
  const [status, setStatus] = useState('');
  const [synced, setSynced] = useState<string | undefined>();
  const [catalogReady, setCatalogReady] = useState(false);

  useEffect(() => {
    void loadKnowledgeCatalog({ english: true }).then(() => setCatalogReady(true));
  }, []);

  const sync = async () => {
    try {
      const r = await syncNow();
      if (r) {
        await reload();
        setSynced(await lastSyncAt());
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

  const saved = async () => {
    await reload();
    setStatus(t('diary.savedLocal'));
    if (user && (await sync())) setStatus(t('diary.savedSynced'));
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
  const found = diaryNudges(diary, Date.now());
  const doctor = found.filter((n) => n.level !== 'self_care');
  const tips = found.filter((n) => n.level === 'self_care');
  const helped = remediesThatHelped(diary);
  const entries = [
    ...data.checkIns.map((c) => ({
      kind: 'checkIns' as const,
      ongoing: false,
      id: c.id,
      at: c.at,
      text: t('diary.entryCheckIn', { pain: c.pain }),
      notes: c.notes,
    })),
    ...data.episodes.map((e) => ({
      ongoing: e.endedAt === null,
      kind: 'episodes' as const,
      id: e.id,
      at: e.startedAt,
      text: t(e.endedAt === null ? 'diary.entryEpisode' : 'diary.entryEpisodeEnded', { pain: e.pain }),
      notes: e.notes,
    })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  return (
    <div class="screen diary">
      <ScreenHeading focusKey="diary">{t('diary.title')}</ScreenHeading>
      <p class="hint">{user ? t('diary.syncedTo', { email: user.email }) : t('diary.deviceOnly')}</p>
      <p role="status" class="status">
        {status}
      </p>
      {doctor.length > 0 ? (
        <section class="nudges" aria-labelledby="nudge-heading">
          <h2 id="nudge-heading">{t('nudge.title')}</h2>
          <ul>
            {doctor.map((n) => (
              <li key={n.key}>
                {t(n.key)}
                {/* The reason is worded by src/insights in English; other languages show the advice alone. */}
                {currentLanguage() === 'en' ? <span class="hint"> {n.because}</span> : null}
              </li>
            ))}
          </ul>
          <p>
            <a href="/check">{t('nudge.checkAgain')}</a>
          </p>
        </section>
      ) : null}
      {tips.length > 0 ? (
        <section aria-labelledby="tips-heading">
          <h2 id="tips-heading">{t('nudge.tipsTitle')}</h2>
          <ul>
            {tips.map((n) => (
              <li key={n.key}>{t(n.key)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <CheckInForm onSaved={saved} />
      <details class="card">
        <summary>{t('diary.episodeTitle')}</summary>
        <EpisodeForm onSaved={saved} />
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
      <section aria-labelledby="remedies-heading">
        <h2 id="remedies-heading">{t('diary.remediesTitle')}</h2>
        {helped.length === 0 ? (
          <p>{t('diary.remediesEmpty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('diary.remediesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diary.remedy')}</th>
                  <th scope="col">{t('diary.sessions')}</th>
                  <th scope="col">{t('diary.drop')}</th>
                </tr>
              </thead>
              <tbody>
                {helped.map((r) => (
                  <tr key={r.remedy}>
                    <th scope="row">{catalogReady ? kt(`advice.${r.remedy}.title`, r.name) : r.name}</th>
                    <td>{r.sessions}</td>
                    <td>
                      {r.meanDrop === null
                        ? t('diary.notRated')
                        : formatNumber(r.meanDrop, { maximumFractionDigits: 1 })}
                      {r.meanDrop !== null && !r.enough ? ` (${t('diary.tooFew')})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {helped.length > 0 ? <p class="hint">{t('diary.remediesNote')}</p> : null}
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{t('diary.entriesTitle')}</h2>
        {entries.length === 0 ? <p>{t('diary.entriesEmpty')}</p> : null}
        <ul class="entries">
          {entries.map((e) => (
            <li key={e.id}>
              <span>
                <strong>{formatDateTime(e.at)}</strong> — {e.text}
                {e.notes ? ` (${e.notes})` : ''}
              </span>
              {e.ongoing ? (
                <button type="button" class="button button-quiet" onClick={() => void endEpisode(e.id)}>
                  {t('diary.endEpisode')}
                  <span class="visually-hidden"> {formatDateTime(e.at)}</span>
                </button>
              ) : null}
              <button
                type="button"
                class="button button-quiet"
                onClick={async () => {
                  await deleteRecord(e.kind, e.id);
                  await saved();
                }}
              >
                {t('diary.delete')}
                <span class="visually-hidden"> {formatDateTime(e.at)}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {user ? (
        <p>
          <button
            type="button"
            class="button"
            onClick={async () => setStatus((await sync()) ? t('diary.syncDone') : t('diary.syncOffline'))}
          >
            {t('diary.syncNow')}
          </button>{' '}
          {synced ? <span class="hint">{t('diary.lastSync', { when: formatDateTime(synced) })}</span> : null}
        </p>
      ) : (
        <p>
          <a href="/account">{t('diary.signInToSync')}</a>
        </p>
      )}
    </div>
  );
}
