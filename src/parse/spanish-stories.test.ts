/**
 * Spanish stories probed in people's own words (Spain and Latin America, lay and clinical): each block
 * holds a reading that was wrong before its lexicon fix, and the nearby readings the fix must keep.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const read = (text: string, today = '2026-12-07') => {
  const out = parseStory({ text, today }, 'es');
  return new Map(out.evidence.map((e) => [e.id as string, e]));
};
const state = (text: string, id: string) => read(text).get(id)?.state;
const value = (text: string, id: string) => read(text).get(id)?.value;

describe('Spanish stories: "no siento"/"no noto" before a symptom is a denial, not a part gone numb', () => {
  it('reads a denied symptom as denied, never as numbness of the leg or the saddle', () => {
    const weak = read('no noto debilidad en las piernas');
    expect(weak.get('weakness_both_legs')?.state).toBe('absent');
    expect(weak.has('numbness_both_legs')).toBe(false);
    expect(state('no siento dolor en la pierna derecha', 'numbness_one_leg')).toBeUndefined();
    expect(state('no noto dolor en las nalgas', 'saddle_numbness')).toBeUndefined();
    expect(state('no siento molestias en el culo', 'pain_buttock')).not.toBe('present');
    expect(state('sin notar debilidad en las piernas', 'numbness_both_legs')).toBeUndefined();
  });

  it('still reads a part not felt as numb, with "nada", "bien" or "me" between', () => {
    expect(state('no noto la pierna derecha', 'numbness_one_leg')).toBe('present');
    expect(state('no siento nada en la pierna izquierda', 'numbness_one_leg')).toBe('present');
    expect(state('no me noto la pierna izquierda', 'numbness_one_leg')).toBe('present');
    expect(state('no me siento las piernas', 'numbness_both_legs')).toBe('present');
    expect(state('no siento la zona del culo', 'saddle_numbness')).toBe('present');
    expect(state('no siento nada cuando orino', 'urinary_retention')).toBe('present');
  });
});

describe('Spanish stories: a "can\'t" before a cause does not deny the cause', () => {
  it('reads any "no puedo/no pude/no consigo" + an activity as a complaint, keeping the pain after it', () => {
    const work = read('no pude ir a trabajar por el lumbago');
    expect(work.get('pain_lower_back')?.state).toBe('present');
    expect(work.get('stops_daily_activities')?.state).toBe('present');
    expect(state('no puedo estar sentado por el dolor en la nalga', 'pain_buttock')).toBe('present');
    expect(state('no consigo agacharme por el dolor lumbar', 'pain_worse_movement')).toBe('present');
    expect(state('no salgo de casa a causa de la ciatica', 'leg_pain_below_knee')).toBe('present');
  });

  it('still denies what a plain "no tengo" names', () => {
    expect(state('no tengo dolor por la noche', 'night_pain')).toBe('absent');
    expect(state('no tengo hormigueo por la pierna derecha', 'numbness_one_leg')).toBe('absent');
  });
});

describe('Spanish stories: "tampoco", "ni siquiera" and the pluperfect "nunca había"', () => {
  it('reads "tampoco puedo orinar" and "ni siquiera puedo hacer pis" as retention (they were denials)', () => {
    expect(state('tampoco puedo orinar', 'urinary_retention')).toBe('present');
    expect(state('ni siquiera puedo hacer pis', 'urinary_retention')).toBe('present');
    expect(state('tampoco tengo fiebre', 'fever')).toBe('absent');
  });

  it('reads "nunca había tenido … hasta ayer" as had now, "nunca he tenido" as a denial', () => {
    expect(state('no habia tenido nunca hormigueo en la zona genital hasta ayer', 'saddle_numbness')).toBe(
      'present',
    );
    expect(state('nunca había tenido un dolor de espalda así', 'pain_lower_back')).toBe('present');
    expect(state('nunca he tenido cancer', 'history_cancer')).toBe('absent');
  });

  it('reads a fall down the stairs or from metres as a serious accident, and more background', () => {
    expect(state('me cai por las escaleras', 'onset_major_trauma')).toBe('present');
    expect(state('hace una semana me caí de una escalera de 3 metros', 'onset_major_trauma')).toBe('present');
    expect(state('tengo artritis reumatoide y me pongo Humira', 'immunosuppressed')).toBe('present');
    expect(state('estoy de 7 meses', 'pregnant')).toBe('present');
    expect(state('estoy de baja 3 semanas', 'pregnant')).toBeUndefined();
  });
});

describe('Spanish stories: the bladder and the saddle', () => {
  it('reads pain when peeing as dysuria, and its denial as a denial', () => {
    expect(state('me duele al orinar', 'burning_urination')).toBe('present');
    expect(state('tengo dolor al orinar', 'burning_urination')).toBe('present');
    expect(state('no siento dolor al orinar', 'burning_urination')).toBe('absent');
    expect(state('no siento dolor al orinar', 'urinary_retention')).toBeUndefined();
    expect(state('me duele la espalda al orinar', 'burning_urination')).toBeUndefined();
  });

  it('reads no urine coming as retention, with its own "no" (it was read as no trouble peeing)', () => {
    expect(state('no ha salido orina desde anoche', 'urinary_retention')).toBe('present');
    expect(state('no echo nada de pis', 'urinary_retention')).toBe('present');
    expect(state('no he orinado en 12 horas', 'urinary_retention')).toBe('present');
    expect(state('la vejiga no se me vacia', 'urinary_retention')).toBe('present');
  });

  it('reads the part first and then "no la siento", pee that comes out alone, and urges not felt', () => {
    expect(state('la pierna ya no la siento', 'numbness_one_leg')).toBe('present');
    expect(state('ahí abajo no siento nada', 'saddle_numbness')).toBe('present');
    expect(state('no siento nada al sentarme en el inodoro', 'saddle_numbness')).toBe('present');
    expect(state('la orina se sale sola', 'incontinence')).toBe('present');
    expect(state('no me entero cuando tengo ganas de orinar', 'incontinence')).toBe('present');
    expect(state('no siento las ganas de ir al baño', 'incontinence')).toBe('present');
  });

  it('reads clinical retention with "aguda", the "globo vesical" and a bladder not emptied', () => {
    expect(state('retencion aguda de orina', 'urinary_retention')).toBe('present');
    expect(state('globo vesical a la exploracion', 'urinary_retention')).toBe('present');
    expect(state('siento que no vacio del todo', 'urinary_retention')).toBe('present');
    expect(state('no termino de vaciar', 'urinary_retention')).toBe('present');
  });

  it('reads lost bladder feeling as incontinence, not as a denial of trouble peeing', () => {
    const r = read('no tengo sensacion de ganas de hacer pis');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('urinary_retention')?.state).not.toBe('absent');
    expect(state('controlo bien el pis y la caca', 'incontinence')).toBe('absent');
    expect(state('no controlo la orina', 'incontinence')).toBe('present');
  });

  it('reads numbness of the genitals in lay words, and a note of perineal sensation', () => {
    expect(state('tengo el pito dormido', 'saddle_numbness')).toBe('present');
    expect(state('refiere disminucion de la sensibilidad perineal', 'saddle_numbness')).toBe('present');
    expect(state('no presenta alteraciones de la sensibilidad perineal', 'saddle_numbness')).toBe('absent');
    expect(state('no se me pone dura desde hace una semana', 'sexual_dysfunction_new')).toBe('present');
  });

  it('reads urine the colour of cola said with the verb', () => {
    expect(state('orino como coca cola', 'dark_cola_urine')).toBe('present');
  });
});

describe('Spanish stories: Latin American words for the warning signs', () => {
  it('reads lost bladder control said many ways (one read as no trouble peeing)', () => {
    const r = read('no tengo control de la vejiga');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('urinary_retention')?.state).not.toBe('absent');
    expect(state('no me aguanto el pis', 'incontinence')).toBe('present');
    expect(state('me hice pichí encima', 'incontinence')).toBe('present');
    expect(state('me hice del baño sin darme cuenta', 'incontinence')).toBe('present');
    expect(state('me estoy orinando sin control', 'incontinence')).toBe('present');
    expect(state('no puedo controlar el esfinter', 'incontinence')).toBe('present');
  });

  it('reads chills, a dragging foot, fluids, little pee, red pee, burning, hand spasm and confusion', () => {
    expect(state('estoy con fiebre y chuchos de frio', 'chills_rigors')).toBe('present');
    expect(state('el pie izquierdo me arrastra', 'weakness_one_leg')).toBe('present');
    expect(state('tengo vomitos y no puedo tomar ni agua', 'cannot_keep_fluids_down')).toBe('present');
    expect(state('hago pis muy poquito', 'peeing_less')).toBe('present');
    expect(state('orino rojo', 'blood_in_urine')).toBe('present');
    expect(state('me arde cuando hago pis', 'burning_urination')).toBe('present');
    expect(state('se me acalambran las manos', 'hand_foot_spasm')).toBe('present');
    expect(state('esta confundida desde esta mañana', 'confusion_drowsy')).toBe('present');
  });

  it('reads faintness felt now ("siento que me voy a desmayar" was a plan), blurred sight and breath', () => {
    expect(state('siento que me voy a desmayar', 'dizziness_fainting')).toBe('present');
    expect(state('si tengo fiebre voy a ir al médico', 'fever')).toBeUndefined();
    expect(state('se me nubló la vista', 'dizziness_fainting')).toBe('present');
    expect(state('perdí el sentido', 'dizziness_fainting')).toBe('present');
    expect(state('me falta la respiración', 'breathless')).toBe('present');
  });

  it('reads "azúcar en la sangre" as diabetes', () => {
    expect(state('tengo azucar en la sangre', 'diabetes')).toBe('present');
    expect(state('tomo el cafe con azucar', 'diabetes')).toBeUndefined();
  });

  it('reads Argentine, Colombian and Chilean brands', () => {
    expect(state('me tomé un Tafirol y nada', 'med_paracetamol')).toBe('present');
    expect(state('tomo Dolex', 'med_paracetamol')).toBe('present');
    expect(state('tomo Ibupirac', 'med_nsaid')).toBe('present');
  });
});

describe('Spanish stories: lost strength, feeling and control said with "nada", "ni", "sin"', () => {
  it('reads the body below the waist not felt as numb legs (it was a denied back pain)', () => {
    const r = read('no siento nada de cintura para abajo');
    expect(r.get('numbness_both_legs')?.state).toBe('present');
    expect(r.get('pain_lower_back')?.state).not.toBe('absent');
    expect(state('de cintura para abajo no siento nada', 'numbness_both_legs')).toBe('present');
  });

  it('reads "no hay forma de orinar" and "sin control del pis" (both were read as no trouble peeing)', () => {
    expect(state('no hay forma de orinar', 'urinary_retention')).toBe('present');
    expect(state('no hay manera de que me salga el pis', 'urinary_retention')).toBe('present');
    const control = read('sin control del pis');
    expect(control.get('incontinence')?.state).toBe('present');
    expect(control.get('urinary_retention')?.state).not.toBe('absent');
  });

  it('reads "no tengo nada de fuerza" and "no me aguantan las piernas"', () => {
    expect(state('no tengo nada de fuerza en las piernas', 'weakness_both_legs')).toBe('present');
    expect(state('no me queda fuerza en las piernas', 'weakness_both_legs')).toBe('present');
    expect(state('no me aguantan las piernas', 'weakness_both_legs')).toBe('present');
  });
});

describe('Spanish stories: the rarer warning signs in lay words', () => {
  it('reads numb lips, claw hands, a foot sore that will not heal, foot pain eased out of bed', () => {
    expect(state('se me duermen los labios y las puntas de los dedos', 'tingling_mouth_fingers')).toBe(
      'present',
    );
    expect(state('se me quedan las manos como garras', 'hand_foot_spasm')).toBe('present');
    expect(state('tengo una herida en el pie que no se cura', 'foot_cold_pale_or_sores')).toBe('present');
    expect(
      state('el pie me arde en la cama y se me alivia sacando el pie fuera de la cama', 'foot_pain_at_rest'),
    ).toBe('present');
  });

  it('reads weakness all over, and "veo las estrellas" when sneezing', () => {
    expect(state('me siento debil en todo el cuerpo', 'generalised_weakness')).toBe('present');
    expect(state('no tengo fuerzas para nada', 'generalised_weakness')).toBe('present');
    expect(state('al estornudar veo las estrellas', 'pain_worse_cough_sneeze')).toBe('present');
  });
});

describe('Spanish stories: walking, weakness and worsening', () => {
  it('reads unsteady walking, lay and clinical, and a normal gait as its denial', () => {
    expect(state('me tambaleo al andar como si estuviera borracha', 'unsteady_walking')).toBe('present');
    expect(state('pierdo el equilibrio cuando camino', 'unsteady_walking')).toBe('present');
    expect(state('camino como un pato mareado', 'unsteady_walking')).toBe('present');
    expect(state('marcha ataxica desde ayer', 'unsteady_walking')).toBe('present');
    expect(state('marcha normal, Romberg negativo', 'unsteady_walking')).toBe('absent');
    expect(state('no he perdido el equilibrio', 'unsteady_walking')).toBe('absent');
  });

  it('keeps the cause after "porque" said (the weak legs were read as denied), and reads foot weakness', () => {
    expect(state('no puedo subir escaleras porque me fallan las piernas', 'weakness_both_legs')).toBe(
      'present',
    );
    expect(state('no me puedo poner de puntillas con el pie izquierdo', 'weakness_one_leg')).toBe('present');
    expect(state('tropiezo con el pie derecho todo el rato', 'weakness_one_leg')).toBe('present');
    expect(state('no puedo mover los dedos del pie', 'weakness_one_leg')).toBe('present');
    expect(state('me flojean las piernas', 'weakness_both_legs')).toBe('present');
  });

  it('reads clinical weakness of both legs, and "fuerza conservada" as its denial', () => {
    expect(state('paraparesia de miembros inferiores de 24 horas de evolucion', 'weakness_both_legs')).toBe(
      'present',
    );
    expect(state('fuerza conservada en ambos miembros inferiores', 'weakness_both_legs')).toBe('absent');
  });

  it('reads worsening with a verb between, and weakness that goes "a peor"', () => {
    expect(state('cada vez estoy peor', 'getting_worse')).toBe('present');
    expect(state('la debilidad en la pierna va a peor cada dia', 'weakness_progressing')).toBe('present');
    expect(state('cada dia tengo menos fuerza en la pierna', 'weakness_progressing')).toBe('present');
  });

  it('reads a limb that "started to go to sleep"', () => {
    expect(state('ayer se me empezo a dormir la pierna izquierda', 'numbness_one_leg')).toBe('present');
  });

  it('reads pain that "no me deja ni dormir" as night pain, and a locked jaw', () => {
    expect(state('un dolor de riñones que no me deja ni dormir', 'night_pain')).toBe('present');
    expect(state('se me agarrota la mandibula', 'jaw_stiffness')).toBe('present');
  });
});

describe('Spanish stories: denied lists joined by "ni"', () => {
  it('denies every item of "no tengo X, fiebre ni pérdida de peso" (the fever was read as had)', () => {
    const r = read('no tengo tos, fiebre ni pérdida de peso');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('weight_loss_unexplained')?.state).toBe('absent');
    expect(state('no tengo vómitos, fiebre ni pérdida de peso', 'fever')).toBe('absent');
    expect(state('no tengo fiebre ni escalofríos, pero me duele la espalda', 'pain_lower_back')).toBe(
      'present',
    );
  });
});

describe('Spanish stories: someone else, and medicines once taken', () => {
  it('keeps a relative\'s "y no puede orinar" theirs (Spanish drops the subject), the teller\'s "no puedo" theirs', () => {
    const r = read('mi madre tiene ciatica y no puede orinar, y yo tengo fiebre');
    expect(r.has('urinary_retention')).toBe(false);
    expect(r.get('fever')?.state).toBe('present');
    expect(state('mi madre tiene ciatica y no puedo orinar', 'urinary_retention')).toBe('present');
  });

  it('reads a parent\'s lost control in a story written for them ("no controla el pis" was no trouble peeing)', () => {
    const r = read('escribo por mi padre de 75 años, tiene dolor lumbar y no controla el pis');
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('urinary_retention')?.state).not.toBe('absent');
  });

  it('reads the warning signs in the third person of a story written for a parent', () => {
    expect(state('escribo por mi padre, no siente las piernas', 'numbness_both_legs')).toBe('present');
    expect(state('escribo por mi padre, no nota la pierna derecha', 'numbness_one_leg')).toBe('present');
    expect(state('escribo por mi madre, se le duermen las piernas', 'numbness_both_legs')).toBe('present');
    expect(state('escribo por mi madre, se orina encima', 'incontinence')).toBe('present');
    expect(state('escribo por mi padre, no ha orinado desde ayer', 'urinary_retention')).toBe('present');
  });

  it('reads "tomaba" as a medicine once taken', () => {
    expect(state('tomaba ibuprofeno pero lo dejé', 'med_nsaid')).toBeUndefined();
    expect(state('antes tomaba Sintrom pero ahora tomo Eliquis', 'med_anticoagulant')).toBe('present');
  });
});

describe('Spanish stories: slips and dictation', () => {
  it('reads the silent-h and "s"-for-"z" slips, and ants for pins and needles', () => {
    expect(state('tengo la espalda fatal y ormigueo en la pierna isquierda', 'numbness_one_leg')).toBe(
      'present',
    );
    expect(state('me duele la espalda y tengo hormigeo en la pierna', 'numbness_one_leg')).toBe('present');
    expect(state('tengo hormigas en los pies', 'numbness_both_legs')).toBe('present');
  });

  it('reads pain said far before the legs it goes down, and peeing without wanting to', () => {
    expect(
      state(
        'llevo 5 dias con un dolor de espalda horrible que me baja por las dos piernas',
        'leg_pain_both_legs',
      ),
    ).toBe('present');
    expect(state('me orino sin querer', 'incontinence')).toBe('present');
  });
});

describe('Spanish stories: questions that presume the symptom', () => {
  it('asks again, not drops, what "¿es normal que…?" and "¿puede ser grave que…?" presume', () => {
    expect(state('¿es normal que se me duerma la entrepierna?', 'saddle_numbness')).toBe('unknown');
    expect(state('¿puede ser grave que no pueda orinar?', 'urinary_retention')).toBe('unknown');
    expect(state('¿tengo que ir a urgencias si tengo fiebre?', 'fever')).toBeUndefined();
  });
});

describe('Spanish stories: an item of a denied list that ends in its own "sí"', () => {
  it('affirms "…, en la espalda sí" (it was denied with the chest), not an item followed by "y con" or "pero"', () => {
    const r = read('no me duele en el pecho, en la espalda sí');
    expect(r.get('pain_chest')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(state('no tengo fiebre, escalofríos sí', 'chills_rigors')).toBe('present');
    expect(state('no tengo fiebre, escalofríos y con dolor de espalda', 'chills_rigors')).toBe('absent');
    expect(state('no tengo fiebre, escalofríos pero me duele la espalda', 'chills_rigors')).toBe('absent');
  });
});

describe('Spanish stories: clinical notes', () => {
  it('reads the complaint after "sin antecedentes de interés que acude por…" (it was dropped as history)', () => {
    const r = read(
      'Paciente de 38 años sin antecedentes de interés que acude por lumbalgia mecánica de 10 días de evolución tras esfuerzo.',
    );
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(r.get('duration_days')?.value).toBe(10);
    expect(state('sin antecedentes de cáncer', 'history_cancer')).toBe('absent');
  });

  it('reads telegraphic notes: "parestesias en pie derecho", "de 2 semanas", "ca de próstata"', () => {
    expect(state('con parestesias en pie derecho', 'numbness_one_leg')).toBe('present');
    expect(state('no puedo estar en pie mucho rato', 'numbness_one_leg')).toBeUndefined();
    expect(value('Varón de 45 años que refiere lumbociatalgia derecha de 2 semanas', 'duration_days')).toBe(
      14,
    );
    expect(state('Antecedentes: ca de próstata en 2019 tratado con RT.', 'history_cancer')).toBe('present');
  });

  it('reads "síndrome miccional", "Tª 38,2", "claudicación neurógena" and a denied "antecedente traumático"', () => {
    expect(state('síndrome miccional positivo', 'burning_urination')).toBe('present');
    expect(state('No fiebre. No síndrome miccional.', 'burning_urination')).toBe('absent');
    expect(state('Tª 38,2', 'fever')).toBe('present');
    expect(state('T 37,1', 'fever')).toBe('absent');
    const c = read('claudicación neurógena');
    expect(c.get('walking_pain_needs_sitting_bending')?.state).toBe('present');
    expect(c.has('calf_cramp_walking')).toBe(false);
    expect(state('No antecedente traumático.', 'onset_major_trauma')).toBe('absent');
  });

  it('reads lost strength, perineal sensation, loss of consciousness and sweating as notes put them', () => {
    expect(state('refiere disminución de fuerza en ambos miembros inferiores', 'weakness_both_legs')).toBe(
      'present',
    );
    expect(state('sensibilidad perineal conservada', 'saddle_numbness')).toBe('absent');
    expect(state('Niega pérdida de conocimiento.', 'dizziness_fainting')).toBe('absent');
    expect(state('estoy sudando y mareado', 'sweaty_clammy_pale')).toBe('present');
    expect(state('esta mañana me costo mucho orinar', 'urinary_retention')).toBe('present');
  });
});

describe('Spanish stories: how the pain behaves', () => {
  it('reads pain on moving said with "cada vez que" or as a score when moving', () => {
    expect(state('me da un tirón cada vez que me giro', 'pain_worse_movement')).toBe('present');
    expect(state('es un 8 sobre 10 cuando me agacho', 'pain_worse_movement')).toBe('present');
    expect(state('es mucho peor cuando se mueve', 'pain_worse_movement')).toBe('present');
  });

  it('reads the leg worse than the back with words between, and getting better as it starts', () => {
    expect(state('el dolor de la pierna es peor que el dolor de espalda', 'leg_pain_worse_than_back')).toBe(
      'present',
    );
    expect(state('esta empezando a mejorar', 'improving')).toBe('present');
    expect(state('cada dia estoy un poco mejor', 'improving')).toBe('present');
  });
});

describe('Spanish stories: time and scores', () => {
  it('reads the half after the unit, "llevo así", and a month alone', () => {
    expect(value('tengo lumbago desde hace una semana y media', 'duration_days')).toBe(10.5);
    expect(value('tengo dolor lumbar desde hace año y medio', 'duration_days')).toBe(547.5);
    expect(value('me duele la espalda, llevo asi 10 dias', 'duration_days')).toBe(10);
    expect(value('me duele la espalda desde principios de noviembre', 'duration_days')).toBeGreaterThan(6);
  });

  it('reads a score said with "el dolor está en", a note\'s "EVA: 7", and the score now over the one before', () => {
    expect(value('el dolor esta en 8', 'pain_severity')).toBe(8);
    expect(value('EVA: 7', 'pain_severity')).toBe(7);
    expect(value('ahora un 3, antes un 8', 'pain_severity')).toBe(3);
    expect(value('el dolor ahora es un 3 y antes era un 8', 'pain_severity')).toBe(3);
  });

  it('reads "cosa de una semana" and "toda la semana"', () => {
    expect(value('me duele la espalda desde hace cosa de una semana', 'duration_days')).toBe(7);
    expect(value('llevo toda la semana con dolor de espalda', 'duration_days')).toBe(7);
  });
});
