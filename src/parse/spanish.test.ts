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

  it('reads "descartados" of a list, "negativa" of what stands before it, and no "bien" past a comma', () => {
    expect(state('Fiebre y escalofríos descartados.', 'chills_rigors')).toBe('absent');
    expect(state('Fiebre negativa.', 'fever')).toBe('absent');
    expect(state('Tengo las piernas débiles, lo demás bien.', 'weakness_both_legs')).toBe('present');
  });

  it('ends a denial at what a note reports after a comma: "niega fiebre, refiere retención urinaria"', () => {
    expect(state('Niega fiebre, refiere retención urinaria.', 'urinary_retention')).toBe('present');
    expect(state('No refiere fiebre.', 'fever')).toBe('absent');
  });

  it('reads a condition imagined as not had: "si tuviera fiebre iría a urgencias"', () => {
    expect(state('Si tuviera fiebre iría a urgencias.', 'fever')).toBeUndefined();
    expect(state('Tomo Sintrom y dejé el ibuprofeno.', 'med_anticoagulant')).toBe('present');
  });

  it('takes a medicine given up as not taken now: "dejé el Sintrom"', () => {
    expect(state('Dejé el Sintrom hace un mes.', 'med_anticoagulant')).toBeUndefined();
    expect(state('Tomo ibuprofeno.', 'med_nsaid')).toBe('present');
  });

  it('reads dictation with no commas: "no tengo fiebre tengo dolor de espalda"', () => {
    const r = read('no tengo fiebre tengo dolor de espalda');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
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

describe('Spanish: warning signs said in lay words, often with their own "no"', () => {
  it('reads numbness around the bottom said as not feeling it', () => {
    expect(state('No noto el culo, lo tengo dormido.', 'saddle_numbness')).toBe('present');
    expect(state('No siento nada cuando me limpio.', 'saddle_numbness')).toBe('present');
    expect(state('Tengo la zona de entre las piernas dormida.', 'saddle_numbness')).toBe('present');
    expect(state('No tengo sensibilidad en la zona genital.', 'saddle_numbness')).toBe('present');
    expect(state('Disminución de sensibilidad perianal.', 'saddle_numbness')).toBe('present');
  });

  it('reads not peeing for hours, straining and a bladder that does not empty as retention', () => {
    expect(state('Llevo dos días sin orinar.', 'urinary_retention')).toBe('present');
    expect(state('Llevo desde ayer sin poder mear.', 'urinary_retention')).toBe('present');
    expect(state('Hace 12 horas que no meo.', 'urinary_retention')).toBe('present');
    expect(state('Apenas puedo orinar.', 'urinary_retention')).toBe('present');
    expect(state('No termino de vaciar la vejiga.', 'urinary_retention')).toBe('present');
    expect(state('Tengo la sensación de no vaciar la vejiga.', 'urinary_retention')).toBe('present');
    const strain = read('Orino poco y con mucho esfuerzo.');
    expect(strain.get('urinary_retention')?.state).toBe('present');
    expect(strain.get('burning_urination')).toBeUndefined();
  });

  it('keeps a phrase that holds its own "no" from being turned round by a "bien" after it', () => {
    expect(state('No consigo orinar bien.', 'urinary_retention')).toBe('present');
  });

  it('reads lost control of bladder or bowel, clinical and lay', () => {
    const control = read('No control de esfínteres.');
    expect(control.get('incontinence')?.state).toBe('present');
    expect(control.get('urinary_retention')).toBeUndefined();
    expect(state('Pérdida del control de esfínteres desde ayer.', 'incontinence')).toBe('present');
    expect(state('No me entero cuando se me escapa el pis.', 'incontinence')).toBe('present');
    expect(state('Se me sale la pipí sin querer.', 'incontinence')).toBe('present');
    expect(state('No me da tiempo a llegar al baño.', 'incontinence')).toBe('present');
    expect(state('No aguanto las ganas de hacer caca, se me ha escapado dos veces.', 'incontinence')).toBe(
      'present',
    );
    expect(state('Esfínteres conservados.', 'incontinence')).toBe('absent');
    expect(state('No he perdido el control de la orina.', 'incontinence')).toBe('absent');
  });

  it('reads leg weakness said as no strength, legs that give way or a foot that will not lift', () => {
    expect(state('No tengo fuerza en la pierna derecha, se me dobla.', 'weakness_one_leg')).toBe('present');
    expect(state('Refiere pérdida de fuerza en MII.', 'weakness_one_leg')).toBe('present');
    const foot = read('No puedo levantar el pie, arrastro la punta.');
    expect(foot.get('weakness_one_leg')?.state).toBe('present');
    expect(foot.get('pain_worse_movement')).toBeUndefined();
    expect(state('No me responden las piernas.', 'weakness_both_legs')).toBe('present');
    expect(state('Se me doblan las rodillas.', 'weakness_both_legs')).toBe('present');
    expect(state('La pierna no me sostiene.', 'weakness_one_leg')).toBe('present');
    expect(state('No he perdido fuerza en las piernas.', 'weakness_both_legs')).toBe('absent');
  });

  it('reads legs "going to sleep" as numbness', () => {
    expect(state('Casi no puedo andar, se me duermen las piernas.', 'numbness_both_legs')).toBe('present');
  });

  it('reads other lay complaints said with a "no"', () => {
    expect(state('No me puedo mover del dolor.', 'pain_worse_movement')).toBe('present');
    expect(state('Me aprieta el pecho cuando camino.', 'pain_chest')).toBe('present');
  });
});

describe('Spanish: scope, hedges, time, medicines and other people (found by probing)', () => {
  it('ends a denial at "solo": what follows it is had', () => {
    const r = read('No tengo dolor en el pecho, solo en la espalda.');
    expect(r.get('pain_chest')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('makes "no creo que", "igual tengo" and "¿es normal que…?" unknown, not absent, present or dropped', () => {
    expect(state('No creo que tenga fiebre.', 'fever')).toBe('unknown');
    expect(state('Igual tengo algo de fiebre.', 'fever')).toBe('unknown');
    expect(state('¿Es normal que no pueda orinar?', 'urinary_retention')).toBe('unknown');
  });

  it('does not take a clinical age for a duration, and still reads years of pain', () => {
    const note = read('Paciente de 45 años que consulta por lumbalgia de 3 días de evolución.');
    expect(note.get('duration_days')?.value).toBe(3);
    expect(read('Varón de 60 años con lumbalgia desde hace 2 semanas.').get('duration_days')?.value).toBe(14);
    expect(read('Llevo 2 años con dolor de espalda.').get('duration_days')?.value).toBe(730);
    expect(read('Tengo 3 días con dolor de espalda.').get('duration_days')?.value).toBe(3);
  });

  it('reads the sedating nerve-pain medicines, and leaves out one stopped', () => {
    expect(state('Me han recetado Lyrica.', 'med_opioid_or_sedative')).toBe('present');
    expect(state('Tomo gabapentina.', 'med_opioid_or_sedative')).toBe('present');
    expect(state('He dejado de tomar el Sintrom.', 'med_anticoagulant')).toBeUndefined();
  });

  it('leaves out what a relative cannot do', () => {
    expect(state('Mi madre no puede orinar.', 'urinary_retention')).toBeUndefined();
  });
});

describe('Spanish: "nothing but", clinical notes and look-alikes (found by probing)', () => {
  it.each([
    'No tengo nada más que dolor de espalda.',
    'No tengo otros síntomas aparte del dolor de espalda.',
    'No tengo más síntomas que el dolor de espalda.',
    'No tengo otra cosa que el dolor lumbar.',
  ])('reads the one complaint left after "nothing but" as had: %s', (text) => {
    expect(state(text, 'pain_lower_back')).toBe('present');
  });

  it('reads numbness said as "acorchada"', () => {
    expect(state('Desde anoche noto la zona del culo como acorchada.', 'saddle_numbness')).toBe('present');
  });

  it('reads clinical denials of deficits and of sphincter trouble', () => {
    const r = read('Sin déficit motor ni sensitivo.');
    expect(r.get('weakness_one_leg')?.state).toBe('absent');
    expect(r.get('numbness_one_leg')?.state).toBe('absent');
    expect(state('No refiere alteraciones esfinterianas.', 'incontinence')).toBe('absent');
  });

  it('does not take an angle on examination for a temperature', () => {
    expect(state('Lasègue positivo a 40 grados en pierna izquierda.', 'fever')).toBeUndefined();
    expect(state('Tengo 39 grados de fiebre.', 'fever')).toBe('present');
  });

  it('reads a cold, pale leg as the circulation, not as being pale and sweaty', () => {
    const r = read('Se me pone la pierna fría y pálida.');
    expect(r.get('foot_cold_pale_or_sores')?.state).toBe('present');
    expect(r.get('sweaty_clammy_pale')).toBeUndefined();
  });

  it('reads being woken at night as night pain', () => {
    expect(state('No duermo del dolor, me despierta por la noche.', 'night_pain')).toBe('present');
  });
});

describe('Spanish: spoken order, "ni" inside a phrase, plans and look-alike denials (found by probing)', () => {
  it('denies a finding said first and then "no", without reaching back along a list', () => {
    const r = read('Fiebre no, pero escalofríos sí.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('chills_rigors')?.state).toBe('present');
    expect(state('Dolor en el pecho no, pero me cuesta respirar.', 'pain_chest')).toBe('absent');
    expect(state('Fiebre no tengo.', 'fever')).toBe('absent');
    const list = read('Tengo hormigueo, fiebre no.');
    expect(list.get('fever')?.state).toBe('absent');
    expect(list.get('numbness_one_leg')?.state).not.toBe('absent');
  });

  it('reads "no puedo ni caminar" as a complaint, not a denial', () => {
    expect(state('No manches, no puedo ni caminar.', 'pain_worse_movement')).toBe('present');
  });

  it('reads "sigo sin sentir la pierna" as numbness', () => {
    expect(state('Sigo sin sentir la pierna izquierda.', 'numbness_one_leg')).toBe('present');
  });

  it('reads "no siento las piernas débiles" as no weakness, not as numb legs', () => {
    const r = read('No siento las piernas débiles.');
    expect(r.get('weakness_both_legs')?.state).toBe('absent');
    expect(r.get('numbness_both_legs')).toBeUndefined();
  });

  it('drops a plan or what a doctor said, and keeps "no sé si" a hedge', () => {
    expect(state('Si tengo fiebre voy al médico.', 'fever')).toBeUndefined();
    expect(
      state('Me dijo el médico que si no puedo orinar vaya a urgencias.', 'urinary_retention'),
    ).toBeUndefined();
    expect(state('No sé si tengo fiebre.', 'fever')).toBe('unknown');
  });

  it('reads perineal numbness in clinical words', () => {
    expect(state('Sin fiebre ni sudoración. Hipoestesia perineal.', 'saddle_numbness')).toBe('present');
  });

  it('does not deny improvement with a "bien" after "ya puedo"', () => {
    expect(state('Ya puedo orinar bien.', 'improving')).not.toBe('absent');
  });
});

describe('Spanish: allergies (found by probing)', () => {
  it('does not read a medicine someone is allergic to as taken, with "al" and "a la"', () => {
    expect(state('Soy alérgica al ibuprofeno.', 'med_nsaid')).toBeUndefined();
    expect(state('Tengo alergia a la aspirina.', 'med_nsaid')).toBeUndefined();
  });
});

describe('Spanish: bladder and saddle sensation in lay words (found by probing)', () => {
  it('reads urine that will not come, and not feeling it pass, as retention', () => {
    expect(state('No me sale la orina.', 'urinary_retention')).toBe('present');
    expect(state('No me sale el pis aunque tengo ganas.', 'urinary_retention')).toBe('present');
    expect(state('Tengo que pujar para orinar.', 'urinary_retention')).toBe('present');
    expect(state('No siento cuando orino.', 'urinary_retention')).toBe('present');
    expect(state('No siento la orina al salir.', 'urinary_retention')).toBe('present');
  });

  it('reads not telling when the bladder needs emptying as lost control', () => {
    expect(state('Ya no distingo si tengo ganas de orinar.', 'incontinence')).toBe('present');
  });

  it('reads lost feeling of the genitals or of the toilet seat as saddle numbness', () => {
    expect(state('He perdido la sensibilidad en los genitales.', 'saddle_numbness')).toBe('present');
    expect(state('Al sentarme en el váter no noto el asiento.', 'saddle_numbness')).toBe('present');
  });

  it('reads Mexican "se me entumen", a leg that will not hold, feeling feverish, a weight on the chest', () => {
    expect(state('Se me entumen las piernas.', 'numbness_both_legs')).toBe('present');
    expect(state('No me aguanta la pierna al subir escaleras.', 'weakness_one_leg')).toBe('present');
    expect(state('Me siento afiebrado.', 'fever')).toBe('present');
    expect(state('Siento un peso en el pecho.', 'pain_chest')).toBe('present');
    expect(state('Me falta el aliento.', 'breathless')).toBe('present');
  });
});

describe('Spanish: something read or heard is not had (found by probing)', () => {
  it('drops a warning sign the person read about', () => {
    expect(state('Leí que la anestesia en silla de montar es grave.', 'saddle_numbness')).toBeUndefined();
    expect(state('Dicen que la fiebre con dolor de espalda es mala señal.', 'fever')).toBeUndefined();
  });
});

describe('Spanish: a denial of background or of sleep starts no list (found by probing)', () => {
  it('does not deny the complaints after "no fumo", "sin alergias" or "no bebo"', () => {
    const smoke = read('No fumo, fiebre de 39.');
    expect(smoke.get('smoker')?.state).toBe('absent');
    expect(smoke.get('fever')?.state).toBe('present');
    const allergy = read('Sin alergias conocidas, fiebre de 39 y dolor lumbar.');
    expect(allergy.get('fever')?.state).toBe('present');
    expect(allergy.get('pain_lower_back')?.state).toBe('present');
    expect(state('No bebo alcohol, tengo fiebre.', 'alcohol_regular')).toBe('absent');
    expect(state('Sin antecedentes de cáncer.', 'history_cancer')).toBe('absent');
    expect(state('Sin alergias ni fiebre.', 'fever')).toBe('absent');
  });

  it('reads "no he dormido" and "me quedé dormido" as sleep, not as numbness', () => {
    const r = read('No he dormido nada, fiebre y escalofríos toda la noche.');
    expect(r.get('numbness_one_leg')).toBeUndefined();
    expect(r.get('fever')?.state).toBe('present');
    expect(state('Me he quedado dormido en el sofá.', 'numbness_one_leg')).toBeUndefined();
    expect(state('Se me ha dormido la pierna.', 'numbness_one_leg')).toBe('present');
  });
});

describe('Spanish: "más bien" and "lo que tengo es" end a denial (found by probing)', () => {
  it('reads what follows as had', () => {
    expect(state('No tengo fiebre, más bien escalofríos.', 'chills_rigors')).toBe('present');
    expect(state('No tengo fiebre, lo que tengo es hormigueo en el culo.', 'saddle_numbness')).toBe(
      'present',
    );
  });
});

describe('Spanish: a "no" that denies nothing after it (found by probing)', () => {
  it.each([
    ['No más me duele cuando me agacho.', 'pain_worse_movement'],
    ['No más tantito se me duerme la pierna.', 'numbness_one_leg'],
    ['No me extraña que me duela la espalda.', 'pain_lower_back'],
    ['No dejo de sentir hormigueo en el pie.', 'numbness_one_leg'],
  ])('reads "%s" as %s present', (text, id) => {
    expect(state(text, id)).toBe('present');
  });

  it('drops what is only a condition or a fear: "a no ser que", "no vaya a ser que"', () => {
    expect(state('A no ser que tenga fiebre, no voy al médico.', 'fever')).toBeUndefined();
    expect(state('No vaya a ser que sea cáncer.', 'history_cancer')).toBeUndefined();
  });
});

describe('Spanish: two negations and "no sabría decir" (found by probing)', () => {
  it('reads "no hay día que no me duela" as pain every day, and "no sabría decir si" as a hedge', () => {
    expect(state('No hay día que no me duela la espalda.', 'pain_lower_back')).toBe('present');
    expect(state('No sabría decir si tengo fiebre.', 'fever')).toBe('unknown');
  });
});

describe('Spanish: clinical notes (found by probing)', () => {
  it('reads "gestante de 24 semanas", "lumbalgia irradiada a MID", "sin clínica miccional"', () => {
    const r = read(
      'Mujer de 38 años, gestante de 24 semanas, con lumbalgia irradiada a MID, sin clínica miccional.',
    );
    expect(r.get('pregnant')?.state).toBe('present');
    expect(r.get('pregnant_over_20_weeks')?.state).toBe('present');
    expect(r.get('leg_pain_below_knee')?.state).toBe('unknown');
    expect(r.get('urinary_retention')?.state).toBe('absent');
  });

  it('reads "pérdida ponderal", "sin masas pulsátiles" and drugs "por vía parenteral"', () => {
    expect(state('Pérdida ponderal de 7 kg.', 'weight_loss_unexplained')).toBe('present');
    expect(state('Abdomen blando y depresible, no doloroso, sin masas pulsátiles.', 'pulsing_in_belly')).toBe(
      'absent',
    );
    expect(state('Usuario de drogas por vía parenteral.', 'iv_drug_use')).toBe('present');
  });
});
