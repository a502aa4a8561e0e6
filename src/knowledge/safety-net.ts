/**
 * "Get help if": the changes that should make someone on a self-care plan get help, each with the level
 * it would reach (research/clinical.md §1.2, §1.3, §1.5, §5.2). The plan shows only the items more urgent
 * than the person's current level, and only the ones that can apply to them (`showIf`).
 */
import { maybe } from './conditions.ts';
import type { SafetyNetItem } from './types.ts';

/** Shown only to someone who is or may be pregnant (a man, or a woman who said no, is not asked). */
const mayBePregnant = maybe('pregnant');

export const safetyNet: readonly SafetyNetItem[] = [
  // ── Call the emergency number or go to A&E ──────────────────────────────────────────────
  {
    id: 'saddle_numbness',
    text: 'Numbness or tingling around your genitals, bottom or inner thighs, or it feels different when you wipe after the toilet.',
    level: 'emergency',
    sources: ['R13', 'R14'],
  },
  {
    id: 'difficulty_peeing',
    text: 'New difficulty peeing, a weak stream, or you cannot pee.',
    level: 'emergency',
    sources: ['R13', 'R14'],
  },
  {
    id: 'bladder_bowel_control',
    text: 'You lose control of your bladder or bowels, or cannot tell whether your bladder is full.',
    level: 'emergency',
    sources: ['R13', 'R14'],
  },
  {
    id: 'both_legs',
    text: 'New pain, tingling, numbness or weakness in both legs, or weakness in a leg that is quickly getting worse.',
    level: 'emergency',
    sources: ['R13', 'R14', 'R104'],
  },
  {
    id: 'sexual_changes',
    text: 'New loss of feeling during sex, or new problems getting an erection or ejaculating.',
    level: 'emergency',
    sources: ['R14'],
  },
  {
    id: 'chest_pain',
    text: 'Chest pain or tightness, pain spreading to your arm or jaw, or sudden shortness of breath.',
    level: 'emergency',
    sources: ['R13', 'R83', 'R87'],
  },
  {
    id: 'sudden_pain_with_fainting',
    text: 'Sudden, severe pain in your back or tummy with dizziness, fainting, or cold, sweaty, pale skin.',
    level: 'emergency',
    sources: ['R20'],
  },
  {
    id: 'sepsis_signs',
    text: 'A high temperature or shivering together with confusion, fast breathing, fainting, or hardly peeing.',
    level: 'emergency',
    sources: ['R102', 'R21b', 'R89'],
  },
  {
    id: 'confusion',
    text: 'New confusion, or you are unusually drowsy and hard to keep awake.',
    level: 'emergency',
    sources: ['R102'],
  },
  {
    id: 'dark_urine_with_muscle_pain',
    text: 'Dark brown or cola-coloured pee with muscle pain, swelling or weakness.',
    level: 'emergency',
    sources: ['R100'],
  },
  {
    id: 'paracetamol_overdose',
    text: 'You have taken more paracetamol than the maximum dose, even if you feel well.',
    level: 'emergency',
    sources: ['R99', 'R99b'],
  },
  {
    id: 'pregnancy_bleeding',
    text: 'If you are pregnant: bleeding, fluid leaking, or regular tightenings or contractions. Phone your maternity unit now (before about 20 weeks, go to the emergency department).',
    level: 'emergency',
    sources: ['R92', 'R93'],
    showIf: mayBePregnant,
  },

  // ── Urgent: same-day GP appointment, 111, or an urgent care centre ──────────────────────
  {
    id: 'pregnancy_warning_signs',
    text: 'If you are pregnant: backache that comes and goes in waves, tummy pain, fever, burning when you pee, or pain in your side. Contact your midwife or doctor today.',
    level: 'urgent',
    sources: ['R95', 'R93'],
    showIf: mayBePregnant,
  },
  {
    id: 'fever',
    text: 'You get a high temperature, or feel hot and shivery.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'weight_loss',
    text: 'You lose weight without trying.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'lump',
    text: 'A lump or swelling appears on your back, or your back changes shape.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'not_eased_by_rest',
    text: 'The pain does not ease when you rest or lie down, or it is worse at night.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'worse_cough_sneeze',
    text: 'The pain gets worse when you cough, sneeze or poo.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'upper_back',
    text: 'The pain moves to the top of your back, between your shoulder blades.',
    level: 'urgent',
    sources: ['R13'],
  },
  {
    id: 'one_leg_weaker',
    text: 'One leg or foot gets weaker: you trip, your foot slaps down, or you cannot stand on your heel or toes.',
    level: 'urgent',
    sources: ['R13', 'R5'],
  },
  {
    id: 'kidney_infection',
    text: 'Pain in your side with burning when you pee, blood in your pee, or a high temperature.',
    level: 'urgent',
    sources: ['R21'],
  },
  {
    id: 'band_rash',
    text: 'A blistering rash appears in a band on one side of your back, chest or tummy.',
    level: 'urgent',
    sources: ['R85'],
  },
  {
    id: 'swollen_calf',
    text: 'One calf or leg becomes swollen, warm, red or painful.',
    level: 'urgent',
    sources: ['R86'],
  },

  // ── See a GP or physiotherapist in the next few days to weeks ───────────────────────────
  {
    id: 'not_better_in_weeks',
    text: 'It is not getting better after a few weeks of looking after it at home.',
    level: 'gp',
    sources: ['R13'],
  },
  {
    id: 'stops_daily_activities',
    text: 'The pain stops you doing your normal daily activities or work.',
    level: 'gp',
    sources: ['R13'],
  },
  {
    id: 'severe_or_worse',
    text: 'The pain is severe or keeps getting worse over time.',
    level: 'gp',
    sources: ['R13'],
  },
  {
    id: 'struggling_to_cope',
    text: 'You are struggling to cope, or you are very worried about the pain.',
    level: 'gp',
    sources: ['R13'],
  },
  {
    id: 'numb_leg_a_week',
    text: 'Numbness, pins and needles or weakness in one leg has not gone after a week.',
    level: 'gp',
    sources: ['R13c'],
  },
  {
    id: 'medicine_review',
    text: 'Cramps or spasms began after you started a new medicine, such as a water tablet, an asthma inhaler, a statin or a stomach-acid tablet (do not stop it on your own).',
    level: 'gp',
    sources: ['R40', 'R37'],
  },
  {
    id: 'muscle_relaxant_review',
    text: 'You are still taking a muscle relaxant after 2 weeks.',
    level: 'gp',
    sources: ['R72', 'R2'],
    showIf: maybe('med_muscle_relaxant'),
  },
  {
    id: 'recurring_worse',
    text: 'Spasms keep coming back, and each time is worse or they come more often.',
    level: 'gp',
    sources: ['R74', 'R59'],
  },
];
