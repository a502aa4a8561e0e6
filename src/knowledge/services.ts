/**
 * Where to call, by country (ISO 3166 alpha-2): the emergency number, the urgent advice line where one
 * exists, and the maternity route where one was found. Data only, with the source tags of
 * research/services-and-standards.md §1 ([U1] → 'U1'; their addresses are in service-sources.ts), so a
 * number shown on a call button can be traced and re-checked before release.
 *
 * `estimate` marks a contact no source confirmed (or the sources disagree; a comment beside it says
 * which): it is shown, because a likely number beats none in an emergency, but it must be checked on an
 * official page before release.
 * `regional` marks a number that works only in some regions of the country (the research's "regional
 * variation" row). A country not listed gets the EU default, 112 [EU1], which most mobile networks
 * elsewhere also route to emergency services (unverified outside the EU).
 *
 * The words around the numbers (the buttons, "where to go") are the surfaces' own: web.json for the
 * header's call link, screens.json for the result's buttons.
 */

export interface Contact {
  /** As dialled, spaced for reading; a tel: link drops the spaces. */
  readonly number: string;
  /** Source tags of research/services-and-standards.md §1. */
  readonly sources: readonly string[];
  /** Not confirmed by a source (the comment beside it says why): to check before release. */
  readonly estimate?: true;
  /** The number works only in some regions of the country. */
  readonly regional?: true;
}

export interface CountryServices {
  /** The numbers for an ambulance, the one to show first first. */
  readonly emergency: readonly [Contact, ...Contact[]];
  /** A phone line for medical help fast when it is not an emergency (111 in the UK). */
  readonly urgentLine?: Contact;
  /**
   * Late in pregnancy: `unit` when the route is the person's own maternity unit (its number is in their
   * pregnancy notes), `line` when the country has one national line to call.
   */
  readonly maternity?:
    | { readonly kind: 'unit'; readonly sources: readonly string[] }
    | ({ readonly kind: 'line' } & Contact);
}

/** The EU's single emergency number, for any country not listed [EU1]. */
export const DEFAULT_SERVICES: CountryServices = {
  emergency: [{ number: '112', sources: ['EU1'] }],
};

const euMember: CountryServices = DEFAULT_SERVICES;

export const SERVICES: Readonly<Record<string, CountryServices>> = {
  GB: {
    emergency: [
      { number: '999', sources: ['U1'] },
      // Only a weak secondary source [U2].
      { number: '112', sources: ['U2'], estimate: true },
    ],
    // NHS 111 in England, NHS 24 on 111 in Scotland, NHS 111 Wales; Northern Ireland has no general 111
    // (GP out-of-hours instead) [U4][U5].
    urgentLine: { number: '111', sources: ['U1', 'U3', 'U4', 'U5'], regional: true },
    // The hospital's maternity triage line, from 16 or 20 weeks depending on the trust [U6][U7][U8].
    maternity: { kind: 'unit', sources: ['U6', 'U7', 'U8'] },
  },
  IE: {
    emergency: [
      { number: '112', sources: ['I1', 'I2'] },
      { number: '999', sources: ['I1', 'I2'] },
    ],
  },
  US: { emergency: [{ number: '911', sources: ['US1'] }] },
  CA: {
    emergency: [{ number: '911', sources: ['CA1'] }],
    // Provincial 811 nurse lines: BC, AB, QC, NS, PEI, Ontario; other provinces unverified.
    urgentLine: { number: '811', sources: ['CA1', 'CA2', 'CA3', 'CA4'], regional: true },
  },
  AU: {
    emergency: [
      { number: '000', sources: ['AU1'] },
      { number: '112', sources: ['AU1'] },
    ],
    // healthdirect in most states; Victoria (1300 60 60 24) and Queensland (13 43 25 84) have their own.
    urgentLine: { number: '1800 022 222', sources: ['AU2', 'AU3'], regional: true },
    // Pregnancy, Birth and Baby: a support line that passes callers who are unwell to nurse triage.
    maternity: { kind: 'line', number: '1800 882 436', sources: ['AU6'] },
  },
  DE: {
    emergency: [{ number: '112', sources: ['DE1'] }],
    urgentLine: { number: '116 117', sources: ['DE2', 'DE3'] },
  },
  FR: {
    emergency: [
      { number: '15', sources: ['FR1'] },
      { number: '112', sources: ['FR1'] },
    ],
    // Rolled out department by department; coverage varies.
    urgentLine: { number: '116 117', sources: ['FR1', 'FR2'], regional: true },
  },
  ES: {
    emergency: [{ number: '112', sources: ['ES1'] }],
    // 061 in Andalucía, Aragón, Cataluña, Baleares and Cantabria; other regions 112 or their own numbers.
    urgentLine: { number: '061', sources: ['ES2', 'ES4'], regional: true },
  },
  MX: {
    emergency: [{ number: '911', sources: ['MX1', 'MX2'] }],
    // Línea Materna: whether the "01" prefix is still dialled is unverified.
    maternity: { kind: 'line', number: '01 800 62 837 62', sources: ['MX3', 'MX4'], estimate: true },
  },
  AR: {
    // By province: 107 (SAME) in the City of Buenos Aires and some municipalities, 911 in Buenos Aires Province.
    emergency: [
      { number: '107', sources: ['AR1', 'AR2'], regional: true },
      { number: '911', sources: ['AR3'], regional: true },
    ],
  },
  CO: { emergency: [{ number: '123', sources: ['CO1', 'CO3'] }] },
  EG: { emergency: [{ number: '123', sources: ['EG1', 'EG2'] }] },
  SA: {
    emergency: [
      { number: '997', sources: ['SA1'] },
      // Unified 911 in Riyadh, Makkah, the Eastern Province and Madinah; elsewhere unverified.
      { number: '911', sources: ['SA2', 'SA3'], regional: true },
    ],
    urgentLine: { number: '937', sources: ['SA4', 'SA5'] },
  },
  AE: {
    emergency: [
      { number: '998', sources: ['AE1', 'AE3'] },
      { number: '999', sources: ['AE3'] },
    ],
    // Dubai only: information and telehealth booking.
    urgentLine: { number: '800 342', sources: ['AE5'], regional: true },
  },
  MA: {
    // The sources disagree on the ambulance number.
    emergency: [
      { number: '15', sources: ['MA1', 'MA2', 'MA4'], estimate: true },
      { number: '150', sources: ['MA1'], estimate: true },
    ],
  },
  JO: { emergency: [{ number: '911', sources: ['JO1'] }] },
  // EU members beyond the research table: 112 works in every EU state, alongside national numbers [EU1].
  AT: euMember,
  BE: euMember,
  DK: euMember,
  FI: euMember,
  IT: euMember,
  NL: euMember,
  PL: euMember,
  PT: euMember,
  SE: euMember,
  // Outside the research table and the EU: kept from the earlier list of numbers, unverified.
  CH: {
    emergency: [
      { number: '144', sources: [], estimate: true },
      { number: '112', sources: [], estimate: true },
    ],
  },
  IN: { emergency: [{ number: '112', sources: [], estimate: true }] },
  NO: {
    emergency: [
      { number: '113', sources: [], estimate: true },
      { number: '112', sources: [], estimate: true },
    ],
  },
  NZ: { emergency: [{ number: '111', sources: [], estimate: true }] },
  ZA: {
    emergency: [
      { number: '112', sources: [], estimate: true },
      { number: '10177', sources: [], estimate: true },
    ],
  },
};

/** The countries with their own entry, for a country picker. */
export const COUNTRIES: readonly string[] = Object.keys(SERVICES);

export function servicesFor(country: string | null): CountryServices {
  return (country && SERVICES[country]) || DEFAULT_SERVICES;
}

/** The emergency numbers to show, the main one first. */
export function emergencyNumbers(country: string | null): readonly string[] {
  return servicesFor(country).emergency.map((c) => c.number);
}

/** A number as a tel: address (spaces dropped). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+*#]/g, '')}`;
}

/** Guesses the country from the browser's language tags (en-GB → GB); null when none is listed. */
export function guessCountry(languages: readonly string[]): string | null {
  for (const tag of languages) {
    const region = tag.split('-')[1]?.toUpperCase();
    if (region && SERVICES[region]) return region;
  }
  return null;
}
