/**
 * Emergency numbers by country (ISO 3166 alpha-2). The first number is the one we show on the call
 * button; others also work. Any country not listed gets 112, which most mobile networks in the world
 * route to emergency services. Country names come from Intl.DisplayNames, so they are translated free.
 */
export const EMERGENCY_NUMBERS: Readonly<Record<string, readonly string[]>> = {
  GB: ['999', '112'],
  IE: ['112', '999'],
  US: ['911'],
  CA: ['911'],
  AU: ['000', '112'],
  NZ: ['111'],
  IN: ['112'],
  ZA: ['112', '10177'],
  DE: ['112'],
  FR: ['112', '15'],
  ES: ['112'],
  IT: ['112'],
  NL: ['112'],
  BE: ['112'],
  PT: ['112'],
  AT: ['112'],
  CH: ['112', '144'],
  SE: ['112'],
  NO: ['113', '112'],
  DK: ['112'],
  FI: ['112'],
  PL: ['112', '999'],
};

export const DEFAULT_NUMBERS: readonly string[] = ['112'];

export function emergencyNumbers(country: string | null): readonly string[] {
  return (country && EMERGENCY_NUMBERS[country]) || DEFAULT_NUMBERS;
}

/** Guesses the country from the browser's language tags (en-GB → GB); null when none is known. */
export function guessCountry(languages: readonly string[]): string | null {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (region && EMERGENCY_NUMBERS[region]) return region;
  }
  return null;
}

export const COUNTRIES: readonly string[] = Object.keys(EMERGENCY_NUMBERS);
