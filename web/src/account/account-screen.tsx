import { useState } from 'preact/hooks';
import { ScreenHeading } from '../components/heading.tsx';
import { clearDiary } from '../diary/diary-db.ts';
import { downloadJson, exportLocalDiary } from '../diary/export-local.ts';
import { syncNow } from '../diary/sync-runner.ts';
import { t } from '../i18n/i18n.ts';
import { ApiError, deleteAccount, exportAccount, signOut } from './api-client.ts';
import { AuthForm } from './auth-form.tsx';
import { setUser, useUser } from './session.ts';
import { SessionsSection } from './sessions-section.tsx';
import { TwoFactorSection } from './two-factor-section.tsx';

/**
 * The optional account: sign up, sign in, sign out, export my data, delete my account. Without an
 * account everything still works and stays on this device.
 */
export function AccountScreen() {
  const { user, checked } = useUser();
  const [status, setStatus] = useState('');
  const [password, setPassword] = useState('');
  const [mode, setMode] = useState<'signin' | 'signup'>('signup');

  const exportData = async () => {
    try {
      if (user) {
        await syncNow();
        downloadJson(await exportAccount(), 'backease-diary.json');
      } else downloadJson(await exportLocalDiary(), 'backease-diary.json');
      setStatus(t('account.exported'));
    } catch {
      setStatus(t('account.error.other'));
    }
  };

  return (
    <div class="screen account">
      <ScreenHeading focusKey={user ? 'account-in' : 'account-out'}>{t('account.title')}</ScreenHeading>
      <p role="status" class="status">
        {status}
      </p>
      {!checked ? <p class="loading">{t('app.loading')}</p> : null}
      {checked && !user ? (
        <>
          <p>{t('account.why')}</p>
          <AuthForm
            key={mode}
            mode={mode}
            onDone={async (u) => {
              setUser(u);
              setStatus(t(mode === 'signup' ? 'account.signedUp' : 'account.signedIn'));
              await syncNow().catch(() => null);
            }}
          />
          <p>
            <button
              type="button"
              class="button button-quiet"
              onClick={() => setMode(mode === 'signup' ? 'signin' : 'signup')}
            >
              {t(mode === 'signup' ? 'account.haveAccount' : 'account.needAccount')}
            </button>
          </p>
        </>
      ) : null}
      {user ? (
        <>
          <p>{t('account.signedInAs', { email: user.email })}</p>
          <div class="actions">
            <a class="button" href="/diary">
              {t('home.diary')}
            </a>
            <button
              type="button"
              class="button"
              onClick={async () => {
                await syncNow().catch(() => null);
                await signOut().catch(() => null);
                // On a shared phone the diary should not stay behind; it is safe in the account.
                await clearDiary();
                setUser(null);
                setStatus(t('account.signedOut'));
              }}
            >
              {t('account.signOut')}
            </button>
          </div>
          <TwoFactorSection />
          <SessionsSection />
        </>
      ) : null}
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('account.exportTitle')}</h2>
        <p>{t(user ? 'account.exportAccount' : 'account.exportDevice')}</p>
        <button type="button" class="button" onClick={exportData}>
          {t('account.export')}
        </button>
      </section>
      {user ? (
        <section aria-labelledby="delete-heading" class="danger-zone">
          <h2 id="delete-heading">{t('account.deleteTitle')}</h2>
          <p>{t('account.deleteText')}</p>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                await deleteAccount(password);
                await clearDiary();
                setUser(null);
                setStatus(t('account.deleted'));
              } catch (err) {
                setStatus(
                  err instanceof ApiError && err.status === 401
                    ? t('account.error.invalid_credentials')
                    : t('account.error.other'),
                );
              }
            }}
          >
            <div class="field">
              <label for="delete-password">{t('account.password')}</label>
              <input
                id="delete-password"
                type="password"
                autocomplete="current-password"
                value={password}
                onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
              />
            </div>
            <button type="submit" class="button button-danger">
              {t('account.delete')}
            </button>
          </form>
        </section>
      ) : (
        <section aria-labelledby="forget-heading">
          <h2 id="forget-heading">{t('account.forgetTitle')}</h2>
          <p>{t('account.forgetText')}</p>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              await clearDiary();
              setStatus(t('account.forgotten'));
            }}
          >
            {t('account.forget')}
          </button>
        </section>
      )}
    </div>
  );
}
