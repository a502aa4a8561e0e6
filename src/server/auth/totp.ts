/**
 * Time-based one-time passwords (RFC 6238, HOTP of RFC 4226 underneath) with Node's crypto: HMAC-SHA-1,
 * 6 digits, 30-second steps, what every authenticator app expects. A code is accepted for the step
 * before and after the current one too (a phone clock a little off), and the caller records the step it
 * matched so the same code is never good twice. Recovery codes are 10 random characters, stored only as
 * SHA-256 hashes (they carry 50 bits, too many to guess, so a slow hash adds nothing).
 */
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { safeEqual } from './tokens.ts';

export const STEP_SECONDS = 30;
export const DIGITS = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 bits, the size RFC 4226 recommends, in base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The HOTP value of one counter (RFC 4226 §5.3), `digits` long. */
export function hotp(key: Uint8Array, counter: number, digits = DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / STEP_SECONDS);
}

/** The step whose code this is (the current one, or one either side), or null. */
export function matchTotp(secret: string, code: string, nowMs: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const key = base32Decode(secret);
  const now = stepAt(nowMs);
  for (const step of [now, now - 1, now + 1]) if (safeEqual(hotp(key, step), code)) return step;
  return null;
}

/** The address an authenticator app reads (as a QR code or typed): otpauth://totp/Issuer:account?… */
export function otpauthUri(secret: string, account: string, issuer = 'BackEase'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(DIGITS),
    period: String(STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query}`;
}

/** Ten recovery codes like `K7QM2-XW4PA`, each usable once instead of a code from the app. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(32)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Whether a typed code looks like a recovery code (case, spaces and the dash do not matter). */
export function isRecoveryCode(code: string): boolean {
  return /^[A-Z2-7]{10}$/.test(code.toUpperCase().replace(/[\s-]/g, ''));
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(code.toUpperCase().replace(/[\s-]/g, '')).digest('hex');
}
