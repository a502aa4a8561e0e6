/**
 * A stand-in knowledge base for developing the web app before src/knowledge is filled in. Generated from
 * the contract so it passes loadKnowledge; its clinical content is placeholder text, never shipped:
 * vite.config.ts aliases it in only when BACKEASE_KB_FIXTURE=1.
 */
import findingsJson from '../../contract/findings.json' with { type: 'json' };
import { CAUSE_IDS } from '../../src/contract/ids.ts';
import { type LoadedKnowledge, loadKnowledge } from '../../src/knowledge/load.ts';
import type { Knowledge, QuestionSpec } from '../../src/knowledge/types.ts';

const S = ['R1'];
const findings = findingsJson.groups.flatMap((g) =>
  g.findings.map((f) => ({ id: f.id, text: f.meaning, why: `Asked because: ${g.group}.`, label: f.meaning })),
);
const questions: QuestionSpec[] = [
  {
    id: 'red_flags_nerves',
    type: 'multiple',
    text: 'Since the pain started, have you noticed any of these?',
    why: 'These can mean pressure on the nerves at the base of the spine, which needs treatment within hours.',
    items: ['saddle_numbness', 'urinary_retention', 'incontinence', 'weakness_both_legs'],
    phase: 'safety',
    order: 1,
  },
  {
    id: 'pain_severity',
    type: 'number',
    text: 'How bad is the pain right now?',
    why: 'It tells us how much help you need.',
    items: ['pain_severity'],
    phase: 'safety',
    order: 2,
  },
  {
    id: 'duration_days',
    type: 'number',
    text: 'How long has it lasted?',
    why: 'Most spasms settle in weeks.',
    items: ['duration_days'],
    phase: 'safety',
    order: 3,
  },
  {
    id: 'fever',
    type: 'single',
    text: 'Do you have a high temperature?',
    why: 'Fever with back pain can mean infection.',
    items: ['fever'],
    phase: 'safety',
    order: 4,
  },
  ...findingsJson.groups.map((g, i) => ({
    id: `group_${i}`,
    type: 'multiple' as const,
    text: `Which of these apply (${g.group})?`,
    why: `Helps tell causes apart (${g.group}).`,
    items: g.findings
      .filter(
        (f) =>
          f.kind === 'boolean' &&
          !['saddle_numbness', 'urinary_retention', 'incontinence', 'weakness_both_legs', 'fever'].includes(f.id),
      )
      .map((f) => f.id),
    phase: 'causes' as const,
    order: 10 + i,
  })),
];
const timer = {
  steps: [
    { label: 'Heat', seconds: 20 * 60, instruction: 'Put a warm (not hot) pack on the sore muscle.' },
    { label: 'Cold', seconds: 10 * 60, instruction: 'Wrap the cold pack in a cloth; never put ice on bare skin.' },
  ],
  warnBeforeEndSeconds: 60,
  safety: ['Never use heat or cold while drowsy or going to sleep.', 'Check your skin every few minutes.'],
};
const kb: Knowledge = {
  version: 'fixture',
  sources: [{ id: 'R1', title: 'NICE NG59 Low back pain and sciatica', urls: ['https://www.nice.org.uk/guidance/ng59'] }],
  findings,
  questions,
  triageRules: [
    { id: 'cauda_equina', level: 'emergency', when: { any: [{ present: 'saddle_numbness' }, { present: 'urinary_retention' }] }, text: 'Numbness around the bottom or trouble peeing can mean pressure on the spinal nerves.', sources: S },
    { id: 'fever_back', level: 'urgent', when: { present: 'fever' }, text: 'Back pain with a fever can be an infection.', sources: S },
  ],
  causes: CAUSE_IDS.map((id) => ({
    id,
    summary: `Summary of ${id}.`,
    prior: { base: id === 'muscle_strain' ? 0.5 : 0.02, sources: S },
    ratios:
      id === 'muscle_strain'
        ? [{ finding: 'onset_lifting_twisting', present: 4, absent: 0.6, sources: S }, { finding: 'muscle_knot_tight', present: 3, absent: 0.7, sources: S }]
        : id === 'cauda_equina'
          ? [{ finding: 'saddle_numbness', present: 50, absent: 0.5, sources: S }]
          : [{ finding: 'fever', present: 2, absent: 0.9, sources: S }],
  })),
  advice: [
    { id: 'stay_active', kind: 'action', title: 'Keep moving gently', text: 'Stay as active as you can.', grade: 'supported', sources: S },
    { id: 'heat_then_cold', kind: 'remedy', title: 'Heat, then cold', text: 'Heat for 20 minutes, then a wrapped cold pack.', grade: 'weak', gradeNote: 'Small trials.', sources: S, timer },
    { id: 'gentle_stretch', kind: 'remedy', title: 'Gentle stretches', text: 'Knee to chest, slowly.', grade: 'weak', sources: S, timer: { steps: [{ label: 'Knee to chest', seconds: 30, instruction: 'Lie on your back and hug one knee.' }, { label: 'Rest', seconds: 15, instruction: 'Relax.' }], warnBeforeEndSeconds: 5, safety: ['Stop if the pain spreads down a leg.'] } },
    { id: 'nsaid', kind: 'medicine', title: 'Ibuprofen', text: 'Take ibuprofen with food.', grade: 'supported', sources: S },
  ],
  seedClaims: [
    { id: 'seed_heat', section: 'home_remedies', claim: 'Heat relaxes the muscle.', grade: 'weak', verdict: 'Heat may ease pain a little.', sources: S, adviceIds: ['heat_then_cold'] },
  ],
  safetyRules: [
    { id: 'anticoag_nsaid', when: { present: 'med_anticoagulant' }, withhold: ['nsaid'], why: 'Ibuprofen with a blood thinner raises bleeding risk.', sources: S },
    { id: 'numb_feet_heat', when: { present: 'numb_feet_neuropathy' }, caution: { items: ['heat_then_cold'], text: 'You may not feel a burn.' }, why: 'Numb skin does not feel burns.', sources: S },
    { id: 'relaxant_driving', when: { present: 'med_muscle_relaxant' }, warning: 'Do not drive or drink alcohol on muscle relaxants.', why: 'They cause drowsiness.', sources: S },
  ],
  safetyNet: [
    { text: 'Numbness around your bottom or genitals, or trouble peeing', level: 'emergency', sources: S },
    { text: 'A high temperature', level: 'urgent', sources: S },
  ],
};

const loaded = loadKnowledge(kb);
if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));

export const knowledgeData = kb;
export const KNOWLEDGE_VERSION = kb.version;
export function getKnowledge(): LoadedKnowledge {
  return (loaded as { ok: true; value: LoadedKnowledge }).value;
}
