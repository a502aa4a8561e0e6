/**
 * The language and the country, kept on the device (prefs.ts) and in the account's profile
 * (PUT /api/v1/profile), so every device the person signs in on speaks their language and shows their
 * country's numbers. Who wins: a choice made on this device since the last sync goes to the account;
 * otherwise the account's choice comes to this device; a choice only one side has is copied to the other.
 * The rest of the profile (age, medicines, …) is the API's and is sent back unchanged.
 */
import type { ProfileChange } from '../account/api-client.ts';

export interface DevicePrefs {
  /** What the person chose on this device (null: never chose; the app follows the browser). */
  readonly language: string | null;
  readonly country: string | null;
  /** Whether either was chosen here since the last sync with the account. */
  readonly changed: boolean;
}

export interface AccountPrefs {
  readonly language: string | null;
  readonly country: string | null;
}

export interface Reconciled {
  /** What this device should now use (only the fields that change). */
  readonly apply: Partial<AccountPrefs>;
  /** What the account should now hold, or null when it already agrees. */
  readonly push: AccountPrefs | null;
}

export function reconcilePrefs(device: DevicePrefs, account: AccountPrefs): Reconciled {
  const pick = (field: keyof AccountPrefs) => {
    const here = device[field];
    const there = account[field];
    if (here !== null && (device.changed || there === null)) return here;
    return there ?? here;
  };
  const wanted: AccountPrefs = { language: pick('language'), country: pick('country') };
  const apply: Partial<{ -readonly [K in keyof AccountPrefs]: string | null }> = {};
  if (wanted.language !== device.language) apply.language = wanted.language;
  if (wanted.country !== device.country) apply.country = wanted.country;
  const agrees = wanted.language === account.language && wanted.country === account.country;
  return { apply, push: agrees ? null : wanted };
}

export interface PrefsSyncDeps {
  readonly api: { get(): Promise<ProfileChange>; put(p: ProfileChange): Promise<ProfileChange> };
  readonly device: () => DevicePrefs;
  /** Applies the account's choice on this device (without counting it as a change made here). */
  readonly apply: (prefs: Partial<AccountPrefs>) => Promise<void>;
  /** Records what the account now holds (a choice made meanwhile stays to be sent). */
  readonly markSynced: (held: AccountPrefs) => void;
}

/** One round: read the account's profile, settle who wins, write back only what changed. */
export async function syncPrefs(deps: PrefsSyncDeps): Promise<Reconciled> {
  const profile = await deps.api.get();
  const device = deps.device();
  const account = { language: profile.language ?? null, country: profile.country ?? null };
  const result = reconcilePrefs(device, account);
  if (result.push) await deps.api.put({ ...profile, ...result.push });
  if (Object.keys(result.apply).length > 0) await deps.apply(result.apply);
  deps.markSynced(result.push ?? account);
  return result;
}
