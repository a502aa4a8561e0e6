import { currentLanguage, LANGUAGES, languageName, setLanguage, t } from '../i18n/i18n.ts';
import { saveLanguage, usePrefs } from '../prefs.ts';

/**
 * Switches the whole app's language at once: the words load first, then the choice is remembered on
 * this device (and sent to the account, prefs-sync-runner.ts), which redraws every screen. Screens keep
 * their state, so a check half answered stays as it was, in the new language.
 */
export async function chooseLanguage(lang: string): Promise<void> {
  await setLanguage(lang);
  saveLanguage(lang);
}

/** The language picker: each language named in itself ("Español", "العربية"), so anyone can find theirs. */
export function LanguageSelect({
  id,
  label,
  class: className,
}: {
  id: string;
  label: boolean;
  class?: string;
}) {
  usePrefs();
  return (
    <div class={className}>
      <label for={id} class={label ? undefined : 'visually-hidden'}>
        {t('settings.language')}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(e) => void chooseLanguage((e.target as HTMLSelectElement).value)}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </div>
  );
}
