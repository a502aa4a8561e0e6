import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import {
  ApiError,
  confirmTwoFactor,
  setUpTwoFactor,
  turnOffTwoFactor,
  twoFactorStatus,
} from './api-client.ts';
import { errorText } from './auth-form.tsx';

type Step =
  | { kind: 'loading' }
  | { kind: 'off' }
  | { kind: 'password' }
  | { kind: 'scan'; secret: string; otpauthUri: string }
  | { kind: 'codes'; codes: string[] }
  | { kind: 'on'; left: number }
  | { kind: 'disable'; left: number };

/** The key in groups of four, as authenticator apps show and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Two-step sign-in: turn it on (password, then the app's first code; the recovery codes are shown once),
 * or off (password and a code). The key is shown as a link an authenticator app on this phone opens,
 * and as text to type.
 */
export function TwoFactorSection() {
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const refresh = async () => {
    try {
      const s = await twoFactorStatus();
      setStep(s.enabled ? { kind: 'on', left: s.recoveryCodesLeft } : { kind: 'off' });
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    void refresh();
  }, []);
  const reset = () => {
    setPassword('');
    setCode('');
    setError(null);
  };
  const codeError = (e: unknown) =>
    e instanceof ApiError && e.code === 'invalid_value' ? t('account.twoFactorWrongCode') : errorText(e);
  // Turning off: the server says which was wrong, the password or the code.
  const offError = (e: unknown) =>
    e instanceof ApiError && e.code === 'invalid_credentials' ? e.detail : errorText(e);

  const passwordField = (
    <div class="field">
      <label for="tf-password">{t('account.password')}</label>
      <input
        id="tf-password"
        type="password"
        autocomplete="current-password"
        value={password}
        onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
      />
    </div>
  );
  const codeField = (hint: string) => (
    <div class="field">
      <label for="tf-code">{t('account.code')}</label>
      <p id="tf-code-hint" class="hint">
        {hint}
      </p>
      <input
        id="tf-code"
        type="text"
        inputMode="numeric"
        autocomplete="one-time-code"
        aria-describedby="tf-code-hint"
        value={code}
        onInput={(e) => setCode((e.target as HTMLInputElement).value)}
      />
    </div>
  );
  const errorSlot = (
    <div role="alert" class="error-slot">
      {error ? <p class="field-error">{error}</p> : null}
    </div>
  );

  return (
    <section aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('account.twoFactorTitle')}</h2>
      <p role="status" class="status">
        {status}
      </p>
      {step.kind === 'loading' ? <p class="loading">{t('app.loading')}</p> : null}
      {step.kind === 'off' ? (
        <>
          <p>{t('account.twoFactorOff')}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              reset();
              setStep({ kind: 'password' });
            }}
          >
            {t('account.twoFactorStart')}
          </button>
        </>
      ) : null}
      {step.kind === 'password' ? (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const s = await setUpTwoFactor(password);
              reset();
              setStep({ kind: 'scan', ...s });
            } catch (err) {
              setError(errorText(err));
            }
          }}
        >
          <p>{t('account.twoFactorPassword')}</p>
          {passwordField}
          {errorSlot}
          <button type="submit" class="button button-primary">
            {t('account.twoFactorStart')}
          </button>{' '}
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              reset();
              setStep({ kind: 'off' });
            }}
          >
            {t('account.cancel')}
          </button>
        </form>
      ) : null}
      {step.kind === 'scan' ? (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const codes = await confirmTwoFactor(code.trim());
              reset();
              setStep({ kind: 'codes', codes });
            } catch (err) {
              setError(codeError(err));
            }
          }}
        >
          <p>{t('account.twoFactorScan')}</p>
          <p>
            <a class="button" href={step.otpauthUri}>
              {t('account.twoFactorLink')}
            </a>
          </p>
          <p>
            {t('account.twoFactorKey')}: <code class="secret">{grouped(step.secret)}</code>
          </p>
          {codeField(t('account.twoFactorConfirmHint'))}
          {errorSlot}
          <button type="submit" class="button button-primary">
            {t('account.twoFactorConfirm')}
          </button>
        </form>
      ) : null}
      {step.kind === 'codes' ? (
        <>
          <p>{t('account.twoFactorCodes')}</p>
          <ul class="recovery-codes">
            {step.codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
          <button type="button" class="button button-primary" onClick={() => void refresh()}>
            {t('account.twoFactorCodesDone')}
          </button>
        </>
      ) : null}
      {step.kind === 'on' ? (
        <>
          <p>{t('account.twoFactorOn', { count: step.left })}</p>
          <button
            type="button"
            class="button"
            onClick={() => {
              reset();
              setStep({ kind: 'disable', left: step.left });
            }}
          >
            {t('account.twoFactorDisable')}
          </button>
        </>
      ) : null}
      {step.kind === 'disable' ? (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await turnOffTwoFactor(password, code.trim());
              reset();
              setStatus(t('account.twoFactorDisabled'));
              setStep({ kind: 'off' });
            } catch (err) {
              setError(offError(err));
            }
          }}
        >
          <p>{t('account.twoFactorDisableText')}</p>
          {passwordField}
          {codeField(t('account.codeHint'))}
          {errorSlot}
          <button type="submit" class="button button-danger">
            {t('account.twoFactorDisable')}
          </button>{' '}
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              reset();
              setStep({ kind: 'on', left: step.left });
            }}
          >
            {t('account.cancel')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
