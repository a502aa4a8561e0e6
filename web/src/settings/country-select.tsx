import { COUNTRIES, DEFAULT_SERVICES, emergencyNumbers } from '../../../src/knowledge/services.ts';
import { currentLanguage, regionName, t } from '../i18n/i18n.ts';
import { getCountry, setCountry, usePrefs } from '../prefs.ts';

/** A country's name in the current language, from Intl (so names are translated for free). */
export const countryName = regionName;

/** Where you are, for the numbers to call (src/knowledge/services.ts). Remembered on this device. */
export function CountrySelect(props: { id: string }) {
  usePrefs();
  const country = getCountry();
  const options = [...COUNTRIES].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), currentLanguage()),
  );
  return (
    <div class="field">
      <label for={props.id}>{t('country.label')}</label>
      <select
        id={props.id}
        value={country ?? ''}
        onChange={(e) => setCountry((e.target as HTMLSelectElement).value)}
      >
        {country === null ? (
          <option value="">{t('country.other', { number: DEFAULT_SERVICES.emergency[0].number })}</option>
        ) : null}
        {options.map((c) => (
          <option key={c} value={c}>
            {countryName(c)} — {emergencyNumbers(c).join(' / ')}
          </option>
        ))}
      </select>
    </div>
  );
}
