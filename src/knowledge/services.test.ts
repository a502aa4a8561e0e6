import { describe, expect, it } from 'vitest';
import { SERVICE_SOURCES } from './service-sources.ts';
import {
  COUNTRIES,
  type Contact,
  DEFAULT_SERVICES,
  emergencyNumbers,
  guessCountry,
  SERVICES,
  servicesFor,
  telHref,
} from './services.ts';

/** The countries of the table in research/services-and-standards.md §1. */
const RESEARCHED = [
  'GB',
  'IE',
  'US',
  'CA',
  'AU',
  'DE',
  'FR',
  'ES',
  'MX',
  'AR',
  'CO',
  'EG',
  'SA',
  'AE',
  'MA',
  'JO',
];

const contacts = (): [string, string, Contact][] =>
  Object.entries(SERVICES).flatMap(([country, s]) => [
    ...s.emergency.map((c): [string, string, Contact] => [country, 'emergency', c]),
    ...(s.urgentLine ? [[country, 'urgentLine', s.urgentLine] as [string, string, Contact]] : []),
    ...(s.maternity?.kind === 'line'
      ? [[country, 'maternity', s.maternity] as [string, string, Contact]]
      : []),
  ]);

describe('services by country', () => {
  it('covers every country of the research table, with the EU 112 for the rest', () => {
    for (const c of RESEARCHED) expect(COUNTRIES).toContain(c);
    expect(servicesFor('XX')).toBe(DEFAULT_SERVICES);
    expect(servicesFor(null).emergency.map((c) => [c.number, c.sources])).toEqual([['112', ['EU1']]]);
  });

  it('cites a listed source for every contact, or says why it is an estimate', () => {
    for (const [country, kind, c] of contacts()) {
      const where = `${country} ${kind} ${c.number}`;
      for (const tag of c.sources)
        expect(SERVICE_SOURCES[tag], `${where}: [${tag}] is not listed`).toBeDefined();
      if (c.sources.length === 0)
        expect(c.estimate, `${where} has no source and is not an estimate`).toBeTruthy();
      expect(c.number, where).toMatch(/^[0-9][0-9 ]*[0-9]$/);
    }
    for (const [country, s] of Object.entries(SERVICES)) {
      if (s.maternity?.kind === 'unit') expect(s.maternity.sources.length, country).toBeGreaterThan(0);
    }
    for (const url of Object.values(SERVICE_SOURCES)) expect(url).toMatch(/^https?:\/\//);
  });

  it('gives the researched countries their researched numbers', () => {
    expect(emergencyNumbers('GB')).toEqual(['999', '112']);
    expect(servicesFor('GB').emergency[1]?.estimate).toBeTruthy();
    expect(emergencyNumbers('IE')).toEqual(['112', '999']);
    expect(emergencyNumbers('US')).toEqual(['911']);
    expect(emergencyNumbers('AU')[0]).toBe('000');
    expect(emergencyNumbers('FR')[0]).toBe('15');
    expect(emergencyNumbers('SA')[0]).toBe('997');
    expect(emergencyNumbers('AE')[0]).toBe('998');
    expect(emergencyNumbers('CO')).toEqual(['123']);
    expect(emergencyNumbers('EG')).toEqual(['123']);
    expect(emergencyNumbers('JO')).toEqual(['911']);
    expect(emergencyNumbers('MX')).toEqual(['911']);
    // Sources disagree for Morocco: shown, marked as an estimate.
    expect(servicesFor('MA').emergency[0]?.estimate).toBeTruthy();
  });

  it('has an urgent advice line only where the research found one', () => {
    const withLine = Object.entries(SERVICES)
      .filter(([, s]) => s.urgentLine)
      .map(([c]) => c)
      .sort();
    expect(withLine).toEqual(['AE', 'AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'SA']);
    expect(servicesFor('GB').urgentLine?.number).toBe('111');
    expect(servicesFor('DE').urgentLine?.number).toBe('116 117');
    // Northern Ireland has no general 111: the GB line is regional.
    expect(servicesFor('GB').urgentLine?.regional).toBe(true);
    expect(servicesFor('US').urgentLine).toBeUndefined();
  });

  it('has a maternity route only where the research found one', () => {
    expect(servicesFor('GB').maternity?.kind).toBe('unit');
    expect(servicesFor('AU').maternity).toMatchObject({ kind: 'line', number: '1800 882 436' });
    const mx = servicesFor('MX').maternity;
    expect(mx?.kind === 'line' && mx.estimate).toBeTruthy();
    expect(servicesFor('US').maternity).toBeUndefined();
  });

  it('dials without the spaces', () => {
    expect(telHref('1800 022 222')).toBe('tel:1800022222');
    expect(telHref('999')).toBe('tel:999');
  });

  it('guesses the country from the language tag', () => {
    expect(guessCountry(['en-GB', 'en'])).toBe('GB');
    expect(guessCountry(['es-MX'])).toBe('MX');
    expect(guessCountry(['en'])).toBeNull();
  });
});
