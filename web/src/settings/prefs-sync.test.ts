import { describe, expect, it } from 'vitest';
import type { ProfileBody, ProfileChange } from '../account/api-client.ts';
import { type AccountPrefs, type DevicePrefs, reconcilePrefs, syncPrefs } from './prefs-sync.ts';

const device = (language: string | null, country: string | null, changed: boolean): DevicePrefs => ({
  language,
  country,
  changed,
});
const account = (language: string | null, country: string | null): AccountPrefs => ({ language, country });

describe('language and country with the account', () => {
  it('sends a choice made on this device since the last sync, over what the account had', () => {
    expect(reconcilePrefs(device('ar', 'EG', true), account('es', 'ES'))).toEqual({
      apply: {},
      push: { language: 'ar', country: 'EG' },
    });
  });

  it("takes the account's choice on a device where nothing was chosen since", () => {
    expect(reconcilePrefs(device(null, null, false), account('es', 'MX'))).toEqual({
      apply: { language: 'es', country: 'MX' },
      push: null,
    });
    expect(reconcilePrefs(device('en', 'GB', false), account('ar', 'JO'))).toEqual({
      apply: { language: 'ar', country: 'JO' },
      push: null,
    });
  });

  it('copies a choice only one side has to the other, field by field', () => {
    expect(reconcilePrefs(device('es', null, false), account(null, 'AR'))).toEqual({
      apply: { country: 'AR' },
      push: { language: 'es', country: 'AR' },
    });
  });

  it('changes nothing when both agree, or neither has chosen', () => {
    expect(reconcilePrefs(device('es', 'ES', true), account('es', 'ES'))).toEqual({ apply: {}, push: null });
    expect(reconcilePrefs(device(null, null, false), account(null, null))).toEqual({ apply: {}, push: null });
  });

  it('keeps the rest of the profile as the account has it, and applies what the account chose', async () => {
    const stored: ProfileBody = {
      age: 61,
      sex: 'female',
      evidence: [{ id: 'med_anticoagulant', state: 'present' }],
      country: null,
      language: 'ar',
    };
    const puts: ProfileChange[] = [];
    const applied: Partial<AccountPrefs>[] = [];
    let synced: AccountPrefs | null = null;
    await syncPrefs({
      api: {
        get: async () => stored,
        put: async (p) => {
          puts.push(p);
          return p;
        },
      },
      device: () => device(null, 'SA', false),
      apply: async (p) => void applied.push(p),
      markSynced: (held) => {
        synced = held;
      },
    });
    expect(puts).toEqual([{ ...stored, country: 'SA', language: 'ar' }]);
    expect(applied).toEqual([{ language: 'ar' }]);
    expect(synced).toEqual({ language: 'ar', country: 'SA' });
  });

  it('leaves the choice marked as changed when the account cannot be reached', async () => {
    let synced = false;
    await expect(
      syncPrefs({
        api: {
          get: async () => {
            throw new Error('offline');
          },
          put: async (p) => p,
        },
        device: () => device('es', 'ES', true),
        apply: async () => undefined,
        markSynced: () => {
          synced = true;
        },
      }),
    ).rejects.toThrow('offline');
    expect(synced).toBe(false);
  });
});
