/**
 * The parser with the Spanish lexicon, one block per handling family of issue 11: negation and its
 * scope, the warning sign stated with a negation word, hedges, time, numbers, medicines by brand, and
 * other people. Lay and clinical wording, Spain and Mexico.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string, today?: string) => {
  const out = parseStory({ text, ...(today ? { today } : {}) }, 'es');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Spanish: negation and its scope', () => {
  it('denies what follows "no", "sin", "nunca", "ni" and "niega"', () => {
    expect(state('No tengo fiebre.', 'fever')).toBe('absent');
    expect(state('Sin hormigueo en las piernas.', 'numbness_both_legs')).toBe('absent');
    expect(state('Nunca he tenido cáncer.', 'history_cancer')).toBe('absent');
    const both = read('No tengo fiebre ni escalofríos.');
    expect(both.get('fever')?.state).toBe('absent');
    expect(both.get('chills_rigors')?.state).toBe('absent');
    expect(state('Niega fiebre.', 'fever')).toBe('absent');
  });

  it('ends the scope at "pero" and at a new clause', () => {
    const r = read('No tengo fiebre, pero me duele mucho la espalda.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(state('Sin fiebre y me duele la espalda.', 'pain_lower_back')).toBe('present');
  });

  it('reads a plain statement of normality as a denial', () => {
    expect(state('Orino normal.', 'urinary_retention')).toBe('absent');
    expect(state('Las piernas están bien.', 'numbness_both_legs')).toBe('absent');
  });

  it('does not deny inside pseudo-negations such as "no solo" and "no me deja dormir"', () => {
    expect(state('No solo me duele la espalda, también la nalga.', 'pain_lower_back')).toBe('present');
    expect(state('El dolor no me deja dormir.', 'night_pain')).toBe('present');
    expect(state('He perdido 6 kilos sin proponérmelo y estoy agotado.', 'fatigue_unusual')).toBe('present');
  });

  it('starts no list at a complaint put as a "no", and stops at ", con"', () => {
    const r = read('No como mucho, vómitos, fiebre desde ayer.');
    expect(r.get('nausea_vomiting')?.state).toBe('present');
    expect(r.get('fever')?.state).toBe('present');
    expect(state('No duermo bien, fiebre y escalofríos.', 'chills_rigors')).toBe('present');
    expect(state('No me encuentro bien, fiebre y vómitos.', 'fever')).toBe('present');
    const con = read('Sin fiebre, con vómitos.');
    expect(con.get('fever')?.state).toBe('absent');
    expect(con.get('nausea_vomiting')?.state).toBe('present');
    expect(state('No tengo fiebre, escalofríos ni vómitos.', 'nausea_vomiting')).toBe('absent');
  });

  it('reads "no puedo orinar" as a warning sign present, not a denial', () => {
    expect(state('Desde esta mañana no puedo orinar.', 'urinary_retention')).toBe('present');
    expect(state('Me hice pis encima sin darme cuenta.', 'incontinence')).toBe('present');
  });
});

describe('Spanish: hedges', () => {
  it('makes a hedged finding unknown, never absent', () => {
    expect(state('Quizás tengo algo de fiebre.', 'fever')).toBe('unknown');
    expect(state('Creo que tengo fiebre.', 'fever')).toBe('unknown');
    expect(state('No estoy segura de si tengo fiebre.', 'fever')).toBe('unknown');
    expect(state('No me he tomado la temperatura.', 'fever')).toBe('unknown');
  });
});

describe('Spanish: time', () => {
  it('reads "hace tres semanas", "desde hace un mes", "ayer" and clinical "de evolución"', () => {
    expect(read('Me duele la espalda desde hace tres semanas.').get('duration_days')?.value).toBe(21);
    expect(read('Me empezó a doler la espalda hace tres semanas.').get('duration_days')?.value).toBe(21);
    expect(read('Ayer me dio un tirón en la espalda.').get('duration_days')?.value).toBe(1);
    expect(read('Lumbalgia de 3 días de evolución.').get('duration_days')?.value).toBe(3);
  });

  it('places "desde el martes" only with today’s date', () => {
    expect(read('Me duele la espalda desde el martes.').get('duration_days')).toBeUndefined();
    // 2026-12-03 is a Thursday: since Tuesday is two days.
    expect(read('Me duele la espalda desde el martes.', '2026-12-03').get('duration_days')?.value).toBe(2);
  });

  it('does not take an age for a duration', () => {
    expect(read('Tengo 34 años y me duele la espalda desde ayer.').get('duration_days')?.value).toBe(1);
  });
});

describe('Spanish: numbers', () => {
  it('reads "7/10", "siete de diez", "un 8" and "EVA 6"', () => {
    const score = (text: string) => read(text).get('pain_severity')?.value;
    expect(score('Me duele la espalda, un 7/10.')).toBe(7);
    expect(score('El dolor es un siete de diez.')).toBe(7);
    expect(score('Me duele la espalda, es un 8.')).toBe(8);
    expect(score('Lumbalgia, EVA 6.')).toBe(6);
  });

  it('reads a temperature with a decimal comma as a fever', () => {
    expect(state('Tengo 38,8 de fiebre.', 'fever')).toBe('present');
    expect(state('Temperatura 36,5.', 'fever')).toBe('absent');
  });
});

describe('Spanish: medicines by generic and brand name', () => {
  it.each([
    ['Tomo ibuprofeno.', 'med_nsaid'],
    ['Tomo Nurofen.', 'med_nsaid'],
    ['Me tomé un Advil.', 'med_nsaid'],
    ['Tomo naproxeno (Flanax).', 'med_nsaid'],
    ['Tomo warfarina.', 'med_anticoagulant'],
    ['Tomo Aldocumar.', 'med_anticoagulant'],
    ['Estoy con Sintrom.', 'med_anticoagulant'],
    ['Tomo apixabán.', 'med_anticoagulant'],
    ['Tomo Eliquis.', 'med_anticoagulant'],
    ['Tomo paracetamol.', 'med_paracetamol'],
    ['Me tomé un Tylenol.', 'med_paracetamol'],
    ['Tomo acetaminofén.', 'med_paracetamol'],
    ['Tomo Gelocatil.', 'med_paracetamol'],
  ])('reads "%s" as %s', (text, id) => {
    expect(state(text, id)).toBe('present');
  });

  it('does not read an anti-inflammatory gel as a tablet', () => {
    expect(state('Me pongo ibuprofeno en gel.', 'med_nsaid')).toBeUndefined();
  });
});

describe('Spanish: other people', () => {
  it('leaves out what a relative has', () => {
    const r = read('Mi madre tuvo cáncer de mama. Me duele la espalda.');
    expect(r.get('history_cancer')).toBeUndefined();
    expect(r.get('pain_lower_back')?.state).toBe('present');
    const father = read('A mi padre le duele la espalda. Yo tengo fiebre.');
    expect(father.get('pain_lower_back')).toBeUndefined();
    expect(father.get('fever')?.state).toBe('present');
  });

  it('reads a story told for someone else as theirs', () => {
    expect(state('Escribo por mi padre: le duele la espalda desde ayer.', 'pain_lower_back')).toBe('present');
  });

  it('keeps the teller’s own words after a relative’s clause', () => {
    const r = read('Mi madre tiene diabetes y yo tengo fiebre.');
    expect(r.get('diabetes')).toBeUndefined();
    expect(r.get('fever')?.state).toBe('present');
  });
});
