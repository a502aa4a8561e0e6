/**
 * Where each triage level sends the person by default; some rules send people to a more specific
 * service instead. The words of each service's action are the catalog's service.<id>.action.
 */
import type { TriageLevel } from '../contract/ids.ts';
import type { CareService } from '../contract/output.ts';

export const DEFAULT_SERVICE: Readonly<Record<TriageLevel, CareService>> = {
  emergency: 'emergency_services',
  urgent: 'urgent_doctor',
  gp: 'gp',
  self_care: 'self_care',
};
