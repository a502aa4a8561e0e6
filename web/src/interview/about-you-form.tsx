import { useState } from 'preact/hooks';
import type { Sex } from '../../../src/contract/ids.ts';
import { ScreenHeading } from '../components/heading.tsx';
import { t } from '../i18n/i18n.ts';

/** The start of the check: the two facts the engine needs before any question (age and sex). */
export function AboutYouForm(props: {
  initial: { age: number | null; sex: Sex | null };
  onDone: (age: number, sex: Sex) => void;
}) {
  const [age, setAge] = useState(props.initial.age === null ? '' : String(props.initial.age));
  const [sex, setSex] = useState<Sex | null>(props.initial.sex);
  const [errors, setErrors] = useState<{ age?: string; sex?: string }>({});

  const submit = (e: Event) => {
    e.preventDefault();
    const n = Number(age);
    const next: { age?: string; sex?: string } = {};
    if (age.trim() === '' || !Number.isInteger(n) || n < 0 || n > 120) next.age = t('about.ageError');
    if (!sex) next.sex = t('about.sexError');
    setErrors(next);
    if (!next.age && !next.sex && sex) props.onDone(n, sex);
  };

  const errorList = [errors.age, errors.sex].filter(Boolean);
  return (
    <form class="screen" onSubmit={submit} noValidate>
      <ScreenHeading focusKey="about">{t('about.title')}</ScreenHeading>
      <p>{t('about.lead')}</p>
      <div role="alert" class="error-summary-slot">
        {errorList.length > 0 ? (
          <div class="error-summary">
            <p>{t('form.fixErrors')}</p>
            <ul>
              {errorList.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div class="field">
        <label for="age">{t('about.age')}</label>
        <input
          id="age"
          name="age"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          pattern="[0-9]*"
          class="input-short"
          value={age}
          aria-invalid={errors.age ? 'true' : undefined}
          aria-describedby={errors.age ? 'age-error' : undefined}
          onInput={(e) => setAge((e.target as HTMLInputElement).value)}
        />
        {errors.age ? (
          <p id="age-error" class="field-error">
            {errors.age}
          </p>
        ) : null}
      </div>
      <fieldset class="field" aria-describedby={`sex-hint${errors.sex ? ' sex-error' : ''}`}>
        <legend>{t('about.sex')}</legend>
        <p id="sex-hint" class="hint">
          {t('about.sexHint')}
        </p>
        {(['female', 'male'] as const).map((s) => (
          <label key={s} class="choice">
            <input type="radio" name="sex" value={s} checked={sex === s} onChange={() => setSex(s)} />
            <span>{t(`about.sex.${s}`)}</span>
          </label>
        ))}
        {errors.sex ? (
          <p id="sex-error" class="field-error">
            {errors.sex}
          </p>
        ) : null}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button button-primary">
          {t('form.continue')}
        </button>
      </div>
    </form>
  );
}
