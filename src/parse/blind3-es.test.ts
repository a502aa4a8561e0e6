/**
 * Readings found wrong by the third blind Spanish set (src/parse/testing/stories-blind3.es.json, written
 * before the Spanish lexicon was read, scored once, then fixed): each block holds the general pattern that
 * was missing and the plain readings next to it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const es = (text: string, id: string) =>
  parseStory({ text, today: '2026-12-07' }, 'es').evidence.find((e) => e.id === id);
const state = (text: string, id: string) => es(text, id)?.state;

describe('Spanish: texting slips and dictated brand names', () => {
  it('reads "rriñones", "ase", "e tenido", the Caribbean "orine"', () => {
    expect(state('Tengo un dolor de rriñones desde ayer', 'pain_lower_back')).toBe('present');
    expect(es('me duele la espalda desde ase 5 dias', 'duration_days')?.value).toBe(5);
    expect(state('no e tenido fiebre', 'fever')).toBe('absent');
    expect(state('El orine me salió como rosadito.', 'blood_in_urine')).toBe('present');
  });

  it('reads "en antium" as Enantyum and "sintron" as Sintrom', () => {
    expect(state('Me estoy tomando en antium.', 'med_nsaid')).toBe('present');
    expect(state('Tomo sintron.', 'med_anticoagulant')).toBe('present');
  });

  it('leaves the plain readings', () => {
    expect(state('Me duelen los riñones.', 'pain_lower_back')).toBe('present');
    expect(state('Orino rosado.', 'blood_in_urine')).toBe('present');
    expect(state('El orine es normal.', 'blood_in_urine')).toBeUndefined();
  });
});

describe('Spanish: a sudden pull, and what stops the day', () => {
  it('reads "me ha dado un tirón", "sentí un jalón" as a sudden start', () => {
    expect(state('me ha dado un tirón en los riñones', 'onset_sudden')).toBe('present');
    expect(state('sentí como un jalón en la cintura', 'onset_sudden')).toBe('present');
    expect(state('me duele la cintura desde hace un mes', 'onset_sudden')).toBeUndefined();
  });

  it('reads "no me deja ni levantarme" and the housework as stopping daily life', () => {
    expect(state('un dolor que no me deja ni levantarme de la cama', 'stops_daily_activities')).toBe(
      'present',
    );
    expect(state('ya no puedo hacer los quehaceres de la casa', 'stops_daily_activities')).toBe('present');
    expect(state('Puedo hacer los quehaceres de la casa.', 'stops_daily_activities')).toBeUndefined();
  });
});

describe('Spanish: worse, progressive, recurrent', () => {
  it('reads "está mucho peor" and a note\'s "dolor progresivo"', () => {
    expect(state('el dolor de espalda está mucho peor', 'getting_worse')).toBe('present');
    expect(state('dolor dorsal progresivo de 2 meses', 'getting_worse')).toBe('present');
  });

  it('never reads a gradual start, or "peor al agacharme", as getting worse', () => {
    expect(state('dolor lumbar de inicio progresivo', 'getting_worse')).toBeUndefined();
    expect(state('me duele peor al agacharme', 'getting_worse')).toBeUndefined();
  });

  it('reads "igual que siempre" and "ya me pasó" as a recurrence', () => {
    expect(state('Con la regla me duelen los riñones, igual que siempre.', 'recurrent_episodes')).toBe(
      'present',
    );
    expect(state('Ya me pasó hace dos años.', 'recurrent_episodes')).toBe('present');
    expect(state('Es la primera vez.', 'recurrent_episodes')).toBe('absent');
  });
});

describe('Spanish: exercise that helps, and carrying on training', () => {
  it('reads "se me quita haciendo ejercicio, pero descansar no me sirve" as inflammatory pain', () => {
    const text = 'Se me quita haciendo ejercicio, pero descansar no me sirve.';
    expect(state(text, 'better_exercise_not_rest')).toBe('present');
    expect(state(text, 'onset_during_exercise')).toBeUndefined();
  });

  it('never reads "sigue entrenando" as how the pain began; a pain from training stays', () => {
    expect(state('Le duele la espalda. Sigue entrenando.', 'onset_during_exercise')).toBeUndefined();
    expect(state('Me dio el dolor entrenando en el gimnasio.', 'onset_during_exercise')).toBe('present');
  });
});

describe('Spanish: places, positions and the night', () => {
  it('reads a belly named after "y en la"', () => {
    expect(state('un dolor terrible en la espalda y en la barriga', 'pain_abdomen')).toBe('present');
    expect(state('un dolor en la espalda', 'pain_abdomen')).toBeUndefined();
  });

  it('reads pain that runs to the buttock, and the Rioplatense "cola" as the place of a pain', () => {
    expect(state('un dolor en la cintura que se me corre a la nalga', 'pain_buttock')).toBe('present');
    expect(state('El dolor me baja desde la cola hasta el pie.', 'pain_buttock')).toBe('present');
    expect(state('Hice cola en el banco una hora.', 'pain_buttock')).toBeUndefined();
  });

  it('reads a note\'s "mecánica", "empeora en decúbito" and a position that eases it', () => {
    expect(state('Lumbalgia mecánica.', 'pain_worse_movement')).toBe('present');
    expect(state('Dolor que empeora en decúbito.', 'pain_worse_movement')).toBe('present');
    expect(state('Si me acuesto de costado se me calma un poco.', 'pain_worse_movement')).toBe('present');
    expect(state('Lleva una válvula mecánica.', 'pain_worse_movement')).toBeUndefined();
  });

  it('reads the night said of someone else', () => {
    expect(state('Le duele la espalda, no lo deja dormir.', 'night_pain')).toBe('present');
    expect(state('Dolor que la despierta de noche.', 'night_pain')).toBe('present');
    expect(state('Le duele la espalda al caminar.', 'night_pain')).toBeUndefined();
  });

  it('reads heat and stretching named first, then easing', () => {
    expect(state('con calor y estirando se me pasa un poco', 'pain_eases_stretch_rest')).toBe('present');
    expect(state('con calor no se me pasa', 'pain_eases_stretch_rest')).not.toBe('present');
  });
});

describe('Spanish: fatty meals, big muscles, blisters', () => {
  it('reads pain after fatty food', () => {
    expect(
      state(
        'Me duele el estómago y se me pasa a la espalda, más que nada al comer fritos.',
        'pain_after_meals',
      ),
    ).toBe('present');
    expect(state('Me duele el estómago.', 'pain_after_meals')).toBeUndefined();
  });

  it('reads severe pain in the thighs as muscle pain', () => {
    expect(state('me duelen muchísimo los muslos', 'muscle_pain_tender_swollen')).toBe('present');
    expect(state('me duelen un poco los muslos', 'muscle_pain_tender_swollen')).toBeUndefined();
  });

  it('reads the diminutive "ampollitas" in a band', () => {
    expect(state('Un ardor en una franja, y hoy me salieron unas ampollitas.', 'rash_band_one_side')).toBe(
      'present',
    );
    expect(state('Me salieron unas ampollitas en el pie.', 'rash_band_one_side')).toBeUndefined();
  });
});

describe('Spanish: background said with "padezco de", "un problema del", "tabaquista"', () => {
  it('reads kidneys and blood pressure one suffers from, and not as back pain', () => {
    const text = 'Padezco de los riñones y de la presión.';
    expect(state(text, 'kidney_disease')).toBe('present');
    expect(state(text, 'high_blood_pressure')).toBe('present');
    expect(state(text, 'pain_lower_back')).toBeUndefined();
    expect(state('Me duelen los riñones.', 'kidney_disease')).toBeUndefined();
  });

  it('reads a heart problem or a heart valve as heart disease', () => {
    expect(state('Toma Sintrom por un problema del corazón.', 'heart_disease')).toBe('present');
    expect(state('Tomo Sintrom por una válvula del corazón.', 'heart_disease')).toBe('present');
    expect(state('Me late el corazón muy rápido.', 'heart_disease')).toBeUndefined();
  });

  it('reads an aneurysm the doctors found as known', () => {
    expect(state('Le dijeron que tenía un aneurisma en la aorta.', 'known_aortic_aneurysm')).toBe('present');
    expect(state('Me dijeron que vigilara la tensión.', 'known_aortic_aneurysm')).toBeUndefined();
  });

  it('reads "tabaquista" and a former smoker of many years; a bare former smoker stays asked', () => {
    expect(state('Paciente tabaquista.', 'smoker')).toBe('present');
    expect(state('Exfumador de muchos años.', 'smoker')).toBe('present');
    expect(state('Exfumador.', 'smoker')).toBe('unknown');
    expect(state('No fumo.', 'smoker')).toBe('absent');
  });

  it('reads an operation on the thyroid, and a stone passed before', () => {
    expect(state('Me operaron del tiroides hace tres meses.', 'neck_thyroid_surgery')).toBe('present');
    expect(state('Ya me pasó con una piedra en el riñón.', 'previous_kidney_stones')).toBe('present');
    expect(state('¿Será una piedra en el riñón?', 'previous_kidney_stones')).not.toBe('present');
  });
});

describe('Spanish: breath, peeing, walking, numbness spreading', () => {
  it('reads "le falta el aire"', () => {
    expect(state('Es diabético y le falta el aire.', 'breathless')).toBe('present');
    expect(state('No le falta el aire.', 'breathless')).toBe('absent');
  });

  it('reads burning "cuando voy a hacer pipí" and going "a cada rato"', () => {
    expect(state('cuando voy a hacer pipí me arde', 'burning_urination')).toBe('present');
    expect(state('tengo que ir a cada rato', 'burning_urination')).toBe('present');
    expect(state('cuando voy a hacer pipí me duele la espalda', 'burning_urination')).toBeUndefined();
  });

  it('reads a calf cramp that goes when standing still', () => {
    const text = 'Al caminar me da un calambre en la pantorrilla y se me quita si me paro un par de minutos.';
    expect(state(text, 'walking_pain_stops_standing_still')).toBe('present');
  });

  it('reads a leg going numb in the progressive', () => {
    expect(state('se me está durmiendo la pierna', 'numbness_one_leg')).toBe('present');
    expect(state('me estoy durmiendo', 'numbness_one_leg')).toBeUndefined();
  });
});

describe('Spanish: scores and times of day in run-on texting', () => {
  it('reads a score with no stop after it, and "le puse un 9"', () => {
    expect(es('me duele bien feo como un 7 no tengo hormigueo', 'pain_severity')?.value).toBe(7);
    expect(es('le puse un 9 de dolor', 'pain_severity')?.value).toBe(9);
    expect(es('tomo un 600 ya', 'pain_severity')).toBeUndefined();
  });

  it('reads "hace media hora", "desde la tarde" as today', () => {
    expect(es('Hace media hora le dio un dolor fuerte en la espalda.', 'duration_days')?.value).toBe(0);
    expect(es('desde la tarde me duele la espalda', 'duration_days')?.value).toBe(0);
    expect(es('desde ayer me duele la espalda', 'duration_days')?.value).toBe(1);
  });
});

describe('Spanish: pregnancy tightenings with the belly inside the phrase', () => {
  it('reads "se me pone la panza dura" when pregnant', () => {
    const text = 'Estoy embarazada de 32 semanas y se me pone la panza dura cada diez minutos.';
    expect(state(text, 'pregnancy_bleeding_or_contractions')).toBe('present');
    expect(
      state('Se me pone la panza dura cuando como mucho.', 'pregnancy_bleeding_or_contractions'),
    ).toBeUndefined();
  });
});

describe('Spanish: denials of a note and of a lay story', () => {
  it('reads "no hice ninguna fuerza" as no lifting start, and keeps the lifting said', () => {
    expect(state('No hice ninguna fuerza.', 'onset_lifting_twisting')).toBe('absent');
    expect(state('No hice fuerza.', 'onset_lifting_twisting')).toBe('absent');
    expect(state('No levanté nada pesado.', 'onset_lifting_twisting')).toBe('absent');
    expect(state('Hice fuerza con la caja.', 'onset_lifting_twisting')).toBe('present');
  });

  it('reads "micción y deposición normales" as neither retention nor incontinence', () => {
    expect(state('Micción y deposición normales.', 'incontinence')).toBe('absent');
    expect(state('Micción y deposición normales.', 'urinary_retention')).toBe('absent');
    expect(state('Micción normal.', 'incontinence')).toBeUndefined();
  });

  it('reads "sin irradiación" and a denied "pérdida de fuerza" as plain denials', () => {
    expect(state('Lumbalgia sin irradiación.', 'leg_pain_below_knee')).toBe('absent');
    expect(state('No irradia.', 'leg_pain_below_knee')).toBe('absent');
    expect(state('Niega pérdida de fuerza.', 'weakness_one_leg')).toBe('absent');
    expect(state('Niega pérdida de fuerza.', 'weakness_both_legs')).toBe('absent');
  });

  it('still reads pain that spreads and a leg that lost strength', () => {
    expect(state('Dolor lumbar irradiado hasta el pie derecho.', 'leg_pain_below_knee')).toBe('present');
    expect(state('Pérdida de fuerza en la pierna izquierda.', 'weakness_one_leg')).toBe('present');
  });
});

describe('Spanish: the second leg joining the first', () => {
  it('reads the other leg going numb or hurting as both legs, and as spreading', () => {
    const text = 'Ahora también se me está durmiendo la otra pierna.';
    expect(state(text, 'numbness_both_legs')).toBe('present');
    expect(state(text, 'weakness_progressing')).toBe('present');
    expect(state('ahora me duele también la otra pierna', 'leg_pain_both_legs')).toBe('present');
    expect(state('debilidad progresiva en ambas piernas', 'weakness_progressing')).toBe('present');
  });

  it('reads the other leg said fine as not both', () => {
    expect(state('La otra pierna está bien.', 'numbness_both_legs')).toBe('absent');
    expect(state('Tengo la pierna derecha dormida.', 'numbness_both_legs')).toBeUndefined();
  });
});

describe('Spanish: leg worse than the back named by its place', () => {
  it('reads "es peor que el de la cintura" in a story of leg pain', () => {
    const text = 'Me baja por la pierna hasta el pie y es peor que el de la cintura.';
    expect(state(text, 'leg_pain_worse_than_back')).toBe('present');
    expect(state('Hoy es peor que el de ayer.', 'leg_pain_worse_than_back')).toBeUndefined();
  });
});

describe('Spanish: calf cramps, walking and the night', () => {
  it('reads a calf cramp brought on by walking as the walking cramp only', () => {
    const text = 'Al caminar me da un calambre en la pantorrilla derecha.';
    expect(state(text, 'calf_cramp_walking')).toBe('present');
    expect(state(text, 'leg_cramp_night')).toBeUndefined();
    expect(state(text, 'leg_pain_below_knee')).toBeUndefined();
  });

  it('keeps a calf cramp without when as the night cramp, and pain down to the calf as leg pain', () => {
    expect(state('Tengo calambres en la pantorrilla.', 'leg_cramp_night')).toBe('present');
    expect(state('El dolor me baja a la pantorrilla al caminar.', 'leg_pain_below_knee')).toBe('present');
  });

  it('never reads night cramps that pass in minutes as a back spasm that eases', () => {
    const text =
      'Por la noche me dan calambres en los gemelos que me despiertan y se me pasan en unos minutos.';
    expect(state(text, 'pain_eases_stretch_rest')).toBeUndefined();
    expect(
      state('Tengo contracturas en la espalda que se me pasan en unos minutos.', 'pain_eases_stretch_rest'),
    ).toBe('present');
  });
});

describe('Spanish: paracetamol 1 g too often', () => {
  it('reads 1 g every 4 hours, or six times a day, as over the maximum', () => {
    expect(state('Tomo Gelocatil de 1 gramo cada cuatro horas.', 'med_paracetamol_over_max')).toBe('present');
    expect(state('Paracetamol 1000 mg cada 4 horas.', 'med_paracetamol_over_max')).toBe('present');
    expect(state('Paracetamol de 1 gramo 6 veces al día.', 'med_paracetamol_over_max')).toBe('present');
  });

  it('reads 1 g every 6 or 8 hours, or three times a day, as within it', () => {
    expect(state('Paracetamol 1 g cada 6 horas.', 'med_paracetamol_over_max')).toBe('absent');
    expect(state('Paracetamol de 1 g cada 8 horas.', 'med_paracetamol_over_max')).toBe('absent');
    expect(state('Paracetamol de 1 gramo 3 veces al día.', 'med_paracetamol_over_max')).toBe('absent');
  });
});

describe('Spanish: sweating, and sex said by its partner', () => {
  it('reads sweating with chest pain as no heat sweating; sweating in the heat stays', () => {
    expect(state('Le duele el pecho y está sudando mucho.', 'heavy_sweating_heat')).toBeUndefined();
    expect(state('Hizo mucho calor y sudé muchísimo.', 'heavy_sweating_heat')).toBe('present');
  });

  it('reads "con mi señora no siento nada" as a new loss of sexual sensation', () => {
    expect(state('Con mi señora tampoco siento nada desde entonces.', 'sexual_dysfunction_new')).toBe(
      'present',
    );
    expect(state('Con mi señora todo bien.', 'sexual_dysfunction_new')).toBeUndefined();
  });
});

describe('Spanish: regional words found by probing past the blind set', () => {
  it('reads "devolver" (Latin America) as being sick, and never returning a book', () => {
    expect(state('Tengo ganas de devolver.', 'nausea_vomiting')).toBe('present');
    expect(state('Devolví todo lo que comí.', 'nausea_vomiting')).toBe('present');
    expect(state('Tengo que devolver el libro a la biblioteca.', 'nausea_vomiting')).toBeUndefined();
  });

  it('reads "un vahído", "lipotimia" as fainting, and "taquicardias"', () => {
    expect(state('Me dio un vahído.', 'dizziness_fainting')).toBe('present');
    expect(state('Episodio de lipotimia.', 'dizziness_fainting')).toBe('present');
    expect(state('Tengo taquicardias.', 'palpitations')).toBe('present');
  });

  it('reads "agobiada", "me tiene desesperado", "no puedo con este dolor"', () => {
    expect(state('Estoy muy agobiada con este dolor.', 'struggling_to_cope')).toBe('present');
    expect(state('No puedo con este dolor.', 'struggling_to_cope')).toBe('present');
    expect(state('Me duele un poco.', 'struggling_to_cope')).toBeUndefined();
  });

  it('reads "va en aumento", "cada vez más fuerte" as getting worse', () => {
    expect(state('El dolor va en aumento.', 'getting_worse')).toBe('present');
    expect(state('Cada vez más fuerte.', 'getting_worse')).toBe('present');
  });

  it('reads being hit by another vehicle as a serious accident', () => {
    expect(state('Me chocaron por detrás en el carro.', 'onset_major_trauma')).toBe('present');
    expect(state('Me choqué con la mesa.', 'onset_major_trauma')).not.toBe('absent');
  });

  it('reads a wet bed, and bowel-then-bladder said normal', () => {
    expect(state('Me hice pipí en la cama sin darme cuenta.', 'incontinence')).toBe('present');
    expect(state('Hago caca y pis normal.', 'incontinence')).toBe('absent');
    expect(state('Hago caca y pis normal.', 'urinary_retention')).toBe('absent');
  });

  it('reads a kidney "mal", "soy azucarado", "estoy de 28 semanas"', () => {
    expect(state('Tengo el riñón mal.', 'kidney_disease')).toBe('present');
    expect(state('Soy azucarado.', 'diabetes')).toBe('present');
    expect(state('Una bebida azucarada.', 'diabetes')).toBeUndefined();
    expect(
      parseStory({ text: 'Estoy de 28 semanas.', sex: 'female' }, 'es').evidence.find(
        (e) => e.id === 'pregnant_over_20_weeks',
      )?.state,
    ).toBe('present');
  });

  it('reads a recent spinal operation said as "me operaron de la columna"', () => {
    expect(state('Hace un mes me operaron de la columna.', 'recent_infection_or_spinal_procedure')).toBe(
      'present',
    );
    expect(
      state('Hace un mes me operaron de la rodilla.', 'recent_infection_or_spinal_procedure'),
    ).toBeUndefined();
  });

  it('reads a "herpes" on the body as shingles, never on the lip', () => {
    expect(state('Me salió un herpes en el costado.', 'rash_band_one_side')).toBe('present');
    expect(state('Me salió un herpes en el labio.', 'rash_band_one_side')).toBeUndefined();
  });

  it('reads the plural night, pain the same lying or standing, and straining on the toilet', () => {
    expect(state('Por las noches es cuando más me duele.', 'night_pain')).toBe('present');
    expect(state('Me duele igual acostado que de pie.', 'pain_constant_unrelenting')).toBe('present');
    expect(state('Cuando voy al baño y hago fuerza me duele.', 'pain_worse_cough_sneeze')).toBe('present');
    expect(state('Hice fuerza levantando la caja y me duele.', 'pain_worse_cough_sneeze')).toBeUndefined();
  });

  it("reads Spain's slang for injecting heroin", () => {
    expect(state('Me pongo heroína.', 'iv_drug_use')).toBe('present');
    expect(state('Me pongo crema en la espalda.', 'iv_drug_use')).toBeUndefined();
  });
});

describe('Spanish: plain denials of notes and of lay stories, found by probing', () => {
  it('reads "sin focalidad neurológica" and "niega hábitos tóxicos" as denials', () => {
    expect(state('Sin focalidad neurológica.', 'weakness_one_leg')).toBe('absent');
    expect(state('Sin focalidad neurológica.', 'numbness_both_legs')).toBe('absent');
    expect(state('Niega hábitos tóxicos.', 'smoker')).toBe('absent');
    expect(state('Niega hábitos tóxicos.', 'iv_drug_use')).toBe('absent');
    expect(state('Niega consumo de drogas.', 'iv_drug_use')).toBe('absent');
  });

  it('keeps a named habit and a named injection', () => {
    expect(state('Hábitos tóxicos: fumador de 20 cigarrillos al día.', 'smoker')).toBe('present');
    expect(state('Me inyecto drogas.', 'iv_drug_use')).toBe('present');
    expect(state('Consume drogas.', 'iv_drug_use')).toBe('unknown');
  });

  it('reads legs named first and said fine, a wipe felt as usual, walking well', () => {
    expect(state('Las piernas las tengo bien.', 'weakness_both_legs')).toBe('absent');
    expect(state('Las piernas las tengo dormidas.', 'numbness_both_legs')).toBe('present');
    expect(state('Siento bien cuando me limpio.', 'saddle_numbness')).toBe('absent');
    expect(state('Camino bien.', 'unsteady_walking')).toBe('absent');
    expect(state('No camino bien, me tambaleo.', 'unsteady_walking')).toBe('present');
  });

  it('reads "no e perdido peso" as a denial', () => {
    expect(state('no e perdido peso', 'weight_loss_unexplained')).toBe('absent');
  });
});

describe('Spanish: tetanus jabs', () => {
  it('reads a jab up to date, or had recently, as vaccinated, and none as not up to date', () => {
    expect(state('Tengo la vacuna del tétanos al día.', 'tetanus_vaccine_not_up_to_date')).toBe('absent');
    expect(state('Me pusieron la antitetánica hace 2 años.', 'tetanus_vaccine_not_up_to_date')).toBe(
      'absent',
    );
    expect(state('Me pusieron la antitetánica hace 15 años.', 'tetanus_vaccine_not_up_to_date')).toBe(
      'present',
    );
    expect(state('No estoy vacunado del tétanos.', 'tetanus_vaccine_not_up_to_date')).toBe('present');
  });

  it('leaves a jab not remembered to the question, and a fear of tetanus says nothing', () => {
    expect(
      state('No me acuerdo de cuándo me pusieron la antitetánica.', 'tetanus_vaccine_not_up_to_date'),
    ).toBe('unknown');
    expect(state('Tengo miedo del tétanos.', 'tetanus_vaccine_not_up_to_date')).toBeUndefined();
  });
});

describe('Spanish: a stiff nape, little pee, sweating buckets', () => {
  it('reads "la nuca rígida y un dolor de cabeza tremendo"', () => {
    expect(state('Tengo la nuca rígida y un dolor de cabeza tremendo.', 'neck_stiffness_headache')).toBe(
      'present',
    );
    expect(state('Tengo dolor de cabeza.', 'neck_stiffness_headache')).toBeUndefined();
  });

  it('reads "casi no hago pis" and "he sudado a mares"', () => {
    expect(state('Casi no hago pis.', 'peeing_less')).toBe('present');
    expect(state('He sudado a mares trabajando al sol.', 'heavy_sweating_heat')).toBe('present');
  });
});

describe('Spanish: a note\'s "lumbociática", a temperature said without its word', () => {
  it('reads "lumbociática" as pain below the knee, as "ciática" is', () => {
    const text = 'Lumbociática derecha de 3 semanas.';
    expect(state(text, 'leg_pain_below_knee')).toBe('present');
    expect(state(text, 'pain_lower_back')).toBe('present');
    expect(state('Lumbalgia de 3 semanas.', 'leg_pain_below_knee')).toBeUndefined();
  });

  it('reads "tengo 38 y pico" as a fever, "37 y algo" as unclear, and an age as nothing', () => {
    expect(state('Tengo 38 y pico.', 'fever')).toBe('present');
    expect(state('Marcaba 37 y algo.', 'fever')).toBe('unknown');
    expect(state('Tengo 36 y pico.', 'fever')).toBe('absent');
    expect(state('Tengo 38 años.', 'fever')).toBeUndefined();
  });
});

describe('Spanish: found by a third probe of fresh whole stories', () => {
  it('reads "me levanté con dolor" as getting up with it, never lifting or pain on moving', () => {
    expect(state('Me levanté con dolor de espalda.', 'onset_lifting_twisting')).toBeUndefined();
    const text = 'Se levantó hoy con un dolor fortísimo en la espalda.';
    expect(state(text, 'pain_worse_movement')).toBeUndefined();
    expect(state(text, 'onset_lifting_twisting')).toBeUndefined();
  });

  it('keeps lifting, and pain on getting up', () => {
    expect(state('Levanté una caja y me dio un tirón.', 'onset_lifting_twisting')).toBe('present');
    expect(state('Cuando me levanto me duele.', 'pain_worse_movement')).toBe('present');
  });

  it('reads "y crack" as a sudden start, a deadlift as a lift, the weekend as a date', () => {
    expect(state('Me agaché a amarrarme las zapatillas y crack.', 'onset_sudden')).toBe('present');
    expect(state('Me duele la espalda por el peso muerto.', 'onset_lifting_twisting')).toBe('present');
    expect(es('Me duele la espalda desde el finde.', 'duration_days')?.value).toBe(2);
    expect(es('El fin de semana tengo boda.', 'duration_days')).toBeUndefined();
  });

  it('reads "ni mejor ni peor", "sigo igual" as neither, and "voy a peor" as worse', () => {
    expect(state('Ni mejor ni peor.', 'getting_worse')).toBe('absent');
    expect(state('Sigo igual.', 'improving')).toBe('absent');
    expect(state('Voy a peor.', 'getting_worse')).toBe('present');
  });

  it('reads an infection dated first, "muy decaída", "orina poquito"', () => {
    expect(
      state('Hace tres semanas ingresó por una infección de piel.', 'recent_infection_or_spinal_procedure'),
    ).toBe('present');
    expect(state('Escribo por mi madre de 90 años. Está muy decaída.', 'feels_very_unwell')).toBe('present');
    expect(state('Orina poquito.', 'peeing_less')).toBe('present');
  });

  it('reads pain running to the testicles in slang, writhing, and a rash wrapping to the chest', () => {
    expect(state('Me corre para los huevos.', 'pain_radiates_groin')).toBe('present');
    expect(state('Después de comer huevos me duele.', 'pain_radiates_groin')).toBeUndefined();
    expect(state('Me retuerzo de dolor.', 'pain_colicky_waves')).toBe('present');
    expect(
      state('Me salió un sarpullido con ampollas que va de la espalda hacia el pecho.', 'rash_band_one_side'),
    ).toBe('present');
  });
});

describe('Spanish: found by a fourth probe of fresh whole stories', () => {
  it('never reads "cuando me siento no me duele nada" as pain when seated (a wrong absent)', () => {
    const walk = 'Me duelen las dos piernas al andar. ';
    expect(state(`${walk}Cuando me siento no me duele nada.`, 'no_pain_seated')).toBe('present');
    expect(state(`${walk}Cuando me siento, nada.`, 'no_pain_seated')).toBe('present');
    expect(state(`${walk}Cuando me siento me duele igual.`, 'no_pain_seated')).toBeUndefined();
  });

  it('reads "no noto nada raro" as nothing noticed, and "no siento nada en las relaciones" as a loss', () => {
    expect(state('No noto nada raro en las relaciones.', 'sexual_dysfunction_new')).toBeUndefined();
    expect(state('No siento nada en las relaciones.', 'sexual_dysfunction_new')).toBe('present');
    expect(state('No siento nada en la pierna.', 'numbness_one_leg')).toBe('present');
  });

  it('reads legs that do not respond and a wet bed said of someone else', () => {
    expect(state('Las piernas no le responden.', 'weakness_both_legs')).toBe('present');
    expect(state('Se orinó en la cama.', 'incontinence')).toBe('present');
    expect(state('Las piernas le responden bien.', 'weakness_both_legs')).not.toBe('present');
  });

  it('reads a pulsating belly, a fainting said of someone else, a red swelling calf', () => {
    expect(state('Dolor lumbar y en la barriga, pulsátil.', 'pulsing_in_belly')).toBe('present');
    expect(state('Tengo un dolor pulsátil en la cabeza.', 'pulsing_in_belly')).toBeUndefined();
    expect(state('Se desvaneció en casa.', 'dizziness_fainting')).toBe('present');
    expect(
      state('Se me hincha y se me pone colorada la pantorrilla izquierda.', 'calf_swollen_red_one_side'),
    ).toBe('present');
  });

  it('reads stiffness "duro como una tabla" for hours, and pain all day and all night', () => {
    const text = 'Por las mañanas estoy duro como una tabla durante dos horas.';
    expect(state(text, 'morning_stiffness_long')).toBe('present');
    expect(state(text, 'muscle_knot_tight')).toBe('present');
    const allDay = 'Me duele la espalda todo el día y toda la noche.';
    expect(state(allDay, 'pain_constant_unrelenting')).toBe('present');
    expect(state(allDay, 'night_pain')).toBe('present');
    expect(state('No hay manera de estar cómodo.', 'pain_constant_unrelenting')).toBe('present');
  });

  it('reads a marathon, a long bus ride, and blood when it comes out', () => {
    expect(state('Hice maratón el domingo y me duele la espalda.', 'onset_during_exercise')).toBe('present');
    expect(state('Volví de un viaje en bus de 20 horas.', 'recent_immobility_or_hospital')).toBe('present');
    expect(state('Tengo ganas de orinar a cada rato y sale poquito y con sangre.', 'blood_in_urine')).toBe(
      'present',
    );
    expect(state('Me sale sangre de la nariz.', 'blood_in_urine')).toBeUndefined();
  });
});
