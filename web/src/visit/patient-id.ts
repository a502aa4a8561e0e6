/**
 * The pseudonymous FHIR Patient id of this device: a random UUID made on first use and kept in the
 * diary's IndexedDB, so every export from this phone names the same Patient (a receiving system can
 * recognise a re-import) while carrying nothing about the person. Removing the diary from the phone
 * (sign-out, "Remove my diary") forgets it, so the next person on a shared phone gets a new one.
 */
import { getMeta, setMeta } from '../diary/diary-db.ts';

const KEY = 'fhirPatientId';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function devicePatientId(): Promise<string> {
  const saved = await getMeta<string>(KEY);
  if (typeof saved === 'string' && UUID.test(saved)) return saved;
  const id = crypto.randomUUID();
  await setMeta(KEY, id);
  return id;
}
