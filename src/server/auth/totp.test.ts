import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  isRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  recoveryCodeHash,
  stepAt,
} from './totp.ts';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890", 8-digit codes.
const SEED = Buffer.from('12345678901234567890');
const VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1_111_111_109, '07081804'],
  [1_111_111_111, '14050471'],
  [1_234_567_890, '89005924'],
  [2_000_000_000, '69279037'],
  [20_000_000_000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('gives the RFC’s code at %i s', (seconds, code) => {
    expect(hotp(SEED, stepAt(seconds * 1000), 8)).toBe(code);
  });

  it('RFC 4226 Appendix D: the HOTP values of counters 0 to 9', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, i) => hotp(SEED, i))).toEqual(expected);
  });

  it('round-trips base32, and a new secret is 160 bits', () => {
    expect(base32Encode(SEED)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(SEED);
    expect(base32Decode(newTotpSecret())).toHaveLength(20);
    expect(() => base32Decode('not base 32!')).toThrow();
  });

  it('matches the current step and one either side, and nothing further or malformed', () => {
    const secret = base32Encode(SEED);
    const now = 1_111_111_111_000;
    const step = stepAt(now);
    const code = (s: number) => hotp(SEED, s);
    expect(matchTotp(secret, code(step), now)).toBe(step);
    expect(matchTotp(secret, code(step - 1), now)).toBe(step - 1);
    expect(matchTotp(secret, code(step + 1), now)).toBe(step + 1);
    expect(matchTotp(secret, code(step - 2), now)).toBeNull();
    expect(matchTotp(secret, code(step + 2), now)).toBeNull();
    expect(matchTotp(secret, `${code(step)}0`, now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });

  it('writes the otpauth address authenticator apps read', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'me+x@example.test')).toBe(
      'otpauth://totp/BackEase:me%2Bx%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=BackEase&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('makes ten distinct recovery codes and hashes them however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
      expect(isRecoveryCode(c)).toBe(true);
      expect(recoveryCodeHash(c.toLowerCase().replace('-', ' '))).toBe(recoveryCodeHash(c));
    }
    expect(isRecoveryCode('123456')).toBe(false);
    expect(recoveryCodeHash(codes[0] as string)).not.toBe(recoveryCodeHash(codes[1] as string));
  });
});
