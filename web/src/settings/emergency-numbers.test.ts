import { describe, expect, it } from 'vitest';
import { emergencyNumbers, guessCountry } from './emergency-numbers.ts';

describe('emergency numbers', () => {
  it('gives the national number first', () => {
    expect(emergencyNumbers('GB')[0]).toBe('999');
    expect(emergencyNumbers('US')[0]).toBe('911');
    expect(emergencyNumbers('AU')[0]).toBe('000');
    expect(emergencyNumbers('NZ')[0]).toBe('111');
    expect(emergencyNumbers('IE')).toEqual(['112', '999']);
  });

  it('falls back to 112 for an unknown or unset country', () => {
    expect(emergencyNumbers(null)).toEqual(['112']);
    expect(emergencyNumbers('XX')).toEqual(['112']);
  });

  it('guesses the country from the language tag', () => {
    expect(guessCountry(['en-GB', 'en'])).toBe('GB');
    expect(guessCountry(['en'])).toBeNull();
  });
});
