import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ApiError, signIn, signUp, type User } from './api-client.ts';

/** An API error in the screen's words; a refused password also says why, in the server's words. */
export function errorText(err: unknown): string {
  const code = err instanceof ApiError ? err.code : 'internal_error';
  const known = t(`account.error.${code}`) !== `account.error.${code}`;
  const text = known ? t(`account.error.${code}`) : t('account.error.other');
  // The server names why a password is too easy to guess (in the language the browser asked for).
  return code === 'weak_password' && err instanceof ApiError ? `${text} ${err.detail}` : text;
}

/**
 * Sign up or sign in with email and password. Errors are announced and tied to the form. When the
 * account has two-step sign-in on, signing in asks for the code as well and sends everything again.
 */
export function AuthForm(props: { mode: 'signup' | 'signin'; onDone: (u: User) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = props.mode;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!email.includes('@')) return setError(t('account.emailError'));
    if (props.mode === 'signup' && password.length < 12) return setError(t('account.passwordShort'));
    setBusy(true);
    setError(null);
    try {
      props.onDone(
        await (props.mode === 'signup'
          ? signUp(email, password)
          : signIn(email, password, needsCode ? code.trim() : undefined)),
      );
    } catch (err) {
      if (err instanceof ApiError && err.code === 'two_factor_required') {
        setNeedsCode(true);
        setError(t('account.error.two_factor_required'));
      } else if (needsCode && err instanceof ApiError && err.code === 'invalid_credentials') {
        setError(t('account.twoFactorWrongCode'));
      } else setError(errorText(err));
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
      {needsCode ? (
        <div class="field">
          <label for={`${id}-code`}>{t('account.code')}</label>
          <p id={`${id}-code-hint`} class="hint">
            {t('account.codeHint')}
          </p>
          <input
            id={`${id}-code`}
            type="text"
            inputMode="numeric"
            autocomplete="one-time-code"
            aria-describedby={`${id}-code-hint`}
            value={code}
            onInput={(e) => setCode((e.target as HTMLInputElement).value)}
          />
        </div>
      ) : null}
      <div role="alert" class="error-slot">
        {error ? <p class="field-error">{error}</p> : null}
      </div>
      <button type="submit" class="button button-primary" disabled={busy}>
        {t(`account.${id}Button`)}
      </button>
    </form>
  );
}
