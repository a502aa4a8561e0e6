import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { endSession, listSessions, type SessionItem } from './api-client.ts';
import { errorText } from './auth-form.tsx';
import { deviceName } from './user-agent.ts';

/** "Firefox on Android", or as much of it as the browser told, or "Unknown browser". */
function describe(userAgent: string | null): string {
  const { browser, system } = deviceName(userAgent ?? '');
  if (browser && system) return t('account.sessionDevice', { browser, system });
  return browser ?? system ?? t('account.sessionUnknown');
}

const when = (iso: string) => formatDateTime(iso);

/** The browsers signed in to this account, this one marked, each of the others with a way to end it. */
export function SessionsSection() {
  const [items, setItems] = useState<SessionItem[] | null>(null);
  const [status, setStatus] = useState('');
  const reload = () =>
    listSessions()
      .then(setItems)
      .catch((e: unknown) => setStatus(errorText(e)));
  useEffect(() => {
    void reload();
  }, []);
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('account.sessionsTitle')}</h2>
      <p>{t('account.sessionsText')}</p>
      <p role="status" class="status">
        {status}
      </p>
      {items === null ? <p class="loading">{t('app.loading')}</p> : null}
      {items && items.length <= 1 ? <p>{t('account.sessionsEmpty')}</p> : null}
      {items ? (
        <ul class="sessions">
          {items.map((s) => {
            const device = describe(s.userAgent);
            return (
              <li key={s.id}>
                <p>
                  <strong>{device}</strong>
                  {s.current ? ` (${t('account.sessionThis')})` : null}
                </p>
                <p class="hint">
                  {t('account.sessionTimes', { created: when(s.createdAt), seen: when(s.lastSeenAt) })}
                </p>
                {s.current ? null : (
                  <button
                    type="button"
                    class="button"
                    aria-label={t('account.sessionEndNamed', { device })}
                    onClick={async () => {
                      try {
                        await endSession(s.id);
                        setStatus(t('account.sessionEnded'));
                        await reload();
                      } catch (e) {
                        setStatus(errorText(e));
                      }
                    }}
                  >
                    {t('account.sessionEnd')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
