import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate.ts';

const SUPPORTED = ['en', 'es', 'ar'];

describe('negotiateLanguage', () => {
  it('takes ?lang= before the header', () => {
    expect(negotiateLanguage(SUPPORTED, 'es', 'ar')).toBe('es');
  });
  it('follows Accept-Language by quality, then by order', () => {
    expect(negotiateLanguage(SUPPORTED, undefined, 'fr-FR, ar;q=0.8, es;q=0.9')).toBe('es');
    expect(negotiateLanguage(SUPPORTED, undefined, 'ar-EG, es')).toBe('ar');
  });
  it('falls back to English for unknown or refused languages', () => {
    expect(negotiateLanguage(SUPPORTED, 'xx', 'de, es;q=0')).toBe('en');
    expect(negotiateLanguage(SUPPORTED, undefined, undefined)).toBe('en');
    expect(negotiateLanguage(SUPPORTED, undefined, '*')).toBe('en');
  });
});
