import { useEffect, useState } from 'preact/hooks';
import { useUser } from '../account/session.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { formatDateTime, kt, loadKnowledgeCatalog, t } from '../i18n/i18n.ts';
import { CheckInForm } from './check-in-form.tsx';
import { deleteRecord } from './diary-db.ts';
import { chartSummary } from './diary-summary.ts';
import { EpisodeForm } from './episode-form.tsx';
import { type Nudge, nudges } from './nudges.ts';
import { PainChart, PainTable } from './pain-chart.tsx';
import { remedyStats } from './remedy-stats.ts';
import { lastSyncAt, syncNow } from './sync-runner.ts';
import { useDiary } from './use-diary.ts';

function nudgeText(n: Nudge): string {
  if (n.kind === 'warning_signs') return t(`nudge.warning_signs.${n.level}`);
  if (n.kind === 'getting_worse') return t('nudge.getting_worse', { from: n.from, to: n.to });
  return t('nudge.not_improving', { days: n.days });
}

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
    void loadKnowledgeCatalog().then(() => setCatalogReady(true));
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
    // biome-ignore lint/correctness/useExhaustiveDependencies: sync when the signed-in user changes
  }, [user]);

  const saved = async () => {
    await reload();
    setStatus(t('diary.savedLocal'));
    if (user && (await sync())) setStatus(t('diary.savedSynced'));
  };

  const points = [
    ...data.checkIns.map((c) => ({ at: c.at, pain: c.pain })),
    ...data.episodes.map((e) => ({ at: e.startedAt, pain: e.pain })),
  ];
  const summary = chartSummary(points);
  const found = nudges(data, Date.now());
  const stats = remedyStats(data.remedySessions);
  const entries = [
    ...data.checkIns.map((c) => ({ kind: 'checkIns' as const, id: c.id, at: c.at, text: t('diary.entryCheckIn', { pain: c.pain }), notes: c.notes })),
    ...data.episodes.map((e) => ({ kind: 'episodes' as const, id: e.id, at: e.startedAt, text: t('diary.entryEpisode', { pain: e.pain }), notes: e.notes })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));

  return (
    <div class="screen diary">
      <ScreenHeading focusKey="diary">{t('diary.title')}</ScreenHeading>
      <p class="hint">{user ? t('diary.syncedTo', { email: user.email }) : t('diary.deviceOnly')}</p>
      <p role="status" class="status">
        {status}
      </p>
      {found.length > 0 ? (
        <section class="nudges" aria-labelledby="nudge-heading">
          <h2 id="nudge-heading">{t('nudge.title')}</h2>
          <ul>
            {found.map((n) => (
              <li key={n.kind}>{nudgeText(n)}</li>
            ))}
          </ul>
          <p>
            <a href="/check">{t('nudge.checkAgain')}</a>
          </p>
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
        {stats.length === 0 ? (
          <p>{t('diary.remediesEmpty')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">{t('diary.remediesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('diary.remedy')}</th>
                  <th scope="col">{t('diary.sessions')}</th>
                  <th scope="col">{t('diary.before')}</th>
                  <th scope="col">{t('diary.after')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.map((s) => (
                  <tr key={s.remedy}>
                    <th scope="row">{catalogReady ? kt(`advice.${s.remedy}.title`, s.remedy) : s.remedy}</th>
                    <td>{s.sessions}</td>
                    <td>{s.meanBefore}</td>
                    <td>{s.meanAfter}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p class="hint">{t('diary.remediesNote')}</p>
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
          <button type="button" class="button" onClick={async () => setStatus((await sync()) ? t('diary.syncDone') : t('diary.syncOffline'))}>
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
