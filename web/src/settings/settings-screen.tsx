import { ScreenHeading } from '../components/heading.tsx';
import { currentLanguage, LANGUAGES, languageName, setLanguage, t } from '../i18n/i18n.ts';
import { saveLanguage, usePrefs } from '../prefs.ts';
import { CountrySelect } from './country-select.tsx';

/** Language and country (for the emergency number), both remembered on this device. */
export function SettingsScreen() {
  usePrefs();
  return (
    <div class="screen">
      <ScreenHeading focusKey="settings">{t('settings.title')}</ScreenHeading>
      <CountrySelect id="settings-country" />
      <div class="field">
        <label for="settings-language">{t('settings.language')}</label>
        <select
          id="settings-language"
          value={currentLanguage()}
          onChange={async (e) => {
            const lang = (e.target as HTMLSelectElement).value;
            await setLanguage(lang);
            saveLanguage(lang);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
