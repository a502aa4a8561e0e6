/** Test helpers for two-step sign-in: turn it on for a client, and make the app's code for a moment. */
import { expect } from 'vitest';
import { base32Decode, hotp, stepAt } from '../auth/totp.ts';
import { type Client, PASSWORD } from './harness.ts';

/** The code an authenticator app shows at `nowMs`, `offset` steps of 30 s later. */
export function codeAt(secret: string, nowMs: number, offset = 0): string {
  return hotp(base32Decode(secret), stepAt(nowMs) + offset);
}

/** Turns two-step sign-in on for the client; returns the secret and the recovery codes. */
export async function turnOnTwoFactor(
  client: Client,
  nowMs: number = Date.now(),
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.call('POST', '/api/v1/auth/two-factor/setup', { password: PASSWORD });
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret } = setup.json() as { secret: string };
  const confirm = await client.call('POST', '/api/v1/auth/two-factor/confirm', {
    code: codeAt(secret, nowMs),
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { secret, recoveryCodes: (confirm.json() as { recoveryCodes: string[] }).recoveryCodes };
}
