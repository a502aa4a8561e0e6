import { ScreenHeading } from '../components/heading.tsx';
import { LanguageSelect } from '../components/language-switch.tsx';
import { reviewState, t } from '../i18n/i18n.ts';
import { usePrefs } from '../prefs.ts';
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
      {reviewState() === 'machine' ? (
        <p class="translation-state">{t('settings.translationMachine')}</p>
      ) : null}
      {reviewState() === 'reviewed' ? (
        <p class="translation-state">{t('settings.translationReviewed')}</p>
      ) : null}
    </div>
  );
}
