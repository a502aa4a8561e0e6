import { ScreenHeading } from '../components/heading.tsx';
import { LanguageSelect } from '../components/language-switch.tsx';
import { currentLanguage, reviewState, setArabicDigits, t } from '../i18n/i18n.ts';
import { getDigits, setDigits, usePrefs } from '../prefs.ts';
import { CountrySelect } from './country-select.tsx';

/** Language and country (for the emergency number), remembered on this device and synced with the account. */
export function SettingsScreen() {
  usePrefs();
  return (
    <div class="screen">
      <ScreenHeading focusKey="settings">{t('settings.title')}</ScreenHeading>
      <CountrySelect id="settings-country" />
      <LanguageSelect id="settings-language" label class="field" />
      <p class="hint">{t('settings.languageSynced')}</p>
      {currentLanguage() === 'ar' ? (
        <fieldset class="field">
          <legend>{t('settings.digits')}</legend>
          {(['latn', 'arab'] as const).map((d) => (
            <label class="choice" key={d}>
              <input
                type="radio"
                name="digits"
                value={d}
                checked={(getDigits() ?? 'latn') === d}
                onChange={() => {
                  setArabicDigits(d === 'arab');
                  setDigits(d);
                }}
              />
              <span>{t(d === 'arab' ? 'settings.digitsArab' : 'settings.digitsLatn')}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {reviewState() === 'machine' ? (
        <p class="translation-state">{t('settings.translationMachine')}</p>
      ) : null}
      {reviewState() === 'reviewed' ? (
        <p class="translation-state">{t('settings.translationReviewed')}</p>
      ) : null}
    </div>
  );
}
