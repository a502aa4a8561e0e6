/**
 * What to do now at each triage level, in plain words with the action first, and the services some
 * rules send people to instead of the level's default. Keyed by service so clients can translate them.
 */
import type { TriageLevel } from '../contract/ids.ts';
import type { CareService } from '../contract/output.ts';

export const DEFAULT_SERVICE: Readonly<Record<TriageLevel, CareService>> = {
  emergency: 'emergency_services',
  urgent: 'urgent_doctor',
  gp: 'gp',
  self_care: 'self_care',
};

export const ACTIONS: Readonly<Record<CareService, string>> = {
  emergency_services:
    'Call the emergency number now (999 in the UK, 112 in Europe, 911 in the US) or go straight to the nearest emergency department. Do not drive yourself.',
  maternity_unit:
    'Phone your maternity unit or midwife now, day or night. If you cannot reach them, or you are bleeding heavily or in severe pain, call the emergency number.',
  urgent_doctor:
    'Get medical help today: an urgent same-day doctor appointment, a phone advice line (111 in the UK), or an urgent care centre. If it gets much worse before then, call the emergency number.',
  pharmacist: 'Speak to a pharmacist or a doctor today; treatment works best when it starts early.',
  gp: 'Book an appointment with a doctor or physiotherapist within the next few days to two weeks. Until then, follow the self-care plan.',
  self_care:
    'You can look after this at home. Follow the plan below, and get help if any of the warning signs appear.',
};

export const DISCLAIMER =
  'BackEase gives general information from published guidance, not a diagnosis. If you are worried, or things change, contact a doctor or a health advice line. In an emergency call the emergency number.';
