/**
 * Spanish as people write it across dialects (Mexico, Río de la Plata, the Caribbean, the Andes, Spain),
 * informal spelling, dictation and clinical notes: each block holds a reading that was wrong before its
 * fix, and the nearby readings the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string) => {
  const out = parseStory({ text, today: '2026-12-07' }, 'es');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;

describe('Spanish dialects: a place denied, then the place meant, is a correction', () => {
  it('reads the second place as said when it opens with the same "en" and nothing joins them', () => {
    const back = read('el dolor no es en el pecho, en la espalda');
    expect(back.get('pain_chest')?.state).toBe('absent');
    expect(back.get('pain_lower_back')?.state).toBe('present');
    expect(state('sin dolor en el pecho, en la espalda', 'pain_lower_back')).toBe('present');
  });

  it('keeps a list of places joined by "ni" or "y" denied, and a list that repeats its denial', () => {
    expect(state('no tengo dolor en el pecho, en la espalda ni en las piernas', 'pain_lower_back')).toBe(
      'absent',
    );
    expect(state('no tengo fiebre, escalofríos ni vómitos', 'chills_rigors')).toBe('absent');
    expect(state('sin dolor en el pecho, sin dolor en la espalda', 'pain_lower_back')).toBe('absent');
  });
});

describe('Spanish dialects: "ni nada" closes a denied list', () => {
  it('reads what is dictated after "ni nada" as said', () => {
    const r = read('tengo dolor de espalda no tengo hormigueo ni nada tomo ibuprofeno');
    expect(r.get('med_nsaid')?.state).toBe('present');
    expect(r.get('numbness_both_legs')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('still denies the list it closes', () => {
    expect(state('no tengo fiebre, hormigueo ni nada.', 'numbness_both_legs')).toBe('absent');
    expect(state('no tengo fiebre ni nada', 'fever')).toBe('absent');
  });
});

describe('Spanish dialects: holding the pee in is incontinence, not trouble starting it', () => {
  it('reads "no puedo aguantar la orina" as incontinence only', () => {
    const r = read('no puedo aguantar la orina');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.has('urinary_retention')).toBe(false);
    expect(state('no puedo aguantarme el pis', 'urinary_retention')).toBeUndefined();
  });

  it('keeps "no puedo orinar" as trouble peeing', () => {
    expect(state('no puedo orinar', 'urinary_retention')).toBe('present');
  });
});

describe('Spanish dialects: words of the regions and of the street', () => {
  it('reads the back by its regional names', () => {
    expect(state('me duele la espaldita desde hace días', 'pain_lower_back')).toBe('present');
    expect(state('tengo un dolor en el espinazo', 'pain_lower_back')).toBe('present');
    expect(state('tengo la espalda trancada', 'muscle_knot_tight')).toBe('present');
    expect(state('me he quedado enganchada de la espalda', 'muscle_knot_tight')).toBe('present');
  });

  it('reads peeing words of Mexico, the Caribbean and Spain', () => {
    for (const text of [
      'se me hace pipí sin darme cuenta',
      'me orino en la cama desde hace dos días',
      'me he meado encima sin darme cuenta',
      'se me salen los orines sin querer',
    ])
      expect(state(text, 'incontinence'), text).toBe('present');
    expect(state('me escuece al mear', 'burning_urination')).toBe('present');
    expect(state('me duele bastante al orinar', 'burning_urination')).toBe('present');
    expect(state('me duele la espalda al orinar', 'burning_urination')).toBeUndefined();
    expect(state('estoy orinando sangre', 'blood_in_urine')).toBe('present');
    expect(state('tengo mucha sed y orino poco', 'peeing_less')).toBe('present');
  });

  it('reads medicines, conditions and accidents by their local names', () => {
    expect(state('estoy tomando diclofenac', 'med_nsaid')).toBe('present');
    expect(state('estoy tomando pastillas para el azúcar', 'diabetes')).toBe('present');
    expect(state('me pegué un castañazo con la moto', 'onset_major_trauma')).toBe('present');
  });

  it('reads how unwell, tired or shaky the person is', () => {
    expect(state('no me sube la fiebre pero me siento para el traste', 'feels_very_unwell')).toBe('present');
    expect(state('ando bien cansada', 'fatigue_unusual')).toBe('present');
    expect(state('no tengo nada de fiebre pero estoy temblando', 'chills_rigors')).toBe('present');
    expect(state('el dolor no se me va con nada', 'pain_constant_unrelenting')).toBe('present');
  });

  it("reads a clinical note's cough, weight loss and constitutional syndrome", () => {
    expect(state('Refiere dolor lumbar que empeora con la tos', 'pain_worse_cough_sneeze')).toBe('present');
    expect(state('Síndrome constitucional con pérdida de 6 kg en 2 meses', 'weight_loss_unexplained')).toBe(
      'present',
    );
    expect(state('pérdida de 4 kilos', 'weight_loss_unexplained')).toBe('present');
  });
});

describe('Spanish dialects: warning signs in notes and in voseo', () => {
  it('reads a note\'s "no poder orinar" as trouble peeing, never denied', () => {
    expect(state('Refiere no poder orinar desde hace 10 horas', 'urinary_retention')).toBe('present');
    expect(state('refiere poder orinar sin problemas', 'urinary_retention')).toBe('absent');
  });

  it('reads the urge with nothing coming, and numbness named by its dermatome', () => {
    expect(state('tengo ganas de orinar pero no me sale', 'urinary_retention')).toBe('present');
    expect(state('Hipoestesia en dermatoma L5 izquierdo', 'numbness_one_leg')).toBe('present');
    expect(state('Niega hipoestesia en dermatoma L5', 'numbness_one_leg')).toBe('absent');
  });

  it('reads saddle numbness said of "la zona de los genitales" and in voseo', () => {
    expect(state('desde ayer no siento la zona de los genitales', 'saddle_numbness')).toBe('present');
    expect(state('no sentís nada cuando te limpiás', 'saddle_numbness')).toBe('present');
  });

  it('reads "me pincho heroína" as injecting drugs', () => {
    expect(state('me pincho heroína', 'iv_drug_use')).toBe('present');
  });
});

describe('Spanish dialects: a dictated denial of something unnamed ends where a new clause starts', () => {
  it('reads the fever or numbness said after a denial of other things', () => {
    expect(state('no he ido al medico tengo fiebre de 39', 'fever')).toBe('present');
    expect(
      state('no me he caido no he levantado nada se me durmio la pierna izquierda', 'numbness_one_leg'),
    ).toBe('present');
  });

  it('keeps a denial right before its verb, a hedge, and a clause the denial governs', () => {
    expect(state('no tengo fiebre', 'fever')).toBe('absent');
    expect(state('no sé si tengo fiebre', 'fever')).toBe('unknown');
    expect(state('no me he dado cuenta si tengo fiebre', 'fever')).toBe('absent');
  });
});

describe('Spanish dialects: more of dictation', () => {
  it('reads night pain said in the plural, shaking that will not stop, and an unusual back pain', () => {
    expect(
      state('no he notado perdida de peso ni fiebre me duele la espalda por las noches', 'night_pain'),
    ).toBe('present');
    expect(state('no dejo de temblar', 'chills_rigors')).toBe('present');
    const odd = read('no es un dolor normal de espalda');
    expect(odd.get('feels_very_unwell')?.state).toBe('present');
    expect(odd.get('pain_lower_back')?.state).toBe('present');
  });
});

describe('Spanish dialects: the last regional and note words', () => {
  it('reads Rioplatense "la cola dormida" as saddle numbness, not a queue', () => {
    expect(state('tengo la cola dormida', 'saddle_numbness')).toBe('present');
    expect(read('hago cola en el banco').size).toBe(0);
  });

  it('reads a weakened leg, a note\'s bare "retención" and texting "d"', () => {
    expect(state('la pierna se me ha debilitado', 'weakness_one_leg')).toBe('present');
    expect(state('Niega incontinencia ni retención', 'urinary_retention')).toBe('absent');
    expect(read('tengo retención de líquidos').has('urinary_retention')).toBe(false);
    expect(read('dolor 7 d 10').get('pain_severity')?.value).toBe(7);
  });
});

describe('the same correction in English, from the shared rule', () => {
  it('reads "not in my chest, in my back" as back pain', () => {
    const out = parseStory({ text: 'the pain is not in my chest, in my back', today: '2026-12-07' }, 'en');
    const r = new Map(out.evidence.map((e) => [e.id as string, e.state]));
    expect(r.get('pain_chest')).toBe('absent');
    expect(r.get('pain_lower_back')).toBe('present');
    const list = parseStory({ text: 'no pain in my chest, in my back or legs', today: '2026-12-07' }, 'en');
    expect(list.evidence.find((e) => e.id === 'pain_lower_back')?.state).toBe('absent');
  });

  it('ends a dictated denial of something unnamed at a new clause, not at one it governs', () => {
    const en = (text: string) =>
      parseStory({ text, today: '2026-12-07' }, 'en').evidence.find((e) => e.id === 'fever')?.state;
    expect(en('not been sleeping I have fever and chills')).toBe('present');
    expect(en("haven't been to the doctor I have a fever")).toBe('present');
    expect(en("doesn't seem like I have a fever")).toBe('absent');
    expect(en('I have not had any fever')).toBe('absent');
  });
});
