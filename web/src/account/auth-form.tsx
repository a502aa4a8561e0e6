import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ApiError, signIn, signUp, type User } from './api-client.ts';

/** Sign up or sign in with email and password. Errors are announced and tied to the form. */
export function AuthForm(props: { mode: 'signup' | 'signin'; onDone: (u: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = props.mode;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.includes('@')) return setError(t('account.emailError'));
    if (props.mode === 'signup' && password.length < 8) return setError(t('account.passwordShort'));
    setBusy(true);
    setError(null);
    try {
      props.onDone(await (props.mode === 'signup' ? signUp(email, password) : signIn(email, password)));
    } catch (err) {
      const code = err instanceof ApiError ? err.code : 'internal_error';
      setError(
        t(`account.error.${code}`) === `account.error.${code}`
          ? t('account.error.other')
          : t(`account.error.${code}`),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} class="card" aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t(`account.${id}Title`)}</h2>
      <div class="field">
        <label for={`${id}-email`}>{t('account.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          autocomplete={props.mode === 'signup' ? 'email' : 'username'}
          value={email}
          onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for={`${id}-password`}>{t('account.password')}</label>
        {props.mode === 'signup' ? (
          <p id={`${id}-password-hint`} class="hint">
            {t('account.passwordHint')}
          </p>
        ) : null}
        <input
          id={`${id}-password`}
          type="password"
          autocomplete={props.mode === 'signup' ? 'new-password' : 'current-password'}
          aria-describedby={props.mode === 'signup' ? `${id}-password-hint` : undefined}
          value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
      </div>
      <div role="alert" class="error-slot">
        {error ? <p class="field-error">{error}</p> : null}
      </div>
      <button type="submit" class="button button-primary" disabled={busy}>
        {t(`account.${id}Button`)}
      </button>
    </form>
  );
}
